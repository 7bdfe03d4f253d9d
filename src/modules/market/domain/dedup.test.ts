import { describe, expect, it } from "vitest";
import { contentHash, judgeEntry } from "./dedup";

const entry = (over: Partial<{ guid: string | null; link: string | null; title: string; summary: string }> = {}) => ({ guid: "g1", link: "https://a.example/1", title: "越南苹果需求", summary: "河内到货偏少", ...over });
const fresh = () => ({ keys: new Set<string>(), links: new Set<string>(), hashes: new Set<string>() });

describe("deduplication", () => {
  it("takes a new entry and refuses the same GUID again", () => {
    const seen = fresh();
    expect(judgeEntry("s1", entry(), seen).duplicate).toBe(false);
    expect(judgeEntry("s1", entry({ link: "https://a.example/other", title: "改了标题", summary: "也改了" }), seen)).toEqual({ duplicate: true, by: "guid" });
  });

  it("refuses the same link under a new GUID, even from another source", () => {
    const seen = fresh();
    judgeEntry("s1", entry(), seen);
    expect(judgeEntry("s2", entry({ guid: "other", title: "x", summary: "y" }), seen)).toEqual({ duplicate: true, by: "link" });
  });

  it("refuses the same text with a different GUID and link (a copied story), ignoring spacing and width", () => {
    const seen = fresh();
    judgeEntry("s1", entry(), seen);
    expect(judgeEntry("s2", entry({ guid: "x", link: "https://b.example/2", title: "越南苹果需求 ", summary: "河内到货偏少" }), seen)).toEqual({ duplicate: true, by: "content" });
    expect(contentHash("ＡＢＣ  d", "e")).toBe(contentHash("abc d", "e"));
  });

  it("keys entries without GUID by link, and without either by content", () => {
    const seen = fresh();
    const first = judgeEntry("s1", entry({ guid: null }), seen);
    expect(first).toMatchObject({ duplicate: false, key: "s1:https://a.example/1" });
    const third = judgeEntry("s1", entry({ guid: null, link: null, title: "另一条", summary: "内容" }), seen);
    expect(third.duplicate).toBe(false);
    if (!third.duplicate) expect(third.key).toBe(`s1:${contentHash("另一条", "内容")}`);
  });

  it("keeps two different stories", () => {
    const seen = fresh();
    expect(judgeEntry("s1", entry(), seen).duplicate).toBe(false);
    expect(judgeEntry("s1", entry({ guid: "g2", link: "https://a.example/2", title: "泰国榴莲", summary: "另一件事" }), seen).duplicate).toBe(false);
  });
});
