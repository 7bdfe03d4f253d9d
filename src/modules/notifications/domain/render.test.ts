import { describe, expect, it } from "vitest";
import { isSafeLink, parseParams, resolveParams, splitKey } from "./render";

describe("notification rendering helpers", () => {
  it("splits a namespaced key", () => {
    expect(splitKey("notifications:market.urgent_alert")).toEqual({ ns: "notifications", key: "market.urgent_alert" });
    expect(() => splitKey("no namespace")).toThrow();
  });

  it("resolves per-locale params in the reader's language, falling back to Chinese", () => {
    const params = { title: { "zh-CN": "日本提高辣椒关税", en: "Japan raises chili duty" }, count: 3, plain: "x" };
    expect(resolveParams(params, "en")).toEqual({ title: "Japan raises chili duty", count: 3, plain: "x" });
    expect(resolveParams({ title: { "zh-CN": "只有中文" } }, "en")).toEqual({ title: "只有中文" });
    expect(resolveParams({ title: { en: "English only" } }, "zh-CN")).toEqual({ title: "English only" });
  });

  it("reads stored JSON defensively", () => {
    expect(parseParams('{"a":1}')).toEqual({ a: 1 });
    expect(parseParams("[1]")).toEqual({});
    expect(parseParams("{broken")).toEqual({});
  });

  it("accepts only same-site links", () => {
    expect(isSafeLink("/market/abc")).toBe(true);
    expect(isSafeLink("//evil.example")).toBe(false);
    expect(isSafeLink("https://evil.example")).toBe(false);
    expect(isSafeLink("/\\evil")).toBe(false);
    expect(isSafeLink(null)).toBe(false);
  });
});
