import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildAtomFeed } from "./atom";
import { parseFeed } from "./feed-parse";

const feed = buildAtomFeed({
  id: "https://portal.example/api/v1/market/feeds/product/dried-chili.atom",
  title: "干辣椒 <市场信息> & more",
  selfUrl: "https://portal.example/api/v1/market/feeds/product/dried-chili.atom",
  alternateUrl: "https://portal.example/market?product=dried-chili",
  updated: new Date("2026-11-20T00:00:00Z"),
  lang: "zh-CN",
  entries: [
    {
      id: "https://portal.example/market/abc",
      title: 'Japan "raises" chili duty <script>\u0001',
      summary: "A & B",
      link: "https://portal.example/market/abc",
      updated: new Date("2026-11-20T00:00:00Z"),
      published: new Date("2026-11-19T00:00:00Z"),
      categories: ["dried-chili", "JP"],
      lang: "en",
    },
  ],
});

describe("Atom 1.0 output", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(feed)).toBe(true);
  });

  it("has the elements RFC 4287 requires: feed id, title, updated, author; entry id, title, updated, link", () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (n) => n === "entry" || n === "link" }).parse(feed);
    expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.feed.id).toMatch(/^https:\/\//);
    expect(doc.feed.updated).toBe("2026-11-20T00:00:00.000Z");
    expect(doc.feed.author.name).toBeTruthy();
    expect(doc.feed.link.find((l: Record<string, string>) => l["@_rel"] === "self")["@_href"]).toContain("dried-chili.atom");
    const [entry] = doc.feed.entry;
    expect(entry.id).toBe("https://portal.example/market/abc");
    expect(entry.updated).toBeTruthy();
    expect(entry.link[0]["@_href"]).toBe("https://portal.example/market/abc");
  });

  it("parses back through the portal's own feed reader with text intact", () => {
    const parsed = parseFeed(feed);
    expect(parsed.format).toBe("atom");
    expect(parsed.title).toBe("干辣椒 <市场信息> & more");
    expect(parsed.entries[0]).toMatchObject({ title: 'Japan "raises" chili duty <script>', summary: "A & B", categories: ["dried-chili", "JP"] });
  });
});
