import Link from "next/link";
import { ActionForm, FieldError, SubmitButton } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { saveDeclarationAction } from "@/modules/applications/actions";
import { linkClass } from "@/modules/applications/components/ui";
import { getApplication } from "@/modules/applications/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export default async function DeclarationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/applications/${id}/declaration`, "subsidy.apply");
  const application = await withNotFound(getApplication(actor, id));
  const { t } = await getT("applications");

  return (
    <>
      <p className="mb-2"><Link href={`/applications/${id}`} className={linkClass}>{t("form.back_to_tasks")}</Link></p>
      <PageHeading>{t("declaration.title")}</PageHeading>
      <ul className="mb-4 list-disc space-y-1 pl-5">
        <li>{t("declaration.true")}</li>
        <li>{t("declaration.documents")}</li>
        <li>{t("declaration.check")}</li>
        <li>{t("declaration.repay")}</li>
      </ul>
      {actor.actingFor ? <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("declaration.acting", { name: actor.actingFor.applicantName })}</p> : null}
      <ActionForm action={saveDeclarationAction} errorTitle={t("form.error_title")} fieldLabels={{ declaration: t("declaration.title") }}>
        <input type="hidden" name="applicationId" value={application.id} />
        <FieldError name="declaration" />
        <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded border-2 border-slate-300 bg-white px-3 py-2">
          <input id="declaration" type="checkbox" name="declaration" value="yes" defaultChecked={application.declarationAccepted} className="h-6 w-6" />
          <span className="text-lg">{t("declaration.agree")}</span>
        </label>
        <SubmitButton>{t("form.save_continue")}</SubmitButton>
      </ActionForm>
    </>
  );
}
