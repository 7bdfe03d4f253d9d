import Link from "next/link";
import { getT } from "@/i18n/server";
import { linkClass } from "@/modules/applications/components/ui";
import { getApplication } from "@/modules/applications/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export default async function ConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/applications/${id}/confirmation`);
  const application = await withNotFound(getApplication(actor, id));
  const { t } = await getT("applications");

  return (
    <>
      <div className="mb-6 rounded bg-emerald-800 p-6 text-center text-white">
        <h1 className="text-3xl font-bold">{t("confirmation.title")}</h1>
        <p className="mt-3 text-lg">{t("confirmation.reference_label")}</p>
        <p className="text-3xl font-bold" data-testid="reference">{application.reference}</p>
      </div>
      <h2 className="mb-2 text-xl font-bold">{t("confirmation.next_title")}</h2>
      <p className="mb-2">{t(application.reviewStages.length > 1 ? "confirmation.next_two" : "confirmation.next_one")}</p>
      <p className="mb-6">{t("confirmation.tell")}</p>
      <p><Link href={`/applications/${id}`} className={linkClass}>{t("confirmation.view")}</Link></p>
    </>
  );
}
