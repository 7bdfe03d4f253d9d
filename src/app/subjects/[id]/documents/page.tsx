import Link from "next/link";
import { ActionForm, FieldError, SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { uploadDocumentAction } from "@/modules/applications/actions";
import { linkClass } from "@/modules/applications/components/ui";
import { DOCUMENT_TYPES } from "@/modules/documents/domain/document-types";
import { listSubjectDocuments } from "@/modules/documents/service";
import { getSubject } from "@/modules/identity/service";
import { subjectOwnerId } from "@/server/actor";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** The subject's evidence vault: every document once, where it was used, whether a department verified it. */
export default async function VaultPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ back?: string; uploaded?: string }> }) {
  const { id } = await params;
  const { back, uploaded } = await searchParams;
  const actor = await requireActor(`/subjects/${id}/documents`);
  const subject = await withNotFound(getSubject(actor, id));
  const documents = await listSubjectDocuments(actor, id);
  const { t, locale } = await getT("applications");
  const mayUpload = subject.ownerId === subjectOwnerId(actor) && (actor.role === "applicant" || actor.actingFor !== null);
  const labels = { type: t("vault.type"), number: t("vault.number"), issuer: t("vault.issuer"), validFrom: t("vault.valid_from"), validTo: t("vault.valid_to"), file: t("vault.file") };
  const safeBack = back && back.startsWith("/") && !back.startsWith("//") ? back : undefined;

  return (
    <>
      <PageHeading lead={t("vault.lead")}>{t("vault.title", { name: subject.name })}</PageHeading>
      {uploaded ? <p role="status" className="mb-4 rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">{t("vault.uploaded")}</p> : null}
      {safeBack ? <p className="mb-4"><Link href={safeBack} className={linkClass}>{t("vault.back")}</Link></p> : null}
      {documents.length === 0 ? <p className="mb-6">{t("vault.empty")}</p> : (
        <ul className="mb-8 divide-y divide-slate-200 rounded border border-slate-300 bg-white" data-testid="vault">
          {documents.map((d) => (
            <li key={d.id} className="space-y-1 p-3">
              <a href={`/documents/${d.id}/file`} className={linkClass}>{t(`document_types.${d.type}`)} · {d.number}</a>
              <span className="block text-sm text-slate-700">{d.issuer} · {d.validTo ? t("vault.valid_until", { date: formatIsoDate(d.validTo, locale) }) : t("vault.no_expiry")}</span>
              <span className="block text-sm">
                {d.expired ? <strong className="text-red-800">{t("vault.expired")}</strong> : d.verified ? <strong className="text-emerald-900">{t("vault.verified_by", { department: t(`departments.${d.verifiedDepartment?.startsWith("commerce") ? "commerce" : (d.verifiedDepartment ?? "commerce")}`) })}</strong> : t("vault.not_verified")}
              </span>
              <span className="block text-sm" data-testid="used-in">{d.usedIn.length > 0 ? t("vault.used_in", { references: d.usedIn.map((u) => u.reference).join("、") }) : t("vault.not_used")}</span>
            </li>
          ))}
        </ul>
      )}
      {mayUpload ? (
        <section aria-labelledby="upload-title" className="rounded border-2 border-emerald-800 bg-white p-4">
          <h2 id="upload-title" className="mb-3 text-xl font-bold">{t("vault.upload_title")}</h2>
          <ActionForm action={uploadDocumentAction} errorTitle={t("form.error_title")} fieldLabels={labels} encType="multipart/form-data">
            <input type="hidden" name="subjectId" value={id} />
            {safeBack ? <input type="hidden" name="back" value={safeBack} /> : null}
            <SelectField name="type" label={labels.type} options={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`document_types.${type}`) }))} placeholder={t("vault.choose_type")} />
            <TextField name="number" label={labels.number} />
            <TextField name="issuer" label={labels.issuer} hint={t("vault.issuer_hint")} />
            <TextField name="validFrom" label={labels.validFrom} type="date" />
            <TextField name="validTo" label={labels.validTo} type="date" hint={t("vault.valid_to_hint")} />
            <div className="space-y-1">
              <label htmlFor="file" className="block font-semibold">{labels.file}</label>
              <p id="file-hint" className="text-slate-600">{t("vault.file_hint")}</p>
              <FieldError name="file" />
              <input id="file" name="file" type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby="file-hint" className="block w-full" />
            </div>
            <SubmitButton>{t("vault.upload")}</SubmitButton>
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
