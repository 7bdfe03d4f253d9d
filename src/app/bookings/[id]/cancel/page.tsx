import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { BookingItem } from "@/modules/warehouse/components/display";
import { CancelBookingForm } from "@/modules/warehouse/components/forms";
import { getMyBooking } from "@/modules/warehouse/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

type Params = Promise<{ id: string }>;

/** A destructive action gets its own question page (GOV.UK): cancel, or go back. */
export default async function CancelBookingPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireActor(`/bookings/${id}/cancel`, "warehouse.book");
  const booking = await withNotFound(getMyBooking(actor, id));
  if (!booking.cancellable) notFound();
  const { t } = await getT("warehouse");
  const { t: tc } = await getT("common");

  return (
    <>
      <PageHeading lead={t("cancel.lead")}>{t("cancel.title", { reference: booking.reference })}</PageHeading>
      <ul className="mb-6">
        <BookingItem booking={booking} />
      </ul>
      <CancelBookingForm bookingId={booking.id} labels={{ submit: t("cancel.confirm"), errorTitle: tc("error_title") }} />
      <p className="mt-4"><Link href={`/bookings/${booking.id}`} className="text-emerald-800 underline">{t("cancel.back")}</Link></p>
    </>
  );
}
