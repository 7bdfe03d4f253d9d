import { describe, expect, it } from "vitest";
import { MAX_BOOKING_DAYS, addDays, checkBookingRange, eachDay, rangeLength } from "./date-range";

const context = { today: "2026-11-23", openingDate: "2024-06-01" };

describe("booking ranges (whole days, both ends included)", () => {
  it("a one-day booking occupies exactly that day", () => {
    expect(rangeLength("2026-12-01", "2026-12-01")).toBe(1);
    expect(eachDay("2026-12-01", "2026-12-01")).toEqual(["2026-12-01"]);
    expect(checkBookingRange("2026-12-01", "2026-12-01", context)).toEqual({ ok: true, days: 1 });
  });

  it("includes the last day and crosses month and leap-year ends", () => {
    expect(eachDay("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(eachDay("2028-02-28", "2028-03-01")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
  });

  it("allows 180 days and refuses 181", () => {
    const from = "2026-12-01";
    expect(checkBookingRange(from, addDays(from, MAX_BOOKING_DAYS - 1), context)).toEqual({ ok: true, days: 180 });
    expect(checkBookingRange(from, addDays(from, MAX_BOOKING_DAYS), context)).toEqual({ ok: false, field: "to", reason: "range_too_long" });
  });

  it("refuses reversed, past, pre-opening, too-distant and impossible dates", () => {
    expect(checkBookingRange("2026-12-02", "2026-12-01", context)).toMatchObject({ ok: false, reason: "range_reversed" });
    expect(checkBookingRange("2026-11-22", "2026-11-30", context)).toMatchObject({ ok: false, reason: "start_in_past" });
    expect(checkBookingRange("2026-11-23", "2026-11-23", context)).toEqual({ ok: true, days: 1 });
    expect(checkBookingRange("2027-03-01", "2027-03-05", { today: context.today, openingDate: "2027-04-01" })).toMatchObject({ ok: false, reason: "before_opening" });
    expect(checkBookingRange("2027-11-24", "2027-11-25", context)).toMatchObject({ ok: false, reason: "too_far_ahead" });
    expect(checkBookingRange("2026-02-30", "2026-03-01", context)).toMatchObject({ ok: false, field: "from", reason: "date_invalid" });
    expect(checkBookingRange("2026-12-01", "12/02/2026", context)).toMatchObject({ ok: false, field: "to", reason: "date_invalid" });
  });
});
