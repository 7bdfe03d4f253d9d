import Link from "next/link";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { BookingItem } from "@/modules/warehouse/components/display";
import { MovementForm } from "@/modules/warehouse/components/forms";
import { listOperatorBookings } from "@/modules/warehouse/service";
import { requireActor } from "@/server/session";

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Operators record arrival and departure at the warehouses they work. */
export default async function OperatorBookingsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("/manage/bookings", "warehouse.operate");
  const query = await searchParams;
  const { t } = await getT("warehouse");
  const { t: tc } = await getT("common");
  const bookings = await listOperatorBookings(actor);

  return (
    <>
      <PageHeading lead={t("operator.lead")}>{t("operator.title")}</PageHeading>
      {query.done === "arrive" ? <Notice>{t("operator.done_arrive")}</Notice> : query.done === "depart" ? <Notice>{t("operator.done_depart")}</Notice> : null}
      {bookings.length === 0 ? <p className="mb-4">{t("operator.none")}</p> : (
        <ul className="mb-6 space-y-3">
          {bookings.map((b) => (
            <BookingItem key={b.id} booking={b}>
              <div className="mt-2">
                {b.status === "confirmed" ? <MovementForm bookingId={b.id} step="arrive" labels={{ submit: t("operator.arrive"), errorTitle: tc("error_title") }} /> : null}
                {b.status === "arrived" ? <MovementForm bookingId={b.id} step="depart" labels={{ submit: t("operator.depart"), errorTitle: tc("error_title") }} /> : null}
              </div>
            </BookingItem>
          ))}
        </ul>
      )}
      <Link href="/manage/warehouses" className="text-emerald-800 underline">{t("operator.maintain")}</Link>
    </>
  );
}
