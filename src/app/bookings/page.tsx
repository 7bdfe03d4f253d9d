import Link from "next/link";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { BookingItem } from "@/modules/warehouse/components/display";
import { listMyBookings } from "@/modules/warehouse/service";
import { requireActor } from "@/server/session";

export default async function BookingsPage() {
  const actor = await requireActor("/bookings", "warehouse.book");
  const { t } = await getT("warehouse");
  const bookings = await listMyBookings(actor);

  return (
    <>
      <PageHeading lead={t("bookings.lead")}>{t("bookings.title")}</PageHeading>
      {bookings.length === 0 ? <Notice>{t("bookings.none")}</Notice> : (
        <ul className="mb-6 space-y-3">
          {bookings.map((b) => (
            <BookingItem key={b.id} booking={b}>
              <p className="mt-2 flex flex-wrap gap-4">
                <Link href={`/bookings/${b.id}`} className="text-emerald-800 underline">{t("bookings.view")}</Link>
                {b.cancellable ? <Link href={`/bookings/${b.id}/cancel`} className="text-red-800 underline">{t("bookings.cancel")}</Link> : null}
              </p>
            </BookingItem>
          ))}
        </ul>
      )}
      <Link href="/warehouses" className="inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("bookings.find")}</Link>
    </>
  );
}
