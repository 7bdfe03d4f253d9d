import Link from "next/link";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate, formatMoneyFen, formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { submitApplicationAction } from "@/modules/applications/actions";
import { formatAmountRange } from "@/modules/applications/components/amount";
import { Panel, SummaryList, linkClass } from "@/modules/applications/components/ui";
import { getApplication } from "@/modules/applications/service";
import { listSubjectDocuments } from "@/modules/documents/service";
import { FACT_CATALOGUE, collectVersionFacts } from "@/modules/subsidy/domain";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** Check your answers (GOV.UK), with the amount range before anything is sent. */
export default async function CheckPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/applications/${id}/check`, "subsidy.apply");
  const application = await withNotFound(getApplication(actor, id));
  const documents = (await listSubjectDocuments(actor, application.subjectId)).filter((d) => application.documentIds.includes(d.id));
  const { t, locale } = await getT("applications");
  const { t: ts } = await getT("subsidy");
  const change = (href: string) => ({ href: `${href}?from=check`, label: t("check.change") });
  const show = (fact: keyof typeof FACT_CATALOGUE, value: unknown): string => {
    if (value === undefined || value === null) return t("check.not_answered");
    const type = FACT_CATALOGUE[fact].type;
    if (type === "money_fen") return formatMoneyFen(Number(value), locale);
    if (type === "integer") return formatNumber(Number(value), locale);
    if (type === "boolean") return value ? t("facts_page.yes") : t("facts_page.no");
    if (type === "date") return formatIsoDate(String(value), locale);
    if (Array.isArray(value)) return value.map((v) => ts(`facts.${fact}.options.${v}`)).join("、");
    if (type === "enum") return ts(`facts.${fact}.options.${String(value)}`);

    return String(value);
  };

  return (
    <>
      <p className="mb-2"><Link href={`/applications/${id}`} className={linkClass}>{t("form.back_to_tasks")}</Link></p>
      <PageHeading lead={t("check.lead")}>{t("check.title")}</PageHeading>
      <Panel title={t("task_list.amount_title")}>
        <p className="text-2xl font-bold" data-testid="check-amount">{formatAmountRange(application.amount, locale, t("task_list.amount_unknown"))}</p>
        <p className="text-sm text-slate-700">{t("check.amount_hint")}</p>
      </Panel>
      <h2 className="mb-2 text-xl font-bold">{t("tasks.facts")}</h2>
      <SummaryList rows={collectVersionFacts(application.version).map((fact) => ({ key: fact, label: ts(`facts.${fact}.label`), value: show(fact, application.facts[fact]), change: change(`/applications/${id}/facts/${fact}`) }))} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("tasks.evidence")}</h2>
      <SummaryList rows={[{ key: "documents", label: t("tasks.evidence"), value: documents.length === 0 ? t("check.not_answered") : documents.map((d) => `${t(`document_types.${d.type}`)} ${d.number}`).join("；"), change: change(`/applications/${id}/evidence`) }]} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("tasks.bank")}</h2>
      <SummaryList rows={[{ key: "bank", label: t("bank.account_number"), value: application.bankAccountMasked ? `${application.bankName ?? ""} ${application.bankAccountMasked}` : t("check.not_answered"), change: change(`/applications/${id}/bank`) }]} />
      {application.missing.length > 0 ? (
        <div className="mt-6 rounded border-4 border-red-700 p-4" role="alert">
          <h2 className="text-lg font-bold text-red-800">{t("check.missing_title")}</h2>
          <ul className="list-disc pl-5">{application.missing.map((m) => <li key={m}>{missingLabel(m, t, ts)}</li>)}</ul>
        </div>
      ) : (
        <div className="mt-6">
          <h2 className="mb-2 text-xl font-bold">{t("check.send_title")}</h2>
          <p className="mb-4">{t("check.send_lead")}</p>
          <ActionForm action={submitApplicationAction} errorTitle={t("form.error_title")} fieldLabels={{}}>
            <input type="hidden" name="applicationId" value={id} />
            <SubmitButton>{t("check.submit")}</SubmitButton>
          </ActionForm>
        </div>
      )}
    </>
  );
}

function missingLabel(item: string, t: (k: string, o?: Record<string, unknown>) => string, ts: (k: string) => string): string {
  if (item.startsWith("facts.")) return ts(`facts.${item.slice(6)}.label`);
  if (item.startsWith("evidence.expired.")) return t("check.missing_expired");
  if (item.startsWith("evidence.")) return t(`document_types.${item.slice(9)}`);

  return t(`missing.${item}`);
}
