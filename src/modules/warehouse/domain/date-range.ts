// Booking ranges are whole calendar days, both ends included: a booking from 1 to 3 December
// occupies the 1st, 2nd and 3rd. Dates are ISO strings (YYYY-MM-DD) in the warehouse's own
// calendar; arithmetic runs on UTC midnights so no time zone can move a day.

/** The limit: one booking covers at most 180 days. */
export const MAX_BOOKING_DAYS = 180;
/** How far ahead a booking may start; keeps the per-day ledger bounded. */
export const MAX_LEAD_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));

  return date.toISOString().slice(0, 10) === value;
}

function toUtcMs(iso: string): number {
  if (!isIsoDate(iso)) throw new Error(`not an ISO date: ${iso}`);

  return Date.parse(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return new Date(toUtcMs(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Number of days a range occupies, both ends included. */
export function rangeLength(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/** Every day of the range, in order. */
export function eachDay(from: string, to: string): string[] {
  const length = rangeLength(from, to);
  return Array.from({ length: Math.max(0, length) }, (_, i) => addDays(from, i));
}

export type RangeCheck =
  | { ok: true; days: number }
  | { ok: false; field: "from" | "to"; reason: "date_invalid" | "range_reversed" | "range_too_long" | "start_in_past" | "before_opening" | "too_far_ahead" };

/**
 * Whether a booking range is acceptable: valid dates, `to` not before `from`, at most 180 days,
 * starting no earlier than today and the warehouse's opening and no later than a year ahead.
 */
export function checkBookingRange(from: string, to: string, context: { today: string; openingDate: string }): RangeCheck {
  if (!isIsoDate(from)) return { ok: false, field: "from", reason: "date_invalid" };
  if (!isIsoDate(to)) return { ok: false, field: "to", reason: "date_invalid" };
  const days = rangeLength(from, to);
  if (days < 1) return { ok: false, field: "to", reason: "range_reversed" };
  if (days > MAX_BOOKING_DAYS) return { ok: false, field: "to", reason: "range_too_long" };
  if (from < context.today) return { ok: false, field: "from", reason: "start_in_past" };
  if (from < context.openingDate) return { ok: false, field: "from", reason: "before_opening" };
  if (daysBetween(context.today, from) > MAX_LEAD_DAYS) return { ok: false, field: "from", reason: "too_far_ahead" };

  return { ok: true, days };
}
