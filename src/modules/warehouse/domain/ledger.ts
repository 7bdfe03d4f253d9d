// The per-day capacity ledger: one row per warehouse × day × temperature, reserved ≤ capacity.
// The database enforces the invariant (CHECK constraint + conditional write); these pure
// helpers explain a refusal and replay the ledger in tests and the load script.

export const TEMPERATURES = ["ambient", "cold"] as const;
export type Temperature = (typeof TEMPERATURES)[number];

export type LedgerDay = { day: string; capacity: number; reserved: number };

export function freeOf(day: LedgerDay): number {
  return Math.max(0, day.capacity - day.reserved);
}

/** The first day in `days` (sorted) that cannot take `volume` more, with what it has free. */
export function firstShortDay(days: readonly LedgerDay[], volume: number): { day: string; free: number } | null {
  for (const day of days) {
    if (day.reserved + volume > day.capacity) return { day: day.day, free: freeOf(day) };
  }

  return null;
}

/** Days whose booked volume exceeds a proposed new capacity (a reduction that must be refused). */
export function daysOverCapacity(days: readonly LedgerDay[], newCapacity: number): LedgerDay[] {
  return days.filter((day) => day.reserved > newCapacity);
}

export type BookingSpan = { from: string; to: string; volume: number };

/** Reserved volume per day implied by a set of bookings: what the ledger must hold. */
export function reservedByDay(bookings: readonly BookingSpan[], eachDay: (from: string, to: string) => string[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const booking of bookings) {
    for (const day of eachDay(booking.from, booking.to)) totals.set(day, (totals.get(day) ?? 0) + booking.volume);
  }

  return totals;
}
