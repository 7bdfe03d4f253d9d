import Link from "next/link";
import { ActionForm, FieldError, SubmitButton, TextField } from "@/components/form/action-form";
import { RevealForm } from "@/components/form/reveal-form";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { formatDateTime, formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { decideAction, revealBankAccountAction, verifyDocumentAction } from "@/modules/applications/actions";
import { formatAmountRange } from "@/modules/applications/components/amount";
import { Panel, StatusTag, SummaryList, linkClass } from "@/modules/applications/components/ui";
import { loadProgrammeNames } from "@/modules/applications/programmes";
import { getReview } from "@/modules/applications/service";
import { collectVersionFacts } from "@/modules/subsidy/domain";
import type { TProgrammeOutcome } from "@/modules/subsidy/schemas";
import { actorCan } from "@/server/actor";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

const OUTCOME_CLASS = { met: "text-emerald-900", unmet: "font-bold text-red-800", unknown: "text-amber-900" } as const;

/** Everything a reviewer needs on one page: facts, criteria at filing and now, documents, history, the diff, and the decision. */
export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ decided?: string }> }) {
  const { id } = await params;
  const { decided } = await searchParams;
  const actor = await requireActor(`/review/${id}`, "subsidy.review");
  const review = await withNotFound(getReview(actor, id));
  const { application: a } = review;
  const { t, locale } = await getT("applications");
  const { t: ts } = await getT("subsidy");
  const { nameOf } = await loadProgrammeNames(locale);
  const factValue = (value: unknown) => (value === undefined || value === null ? t("check.not_answered") : Array.isArray(value) ? value.join("、") : typeof value === "boolean" ? (value ? t("facts_page.yes") : t("facts_page.no")) : String(value));
  const facts = collectVersionFacts(a.version);
  const unmetNow = review.now.criteria.filter((c) => c.status === "unmet");
  const criteriaList = (outcome: TProgrammeOutcome) => (
    <ul className="space-y-1">
      {outcome.criteria.map((c) => (
        <li key={c.path} className={OUTCOME_CLASS[c.status]}>{ts(`criterion_status.${c.status}`)}{t("task_list.colon")}{ts(c.message.key, c.message.params)}</li>
      ))}
    </ul>
  );
  const labels = { action: t("review.decision"), amountFen: t("review.amount"), reason: t("review.reason"), criteria: t("review.cite"), fieldComments: t("review.field_comments") };

  return (
    <>
      {decided ? <Notice>{t("review.decided")}</Notice> : null}
      <p className="mb-2"><Link href="/review" className={linkClass}>{t("review.back")}</Link></p>
      <PageHeading lead={`${a.reference} · ${a.subject.name} · ${locale === "en" ? a.subject.county.nameEn : a.subject.county.nameZh}`}>{nameOf(a.programmeId)}</PageHeading>
      <p className="mb-4"><StatusTag status={a.status} label={t(`status.${a.status}`)} />{a.stage > 0 ? ` ${t("review.stage", { stage: t(`stages.${a.reviewStages[a.stage - 1] ?? "county_review"}`), n: a.stage, total: a.reviewStages.length })}` : ""}</p>

      <Panel title={t("task_list.amount_title")}>
        <p className="text-lg">{formatAmountRange(a.amount, locale, t("task_list.amount_unknown"))}</p>
        <p className="text-sm text-slate-700">{t("review.rule_version", { version: a.programmeVersion, from: formatIsoDate(a.version.effectiveFrom, locale) })}</p>
      </Panel>

      <Panel title={t("review.facts")}>
        <SummaryList rows={facts.map((fact) => ({ key: fact, label: ts(`facts.${fact}.label`), value: factValue(a.facts[fact]) }))} />
        {a.bankAccountMasked ? <p className="mt-2">{t("bank.current", { account: `${a.bankName ?? ""} ${a.bankAccountMasked}` })}</p> : null}
      </Panel>

      {a.status === "approved" && a.bankAccountMasked && actorCan(actor, "identifiers.unmask") ? (
        <Panel title={t("payment.title")}>
          <p className="mb-2">{t("payment.lead")}</p>
          <p>{t("payment.holder", { name: a.accountHolder ?? "" })}</p>
          <p className="mb-2">{t("payment.bank", { name: a.bankName ?? "" })}</p>
          <RevealForm action={revealBankAccountAction} fields={{ applicationId: a.id }} masked={a.bankAccountMasked} labels={{ show: t("payment.show"), notice: t("payment.shown") }} testId="bank-account" />
        </Panel>
      ) : null}

      {review.diff ? (
        <Panel title={t("review.diff")}>
          {review.diff.length === 0 ? <p>{t("review.diff_none")}</p> : (
            <ul className="list-disc space-y-1 pl-5" data-testid="diff">
              {review.diff.map((c) => (
                <li key={c.field}>{c.field.startsWith("facts.") ? ts(`facts.${c.field.slice(6)}.label`) : t(`fields.${c.field}`)}{t("task_list.colon")}{t("review.changed", { before: factValue(c.before), after: factValue(c.after) })}</li>
              ))}
            </ul>
          )}
        </Panel>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Panel title={t("review.criteria_filing", { date: formatIsoDate(review.filingDate, locale) })}>{criteriaList(review.atFiling)}</Panel>
        <Panel title={t("review.criteria_now", { version: review.now.version })}>{criteriaList(review.now)}</Panel>
      </div>

      <Panel title={t("review.documents")}>
        {review.documents.length === 0 ? <p>{t("check.not_answered")}</p> : (
          <ul className="divide-y divide-slate-200" data-testid="review-documents">
            {review.documents.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <a href={`/documents/${d.id}/file`} className={linkClass}>{t(`document_types.${d.type}`)} · {d.number}</a>
                  <span className="block text-sm text-slate-700">{d.issuer} · {d.validTo ? t("vault.valid_until", { date: formatIsoDate(d.validTo, locale) }) : t("vault.no_expiry")}</span>
                  {d.expired ? <strong className="block text-red-800">{t("vault.expired_flag")}</strong> : null}
                  <span className="block text-sm">{d.verified ? t("vault.verified_by", { department: t(`departments.${d.verifiedDepartment?.startsWith("commerce") ? "commerce" : (d.verifiedDepartment ?? "commerce")}`) }) : t("vault.not_verified")}</span>
                </span>
                {!d.verified && !d.expired ? (
                  <form action={verifyDocumentAction}>
                    <input type="hidden" name="documentId" value={d.id} />
                    <input type="hidden" name="back" value={`/review/${id}`} />
                    <button type="submit" className="min-h-11 rounded border-2 border-emerald-800 px-3 py-2 font-bold text-emerald-900">{t("review.verify")}</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      {review.allowed.length > 0 ? (
        review.separation.ok ? (
          <section aria-labelledby="decide" className="mb-6 rounded border-2 border-emerald-800 bg-white p-4">
            <h2 id="decide" className="mb-3 text-xl font-bold">{t("review.decide")}</h2>
            <ActionForm action={decideAction} errorTitle={t("form.error_title")} fieldLabels={labels}>
              <input type="hidden" name="applicationId" value={a.id} />
              <fieldset>
                <legend className="mb-2 font-semibold">{labels.action}</legend>
                <FieldError name="action" />
                <div id="action" className="space-y-2">
                  {review.allowed.map((event) => (
                    <label key={event} className="flex min-h-12 items-center gap-3 rounded border-2 border-slate-300 px-3 py-2">
                      <input type="radio" name="action" value={event} className="h-6 w-6" />
                      <span>{t(event === "approve" && a.stage < a.reviewStages.length ? "review.approve_stage" : `review.${event}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <TextField name="amountFen" label={labels.amountFen} hint={t("review.amount_hint", { range: formatAmountRange(a.amount, locale, t("task_list.amount_unknown")) })} inputMode="decimal" />
              <div className="space-y-1">
                <label htmlFor="reason" className="block font-semibold">{labels.reason}</label>
                <FieldError name="reason" />
                <textarea id="reason" name="reason" rows={3} className="block w-full rounded border-2 border-slate-700 px-3 py-2" />
              </div>
              {unmetNow.length > 0 ? (
                <fieldset>
                  <legend className="mb-1 font-semibold">{labels.criteria}</legend>
                  <FieldError name="criteria" />
                  <div id="criteria">
                    {unmetNow.map((c) => (
                      <label key={c.path} className="flex items-center gap-2">
                        <input type="checkbox" name="criteria" value={c.id ?? c.path} className="h-5 w-5" />
                        <span>{ts(c.message.key, c.message.params)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
              <fieldset className="space-y-2">
                <legend className="font-semibold">{labels.fieldComments}</legend>
                <p className="text-slate-700">{t("review.field_comments_hint")}</p>
                <FieldError name="fieldComments" />
                <div id="fieldComments" className="space-y-2">
                  {[...facts.map((f) => `facts.${f}`), "evidence", "bankAccount"].map((field) => (
                    <div key={field}>
                      <label htmlFor={`comment.${field}`} className="block">{field.startsWith("facts.") ? ts(`facts.${field.slice(6)}.label`) : t(`fields.${field}`)}</label>
                      <input id={`comment.${field}`} name={`comment.${field}`} type="text" className="block w-full rounded border-2 border-slate-500 px-3 py-2" />
                    </div>
                  ))}
                </div>
              </fieldset>
              <SubmitButton>{t("review.send_decision")}</SubmitButton>
            </ActionForm>
          </section>
        ) : (
          <p role="status" className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="separation">{t(`errors:separation_${review.separation.reason}`)}</p>
        )
      ) : null}

      <Panel title={t("history.title")}>
        <ol className="space-y-2" data-testid="history">
          {review.history.map((h) => (
            <li key={h.id}>
              <span className="text-slate-700">{formatDateTime(h.at, locale)}</span> · {t(`history.${h.action}`)} · {h.actorName ?? ""}
              {h.onBehalfOfName ? ` ${t("history.on_behalf", { name: h.onBehalfOfName })}` : ""}
              {h.reason ? <span className="block pl-4 text-slate-700">{h.reason}</span> : null}
            </li>
          ))}
        </ol>
      </Panel>
    </>
  );
}
