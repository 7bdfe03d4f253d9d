import Link from "next/link";
import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { discardDraftAction, publishDraftAction, updateDraftJsonAction, updateDraftParametersAction } from "@/modules/subsidy/actions";
import { formatParameter, parameterInputText, parameterLabel } from "@/modules/subsidy/components/parameters";
import { listEditableParameters, type TPublishProblem } from "@/modules/subsidy/domain";
import { getDraftReview } from "@/modules/subsidy/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

const secondary = "min-h-12 rounded border-2 border-slate-700 bg-white px-5 py-3 font-bold text-slate-900 focus:outline-none focus:ring-4 focus:ring-amber-400";

export default async function DraftPage({ params, searchParams }: { params: Promise<{ versionId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { versionId } = await params;
  const actor = await requireActor(`/official/programmes/drafts/${versionId}`, "programmes.manage");
  const review = await withNotFound(getDraftReview(actor, versionId));
  const { t, locale } = await getT("subsidy");
  const { t: tCommon } = await getT("common");
  const saved = (await searchParams).saved === "1";
  const { draft, base, diff } = review;
  const name = locale === "en" ? review.programme.nameEn : review.programme.nameZh;
  const baseValues = new Map(base ? listEditableParameters(base).map((p) => [p.key, p.value]) : []);
  const isDraft = draft.status === "draft";
  const labels = Object.fromEntries([...review.parameters.map((p) => [p.key, parameterLabel(p, t)]), ["effectiveFrom", t("manage.effective_from")], ["effectiveTo", t("manage.effective_to")], ["json", t("manage.json_label")]]);
  const statusWord = (status: string) => t(`status.${status}`);
  const describeProblem = (problem: TPublishProblem): string => {
    switch (problem.code) {
      case "no_cases":
        return t("manage.problem_no_cases");
      case "outcome_not_covered":
        return t("manage.problem_uncovered", { status: statusWord(problem.status) });
      case "invalid_version":
        return t("manage.problem_invalid", { issues: problem.issues.join("; ") });
      case "case_failed":
        return problem.failure.reason === "outside_effective_range"
          ? t("manage.case_outside", { name: problem.failure.caseName, date: problem.failure.date })
          : t("manage.case_failed", { name: problem.failure.caseName, date: problem.failure.date, expected: statusWord(problem.failure.expected.status), actual: statusWord(problem.failure.actual.status) });
    }
  };
  const json = JSON.stringify({ criteria: draft.criteria, benefit: draft.benefit, texts: draft.texts, legalRef: draft.legalRef, cases: draft.cases }, null, 2);

  return (
    <>
      <PageHeading lead={t("manage.draft_lead", { version: draft.basedOnVersion ?? "—" })}>{t("manage.draft_title", { name, version: draft.version })}</PageHeading>
      {saved ? <Notice>{t("manage.saved")}</Notice> : null}

      <section aria-labelledby="diff" className="mb-8">
        <h2 id="diff" className="mb-2 text-xl font-bold">{t("manage.diff_title")}</h2>
        {diff && (diff.parameters.length > 0 || diff.effectiveFrom || diff.effectiveTo || diff.otherChanges.length > 0) ? (
          <ul className="list-disc space-y-1 pl-5" data-testid="diff">
            {diff.parameters.map((change) => (
              <li key={change.key}>
                {t("manage.diff_change", { label: parameterLabel(change, t), before: formatParameter(change.kind, change.before, locale, t), after: formatParameter(change.kind, change.after, locale, t) })}
              </li>
            ))}
            {diff.effectiveFrom ? <li>{t("manage.diff_from", diff.effectiveFrom)}</li> : null}
            {diff.effectiveTo ? <li>{t("manage.diff_to", { before: diff.effectiveTo.before ?? t("manage.open_ended"), after: diff.effectiveTo.after ?? t("manage.open_ended") })}</li> : null}
            {diff.otherChanges.length > 0 ? <li>{t("manage.diff_other", { parts: diff.otherChanges.map((part) => t(`manage.parts.${part}`)).join(locale === "en" ? ", " : "、") })}</li> : null}
          </ul>
        ) : (
          <p>{t("manage.diff_none")}</p>
        )}
      </section>

      <section aria-labelledby="cases" className="mb-8">
        <h2 id="cases" className="mb-2 text-xl font-bold">{t("manage.cases_title")}</h2>
        {review.publishProblems.length === 0 ? (
          <p className="font-semibold text-emerald-900">{t("manage.cases_pass", { count: draft.cases.length })}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-red-800">
            {review.publishProblems.map((problem, index) => <li key={index}>{describeProblem(problem)}</li>)}
          </ul>
        )}
      </section>

      <p className="mb-8">
        <Link href={`/official/programmes/drafts/${draft.id}/simulation`} className="inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("manage.simulate")}</Link>
      </p>

      {isDraft ? (
        <>
          <section aria-labelledby="params" className="mb-8 rounded border border-slate-300 bg-white p-4">
            <h2 id="params" className="mb-3 text-xl font-bold">{t("manage.params_title")}</h2>
            <ActionForm action={updateDraftParametersAction} errorTitle={tCommon("error_title")} fieldLabels={labels}>
              <input type="hidden" name="versionId" value={draft.id} />
              <TextField name="effectiveFrom" type="date" label={t("manage.effective_from")} defaultValue={draft.effectiveFrom} hint={base ? t("manage.current_value", { value: base.effectiveFrom }) : undefined} />
              <TextField name="effectiveTo" type="date" label={t("manage.effective_to")} defaultValue={draft.effectiveTo ?? ""} hint={t("manage.effective_to_hint")} />
              {review.parameters.map((parameter) => {
                const before = baseValues.get(parameter.key);

                return (
                  <TextField
                    key={parameter.key}
                    name={parameter.key}
                    label={labels[parameter.key] ?? parameter.key}
                    inputMode={parameter.kind === "date" ? undefined : "decimal"}
                    defaultValue={parameterInputText(parameter.kind, parameter.value)}
                    hint={before === undefined ? undefined : t("manage.current_value", { value: formatParameter(parameter.kind, before, locale, t) })}
                  />
                );
              })}
              <SubmitButton>{t("manage.save")}</SubmitButton>
            </ActionForm>
          </section>

          <section aria-labelledby="publish" className="mb-8 rounded border-2 border-emerald-800 bg-white p-4">
            <h2 id="publish" className="mb-2 text-xl font-bold">{t("manage.publish_title")}</h2>
            <p className="mb-3">{t("manage.publish_hint")}</p>
            {review.publishProblems.length > 0 ? <p className="mb-3 font-semibold text-red-800">{t("manage.publish_blocked")}</p> : null}
            <ActionForm action={publishDraftAction} errorTitle={tCommon("error_title")} fieldLabels={{}}>
              <input type="hidden" name="versionId" value={draft.id} />
              <SubmitButton>{t("manage.publish")}</SubmitButton>
            </ActionForm>
          </section>

          <details className="mb-8 rounded border border-slate-300 bg-white p-4">
            <summary className="cursor-pointer text-lg font-bold">{t("manage.advanced_title")}</summary>
            <p className="my-2">{t("manage.advanced_lead")}</p>
            <ActionForm action={updateDraftJsonAction} errorTitle={tCommon("error_title")} fieldLabels={labels}>
              <input type="hidden" name="versionId" value={draft.id} />
              <label htmlFor="json" className="block font-semibold">{t("manage.json_label")}</label>
              <textarea id="json" name="json" defaultValue={json} rows={20} spellCheck={false} className="block w-full rounded border-2 border-slate-700 p-2 font-mono text-sm" />
              <SubmitButton>{t("manage.save_json")}</SubmitButton>
            </ActionForm>
          </details>

          <ActionForm action={discardDraftAction} errorTitle={tCommon("error_title")} fieldLabels={{}}>
            <input type="hidden" name="versionId" value={draft.id} />
            <button type="submit" className={secondary}>{t("manage.discard")}</button>
          </ActionForm>
        </>
      ) : null}
      <p className="mt-6"><Link href={`/official/programmes/${review.programme.id}`} className="text-emerald-800 underline">{t("manage.back_to_list")}</Link></p>
    </>
  );
}
