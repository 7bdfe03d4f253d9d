import Link from "next/link";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { BookingItem, QuoteTable } from "@/modules/warehouse/components/display";
import { getMyBooking } from "@/modules/warehouse/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BookingPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/bookings/${id}`, "warehouse.book");
  const booking = await withNotFound(getMyBooking(actor, id));
  const { t, locale } = await getT("warehouse");

  return (
    <>
      <PageHeading>{t("booking.title", { reference: booking.reference })}</PageHeading>
      {query.booked ? <Notice>{t("bookings.booked", { reference: booking.reference, from: formatIsoDate(booking.fromDate, locale) })}</Notice> : null}
      {query.cancelled ? <Notice>{t("bookings.cancelled")}</Notice> : null}
      <ul className="mb-6">
        <BookingItem booking={booking} />
      </ul>
      <QuoteTable quote={booking.quote} />
      <p className="flex flex-wrap gap-4">
        {booking.cancellable ? <Link href={`/bookings/${booking.id}/cancel`} className="inline-block min-h-12 rounded border-2 border-red-800 px-5 py-3 font-bold text-red-800">{t("bookings.cancel")}</Link> : null}
        <Link href="/bookings" className="inline-block min-h-12 px-1 py-3 text-emerald-800 underline">{t("bookings.title")}</Link>
      </p>
    </>
  );
}
