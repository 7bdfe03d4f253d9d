import Link from "next/link";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { confirmSubjectAction } from "@/modules/applications/actions";
import { SummaryList, linkClass } from "@/modules/applications/components/ui";
import { getApplication } from "@/modules/applications/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export default async function SubjectTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/applications/${id}/subject`, "subsidy.apply");
  const application = await withNotFound(getApplication(actor, id));
  const { t, locale } = await getT("applications");
  const { t: ti } = await getT("identity");
  const s = application.subject;

  return (
    <>
      <PageHeading lead={t("subject_task.lead")}>{t("subject_task.title")}</PageHeading>
      <SummaryList
        rows={[
          { key: "name", label: ti("fields.subject_name"), value: s.name },
          { key: "type", label: ti("fields.type"), value: ti(`subject_types.${s.type}`) },
          { key: "county", label: ti("fields.county"), value: locale === "en" ? s.county.nameEn : s.county.nameZh },
          { key: "registered", label: ti("fields.registered_on"), value: formatIsoDate(s.registeredOn, locale) },
          { key: "id", label: t("subject_task.identifier"), value: <span className="font-mono">{s.idMasked}</span> },
        ]}
      />
      <p className="my-4"><Link href={`/subjects/${s.id}/edit`} className={linkClass}>{t("subject_task.wrong")}</Link></p>
      <ActionForm action={confirmSubjectAction} errorTitle={t("form.error_title")} fieldLabels={{}}>
        <input type="hidden" name="applicationId" value={application.id} />
        <SubmitButton>{t("subject_task.confirm")}</SubmitButton>
      </ActionForm>
    </>
  );
}
