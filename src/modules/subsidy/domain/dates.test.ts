import { describe, expect, it } from "vitest";
import { addCalendarMonths, addDays, countDaysBetween, countWholeMonths, isValidIsoDate, parseIsoDate } from "./dates";

describe("addCalendarMonths", () => {
  it("keeps the day of month when it exists", () => {
    expect(addCalendarMonths("2024-03-15", 12)).toBe("2025-03-15");
    expect(addCalendarMonths("2025-10-31", 1)).toBe("2025-12-01");
    expect(addCalendarMonths("2025-12-15", 1)).toBe("2026-01-15");
  });

  it("rolls 29 February forward to 1 March in a common year", () => {
    expect(addCalendarMonths("2024-02-29", 12)).toBe("2025-03-01");
    expect(addCalendarMonths("2024-02-29", 24)).toBe("2026-03-01");
  });

  it("keeps 29 February when the target year is a leap year", () => {
    expect(addCalendarMonths("2024-02-29", 48)).toBe("2028-02-29");
  });

  it("rolls a 31st into a 30-day month forward", () => {
    expect(addCalendarMonths("2025-01-31", 1)).toBe("2025-03-01");
    expect(addCalendarMonths("2025-08-31", 1)).toBe("2025-10-01");
  });

  it("goes backwards across a year boundary", () => {
    expect(addCalendarMonths("2026-06-30", -7)).toBe("2025-11-30");
    expect(addCalendarMonths("2026-01-15", -1)).toBe("2025-12-15");
  });
});

describe("countWholeMonths", () => {
  it("counts completed calendar months", () => {
    expect(countWholeMonths("2025-10-15", "2026-05-14")).toBe(6);
    expect(countWholeMonths("2025-10-15", "2026-05-15")).toBe(7);
    expect(countWholeMonths("2024-02-29", "2025-02-28")).toBe(11);
    expect(countWholeMonths("2024-02-29", "2025-03-01")).toBe(12);
  });

  it("is zero when the end is not after the start", () => {
    expect(countWholeMonths("2026-05-01", "2026-04-01")).toBe(0);
    expect(countWholeMonths("2026-05-01", "2026-05-01")).toBe(0);
  });
});

describe("ISO dates", () => {
  it("rejects days that do not exist", () => {
    expect(isValidIsoDate("2025-02-29")).toBe(false);
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2024-2-9")).toBe(false);
    expect(() => parseIsoDate("2100-02-29")).toThrow(RangeError);
  });

  it("counts and adds days without time-zone drift", () => {
    expect(countDaysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
  });
});
