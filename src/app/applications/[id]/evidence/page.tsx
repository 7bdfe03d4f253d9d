import Link from "next/link";
import { ActionForm, FieldError, SubmitButton } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { saveEvidenceAction } from "@/modules/applications/actions";
import { linkClass } from "@/modules/applications/components/ui";
import { requiredEvidenceFor } from "@/modules/applications/domain/requirements";
import { getApplication } from "@/modules/applications/service";
import { listSubjectDocuments } from "@/modules/documents/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** Evidence comes from the subject's vault: a document verified once by any department is reused, not uploaded again. */
export default async function EvidencePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; uploaded?: string }> }) {
  const { id } = await params;
  const { from, uploaded } = await searchParams;
  const actor = await requireActor(`/applications/${id}/evidence`, "subsidy.apply");
  const application = await withNotFound(getApplication(actor, id));
  const documents = await listSubjectDocuments(actor, application.subjectId);
  const { t, locale } = await getT("applications");
  const needed = requiredEvidenceFor(application.programmeId, application.subject.type);
  const attached = new Set(application.documentIds);
  const usable = documents.filter((d) => !d.expired);
  const expired = documents.filter((d) => d.expired);

  return (
    <>
      <p className="mb-2"><Link href={`/applications/${id}`} className={linkClass}>{t("form.back_to_tasks")}</Link></p>
      <PageHeading lead={t("evidence.lead")}>{t("evidence.title")}</PageHeading>
      {uploaded ? <p role="status" className="mb-4 rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">{t("vault.uploaded")}</p> : null}
      <p className="mb-2 font-semibold">{t("evidence.needed")}</p>
      <ul className="mb-4 list-disc pl-5">
        {needed.map((type) => <li key={type}>{t(`document_types.${type}`)}{usable.some((d) => d.type === type) ? "" : ` — ${t("evidence.not_in_vault")}`}</li>)}
      </ul>
      <ActionForm action={saveEvidenceAction} errorTitle={t("form.error_title")} fieldLabels={{ documentIds: t("evidence.title") }}>
        <input type="hidden" name="applicationId" value={id} />
        {from === "check" ? <input type="hidden" name="returnTo" value="check" /> : null}
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg font-bold">{t("evidence.choose")}</legend>
          <FieldError name="documentIds" />
          <div id="documentIds" className="space-y-2">
            {usable.length === 0 ? <p>{t("evidence.vault_empty")}</p> : null}
            {usable.map((d) => (
              <label key={d.id} className="flex min-h-12 cursor-pointer items-start gap-3 rounded border-2 border-slate-300 bg-white p-3">
                <input type="checkbox" name="documentIds" value={d.id} defaultChecked={attached.has(d.id)} className="mt-1 h-6 w-6" />
                <span>
                  <strong>{t(`document_types.${d.type}`)}</strong> · {d.number} · {d.issuer}
                  <span className="block text-sm text-slate-700">
                    {d.validTo ? t("vault.valid_until", { date: formatIsoDate(d.validTo, locale) }) : t("vault.no_expiry")}
                    {d.verified ? ` · ${t("vault.verified_by", { department: t(`departments.${d.verifiedDepartment?.startsWith("commerce") ? "commerce" : (d.verifiedDepartment ?? "commerce")}`) })}` : ` · ${t("vault.not_verified")}`}
                    {d.usedIn.length > 0 ? ` · ${t("vault.used_in", { references: d.usedIn.map((u) => u.reference).join("、") })}` : ""}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {expired.length > 0 ? (
          <div className="rounded border-l-4 border-red-700 bg-red-50 p-3">
            <p className="font-semibold">{t("evidence.expired_title")}</p>
            <ul className="list-disc pl-5">{expired.map((d) => <li key={d.id}>{t(`document_types.${d.type}`)} · {d.number}</li>)}</ul>
          </div>
        ) : null}
        <SubmitButton>{t("form.save_continue")}</SubmitButton>
      </ActionForm>
      <p className="mt-6"><Link href={`/subjects/${application.subjectId}/documents?back=${encodeURIComponent(`/applications/${id}/evidence`)}`} className={linkClass}>{t("evidence.upload_new")}</Link></p>
    </>
  );
}
