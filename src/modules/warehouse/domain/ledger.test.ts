import { describe, expect, it } from "vitest";
import { eachDay } from "./date-range";
import { daysOverCapacity, firstShortDay, reservedByDay } from "./ledger";

const days = [
  { day: "2026-12-01", capacity: 1000, reserved: 700 },
  { day: "2026-12-02", capacity: 1000, reserved: 999 },
  { day: "2026-12-03", capacity: 1000, reserved: 1000 },
];

describe("the per-day ledger", () => {
  it("names the first day that is short and what it has free", () => {
    expect(firstShortDay(days, 1)).toEqual({ day: "2026-12-03", free: 0 });
    expect(firstShortDay(days, 2)).toEqual({ day: "2026-12-02", free: 1 });
    expect(firstShortDay(days.slice(0, 2), 1)).toBeNull();
  });

  it("takes the last free 0.01 m³ exactly", () => {
    expect(firstShortDay([{ day: "2026-12-02", capacity: 1000, reserved: 999 }], 1)).toBeNull();
  });

  it("lists days a capacity reduction would overbook", () => {
    expect(daysOverCapacity(days, 999).map((d) => d.day)).toEqual(["2026-12-03"]);
    expect(daysOverCapacity(days, 1000)).toEqual([]);
  });

  it("replays bookings into per-day totals", () => {
    const totals = reservedByDay([{ from: "2026-12-01", to: "2026-12-02", volume: 150 }, { from: "2026-12-02", to: "2026-12-02", volume: 1 }], eachDay);
    expect(Object.fromEntries(totals)).toEqual({ "2026-12-01": 150, "2026-12-02": 151 });
  });
});
