// Booking life cycle. A booking is confirmed the moment its capacity is reserved (there is
// no pending state to leave capacity in limbo); operators record arrival and departure;
// the applicant may cancel until the goods have arrived, which frees the capacity at once.

export const BOOKING_STATUSES = ["confirmed", "arrived", "departed", "cancelled"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const CANCELLABLE: readonly BookingStatus[] = ["confirmed"];
/** Statuses that hold capacity in the ledger. */
export const HOLDS_CAPACITY: readonly BookingStatus[] = ["confirmed", "arrived", "departed"];

const NEXT: Record<"arrive" | "depart", { from: BookingStatus; to: BookingStatus }> = {
  arrive: { from: "confirmed", to: "arrived" },
  depart: { from: "arrived", to: "departed" },
};

export function operatorTransition(step: "arrive" | "depart"): { from: BookingStatus; to: BookingStatus } {
  return NEXT[step];
}

/** WH-2026-000123: the year it was booked and a number that never repeats within the year. */
export function bookingReference(year: number, sequence: number): string {
  return `WH-${year}-${String(sequence).padStart(6, "0")}`;
}
