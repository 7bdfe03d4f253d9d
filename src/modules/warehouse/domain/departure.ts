// Early departure. A booking holds its volume on every day from its first to its last; when
// the operator records that the goods left before the last day, the days after the departure
// day go back to capacity at once, for others to book. The departure day itself stays held
// (the goods were there that day), and days already past are never touched.
//
// The price does not change: the quote is what was agreed when booking, with the subsidy the
// programme approved on it, and the portal does not bill; the booking keeps the departure day
// so that whoever settles the storage can see the days actually used.
import { addDays } from "./date-range";

export type DayRange = { from: string; to: string };
export type HeldBooking = { fromDate: string; toDate: string; departedOn: string | null };

/** The booked days a departure on `departedOn` gives back, or null when it gives back none. */
export function daysReleasedByDeparture(booking: { fromDate: string; toDate: string }, departedOn: string): DayRange | null {
  if (departedOn >= booking.toDate) return null;
  const dayAfter = addDays(departedOn, 1);

  return { from: dayAfter > booking.fromDate ? dayAfter : booking.fromDate, to: booking.toDate };
}

/** The days on which a booking holds capacity in the ledger, or null when none. */
export function heldDays(booking: HeldBooking): DayRange | null {
  if (booking.departedOn === null || booking.departedOn >= booking.toDate) return { from: booking.fromDate, to: booking.toDate };
  if (booking.departedOn < booking.fromDate) return null;

  return { from: booking.fromDate, to: booking.departedOn };
}
