import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FeedParseError, parseFeed } from "./feed-parse";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../../../tests/fixtures/feeds", name), "utf8");

describe("parseFeed", () => {
  it("reads RSS 2.0: guid, link, text-only summary, dates, categories", () => {
    const feed = parseFeed(fixture("mofcom-rss2.xml"));
    expect(feed.format).toBe("rss2");
    expect(feed.title).toBe("商务动态（测试源）");
    expect(feed.entries).toHaveLength(3);
    const [apples, chili, expo] = feed.entries;
    expect(apples).toMatchObject({ guid: "trade-2026-0001", link: "https://trade.example.org/news/vn-apples", title: "越南对华苹果进口需求上升", categories: ["水果"] });
    expect(apples?.summary).toBe("河内批发市场苹果到货偏少，进口商询价增加。");
    expect(apples?.publishedAt?.toISOString()).toBe("2026-11-02T00:00:00.000Z");
    expect(chili?.summary).toBe("MHLW adds aflatoxin sampling for dried chili & red pepper.");
    expect(expo?.publishedAt).toBeNull();
  });

  it("reads Atom 1.0: the alternate link, HTML titles as text, content when there is no summary", () => {
    const feed = parseFeed(fixture("customs-atom.xml"));
    expect(feed.format).toBe("atom");
    expect(feed.entries).toHaveLength(2);
    expect(feed.entries[0]).toMatchObject({
      guid: "tag:customs.example.org,2026:notice-17",
      link: "https://customs.example.org/notices/17",
      title: "Thailand updates tea import quota",
      categories: ["tea"],
    });
    expect(feed.entries[0]?.publishedAt?.toISOString()).toBe("2026-11-04T10:00:00.000Z");
    expect(feed.entries[1]).toMatchObject({ link: "https://customs.example.org/notices/18", summary: "Departures every Friday." });
  });

  it("refuses a malformed document", () => {
    expect(() => parseFeed(fixture("malformed.xml"))).toThrow(FeedParseError);
    expect(() => parseFeed(fixture("malformed.xml"))).toThrow(/malformed/);
  });

  it("refuses entity declarations (billion laughs)", () => {
    expect(() => parseFeed(fixture("entities.xml"))).toThrow(/entities/);
  });

  it("refuses well-formed XML that is not a feed", () => {
    expect(() => parseFeed(fixture("not-a-feed.xml"))).toThrow(/not_a_feed/);
    expect(() => parseFeed("")).toThrow(FeedParseError);
  });

  it("ignores links that are not http(s)", () => {
    const xml = '<rss version="2.0"><channel><title>x</title><item><title>t</title><link>javascript:alert(1)</link></item></channel></rss>';
    expect(parseFeed(xml).entries[0]?.link).toBeNull();
  });
});
