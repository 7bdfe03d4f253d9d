import { describe, expect, it } from "vitest";
import { quoteBooking, rateOnDay, type PriceList } from "./quote";
import { bookingReference } from "./status";

// The US tier structure from customs-fx-markets.md §5 (0–30 free, then rising per band), in fen.
const prices: PriceList = {
  ambient: { freeDays: 30, tiers: [{ fromDay: 31, fenPerM3Day: 360 }, { fromDay: 61, fenPerM3Day: 720 }, { fromDay: 91, fenPerM3Day: 1080 }] },
  cold: { freeDays: 0, tiers: [{ fromDay: 1, fenPerM3Day: 450 }, { fromDay: 31, fenPerM3Day: 600 }] },
  inboundFenPerM3: 1100,
  outboundFenPerOrder: 70,
};

describe("quoteBooking", () => {
  it("charges nothing for storage inside the free days", () => {
    const quote = quoteBooking({ priceList: prices, subsidy: { bps: 0, capFen: 0 }, days: 30, volumeCenti: 300, temperature: "ambient" });
    expect(quote.storageFen).toBe(0);
    expect(quote.freeDays).toBe(30);
    expect(quote.inboundFen).toBe(3300);
    expect(quote.totalFen).toBe(3300);
  });

  it("splits a stay into tiers and charges each by the exact volume", () => {
    const quote = quoteBooking({ priceList: prices, subsidy: { bps: 0, capFen: 0 }, days: 95, volumeCenti: 250, temperature: "ambient" });
    expect(quote.storageLines.map((l) => [l.fromDay, l.toDay, l.fenPerM3Day, l.amountFen])).toEqual([
      [1, 30, 0, 0],
      [31, 60, 360, 27000],
      [61, 90, 720, 54000],
      [91, 95, 1080, 13500],
    ]);
    expect(quote.storageFen).toBe(94500);
  });

  it("prices cold storage from its own list and applies the public subsidy with its cap", () => {
    const quote = quoteBooking({ priceList: prices, subsidy: { bps: 5000, capFen: 300_000 }, days: 14, volumeCenti: 300, temperature: "cold" });
    expect(quote.storageFen).toBe(14 * 450 * 3);
    expect(quote.subtotalFen).toBe(18900 + 3300);
    expect(quote.subsidyFen).toBe(11100);
    expect(quote.totalFen).toBe(11100);
    const capped = quoteBooking({ priceList: prices, subsidy: { bps: 5000, capFen: 1000 }, days: 14, volumeCenti: 300, temperature: "cold" });
    expect(capped.subsidyFen).toBe(1000);
  });

  it("rounds a 0.01 m³ line half up to whole fen", () => {
    const quote = quoteBooking({ priceList: prices, subsidy: { bps: 0, capFen: 0 }, days: 1, volumeCenti: 1, temperature: "cold" });
    expect(quote.storageFen).toBe(5); // 450 fen × 0.01 = 4.5 → 5
  });

  it("knows the rate of any day", () => {
    expect(rateOnDay(prices.ambient, 30)).toBe(0);
    expect(rateOnDay(prices.ambient, 31)).toBe(360);
    expect(rateOnDay(prices.ambient, 180)).toBe(1080);
  });
});

describe("bookingReference", () => {
  it("is WH-year-six digits", () => {
    expect(bookingReference(2026, 123)).toBe("WH-2026-000123");
  });
});
