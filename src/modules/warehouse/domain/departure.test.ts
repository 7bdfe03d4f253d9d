import { describe, expect, it } from "vitest";
import { eachDay } from "./date-range";
import { daysReleasedByDeparture, heldDays } from "./departure";
import { reservedByDay } from "./ledger";

const booking = { fromDate: "2026-12-01", toDate: "2026-12-10" };

describe("early departure", () => {
  it("gives back the days after the departure day, not that day nor any before", () => {
    expect(daysReleasedByDeparture(booking, "2026-12-04")).toEqual({ from: "2026-12-05", to: "2026-12-10" });
    expect(heldDays({ ...booking, departedOn: "2026-12-04" })).toEqual({ from: "2026-12-01", to: "2026-12-04" });
  });

  it("departing on the first day keeps only the first day; on the day before the last, only the last is given back", () => {
    expect(daysReleasedByDeparture(booking, "2026-12-01")).toEqual({ from: "2026-12-02", to: "2026-12-10" });
    expect(daysReleasedByDeparture(booking, "2026-12-09")).toEqual({ from: "2026-12-10", to: "2026-12-10" });
  });

  it("departing on or after the last day gives back nothing", () => {
    expect(daysReleasedByDeparture(booking, "2026-12-10")).toBeNull();
    expect(daysReleasedByDeparture(booking, "2026-12-31")).toBeNull();
    expect(heldDays({ ...booking, departedOn: "2026-12-31" })).toEqual({ from: "2026-12-01", to: "2026-12-10" });
  });

  it("goods that arrived early and left before the first day give back the whole range", () => {
    expect(daysReleasedByDeparture(booking, "2026-11-28")).toEqual({ from: "2026-12-01", to: "2026-12-10" });
    expect(heldDays({ ...booking, departedOn: "2026-11-28" })).toBeNull();
  });

  it("held and released days always add up to the booked range, for a one-day booking too", () => {
    for (const b of [booking, { fromDate: "2026-12-05", toDate: "2026-12-05" }]) {
      for (const departedOn of ["2026-11-30", "2026-12-01", "2026-12-04", "2026-12-05", "2026-12-09", "2026-12-10", "2026-12-11"]) {
        const held = heldDays({ ...b, departedOn });
        const released = daysReleasedByDeparture(b, departedOn);
        const days = [...(held ? eachDay(held.from, held.to) : []), ...(released ? eachDay(released.from, released.to) : [])];
        expect(days, departedOn).toEqual(eachDay(b.fromDate, b.toDate));
      }
    }
  });

  it("a ledger replay counts a departed booking only on its held days", () => {
    const spans = [{ ...booking, departedOn: "2026-12-02" }, { fromDate: "2026-12-02", toDate: "2026-12-03", departedOn: null }].flatMap((b) => {
      const held = heldDays(b);
      return held ? [{ ...held, volume: 100 }] : [];
    });
    expect(Object.fromEntries(reservedByDay(spans, eachDay))).toEqual({ "2026-12-01": 100, "2026-12-02": 200, "2026-12-03": 100 });
  });
});
