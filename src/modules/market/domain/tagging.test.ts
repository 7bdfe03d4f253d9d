import { describe, expect, it } from "vitest";
import { countriesFromText } from "./countries";
import { decodeCursor, encodeCursor } from "./cursor";
import { tagEntry } from "./tagging";

describe("tagging gathered entries", () => {
  it("adds products and countries named in the entry to the source's defaults", () => {
    const tags = tagEntry({ title: "越南对华苹果进口需求上升", summary: "河内批发市场", categories: [] }, { trusted: true, defaultProducts: [], defaultCountries: [] });
    expect(tags).toEqual({ products: ["apple"], countries: ["VN"], publish: true });
  });

  it("keeps an untrusted source's entry as a draft even when fully tagged", () => {
    expect(tagEntry({ title: "Japan dried chili", summary: "", categories: [] }, { trusted: false, defaultProducts: [], defaultCountries: [] }).publish).toBe(false);
  });

  it("keeps a trusted entry without a country as a draft", () => {
    expect(tagEntry({ title: "干辣椒价格", summary: "", categories: [] }, { trusted: true, defaultProducts: [], defaultCountries: [] })).toEqual({ products: ["dried-chili"], countries: [], publish: false });
  });

  it("matches ASCII country words on word boundaries only", () => {
    expect(countriesFromText("Business in Japan")).toEqual(["JP"]);
    expect(countriesFromText("a rusty usability guide")).toEqual([]);
    expect(countriesFromText("Indiana")).toEqual([]);
  });
});

describe("list cursors", () => {
  it("round-trips and rejects junk", () => {
    const cursor = { publishedAt: new Date("2026-11-01T00:00:00Z"), id: "abc_123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("!!!")).toBeNull();
    expect(decodeCursor(Buffer.from("2026|bad id;").toString("base64url"))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});
