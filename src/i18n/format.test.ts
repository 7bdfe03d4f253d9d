import { describe, expect, it } from "vitest";
import { formatBasisPoints, formatIsoDate, formatMoneyFen, todayIsoInChina } from "./format";

describe("locale formatting", () => {
  it("formats integer fen as yuan per locale", () => {
    expect(formatMoneyFen(500_000_000, "zh-CN")).toBe("¥5,000,000");
    expect(formatMoneyFen(123_45, "en")).toBe("CN¥123.45");
    expect(formatMoneyFen(150_000, "en", { withSymbol: false })).toBe("1,500");
  });

  it("formats basis points as percentages", () => {
    expect(formatBasisPoints(500, "en")).toBe("5%");
    expect(formatBasisPoints(1250, "zh-CN")).toBe("12.5%");
  });

  it("formats ISO dates without a time zone moving the day", () => {
    expect(formatIsoDate("2024-02-29", "zh-CN")).toBe("2024年2月29日");
    expect(formatIsoDate("2024-02-29", "en")).toBe("February 29, 2024");
  });

  it("takes today's date in China time", () => {
    expect(todayIsoInChina(new Date("2026-11-23T17:30:00Z"))).toBe("2026-11-24");
  });
});
