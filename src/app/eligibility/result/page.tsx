import Link from "next/link";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { saveScreeningAnswersAction } from "@/modules/subsidy/actions";
import { describeFactValue } from "@/modules/subsidy/components/describe";
import { OutcomeCard } from "@/modules/subsidy/components/outcome-card";
import { rankMissingFacts } from "@/modules/subsidy/domain";
import type { TProgrammeOutcome } from "@/modules/subsidy/schemas";
import { decodeState, encodeState, listAnswered } from "@/modules/subsidy/questionnaire-state";
import { nextQuestionnaireStep, startSubjectScreening } from "@/modules/subsidy/service";
import { getActor } from "@/server/session";

type Search = { a?: string; s?: string };

export default async function ResultPage({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const state = decodeState(query.a);
  const actor = await getActor();
  const subject = actor && query.s ? await startSubjectScreening(actor, query.s).catch(() => null) : null;
  const { outcomes, asOf } = await nextQuestionnaireStep(state.facts, state.dontKnow);
  const { t, locale } = await getT("subsidy");
  const { t: tCommon } = await getT("common");
  const link = (path: string, extra: Record<string, string> = {}) => `${path}?${new URLSearchParams({ a: encodeState(state), ...(subject ? { s: subject.subjectId } : {}), ...extra }).toString()}`;
  const questionHref = (fact: string) => link("/eligibility/question", { fact });
  const inForce = outcomes.filter((o) => !o.proposed);
  const proposed = outcomes.filter((o) => o.proposed);
  const [unlock] = rankMissingFacts(outcomes);
  const group = (list: TProgrammeOutcome[], status: TProgrammeOutcome["status"]) => list.filter((o) => o.status === status);
  const cards = (list: TProgrammeOutcome[]) => (
    <ul className="space-y-3">
      {list.map((outcome) => <OutcomeCard key={outcome.programmeId} outcome={outcome} t={t} locale={locale} questionHref={questionHref} />)}
    </ul>
  );
  const eligible = group(inForce, "eligible");
  const answered = listAnswered(state);

  return (
    <>
      <PageHeading lead={t("screen.result.lead", { date: formatIsoDate(asOf, locale) })}>{t("screen.result.title")}</PageHeading>
      {unlock ? (
        <p className="mb-6 rounded border-l-4 border-amber-500 bg-amber-50 p-3">
          {t("screen.result.unlock", { count: unlock.programmeIds.length })}{" "}
          <Link href={questionHref(unlock.fact)} className="font-semibold text-emerald-800 underline">{t("screen.result.unlock_link", { question: t(`facts.${unlock.fact}.label`) })}</Link>
        </p>
      ) : null}
      <section aria-labelledby="eligible" className="mb-8">
        <h2 id="eligible" className="mb-3 text-2xl font-bold text-emerald-900">{t("screen.result.eligible_title")}</h2>
        {eligible.length === 0 ? <p>{t("screen.result.eligible_none")}</p> : cards(eligible)}
      </section>
      {group(inForce, "unknown").length > 0 ? (
        <section aria-labelledby="unknown" className="mb-8">
          <h2 id="unknown" className="mb-3 text-2xl font-bold">{t("screen.result.unknown_title")}</h2>
          {cards(group(inForce, "unknown"))}
        </section>
      ) : null}
      {group(inForce, "ineligible").length > 0 ? (
        <section aria-labelledby="ineligible" className="mb-8">
          <h2 id="ineligible" className="mb-3 text-2xl font-bold">{t("screen.result.ineligible_title")}</h2>
          {cards(group(inForce, "ineligible"))}
        </section>
      ) : null}
      {proposed.length > 0 ? (
        <section aria-labelledby="proposed" className="mb-8 rounded border-2 border-dashed border-slate-500 p-4">
          <h2 id="proposed" className="text-2xl font-bold">{t("screen.result.proposed_title")}</h2>
          <p className="mb-3 text-slate-700">{t("screen.result.proposed_lead")}</p>
          {cards([...group(proposed, "eligible"), ...group(proposed, "unknown"), ...group(proposed, "ineligible")])}
        </section>
      ) : null}
      <section aria-labelledby="answers" className="mb-8">
        <h2 id="answers" className="mb-3 text-2xl font-bold">{t("screen.result.answers_title")}</h2>
        <dl className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
          {[...answered, ...state.dontKnow].map((fact) => (
            <div key={fact} className="flex flex-wrap justify-between gap-2 p-3">
              <dt className="font-semibold">{t(`facts.${fact}.label`)}</dt>
              <dd>
                {describeFactValue(t, locale, fact, state.facts[fact] ?? null)}{" "}
                <Link href={questionHref(fact)} className="ml-2 text-emerald-800 underline" aria-label={t("screen.result.change_label", { fact: t(`facts.${fact}.label`) })}>{t("screen.result.change")}</Link>
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3"><Link href="/eligibility/question" className="text-emerald-800 underline">{t("screen.result.start_again")}</Link></p>
      </section>
      {subject ? (
        <section aria-labelledby="save" className="rounded border-2 border-emerald-800 bg-white p-4">
          <h2 id="save" className="text-xl font-bold">{t("screen.result.save_title")}</h2>
          <p className="mb-3">{t("screen.result.save_lead", { name: subject.name })}</p>
          <ActionForm action={saveScreeningAnswersAction} errorTitle={tCommon("error_title")} fieldLabels={{}}>
            <input type="hidden" name="a" value={encodeState(state)} />
            <input type="hidden" name="s" value={subject.subjectId} />
            <SubmitButton>{t("screen.result.save_button")}</SubmitButton>
          </ActionForm>
          <p className="mt-3">
            <Link href={`/subjects/${subject.subjectId}/apply`} className="font-semibold text-emerald-800 underline">{t("screen.result.apply")}</Link>
          </p>
        </section>
      ) : !actor ? (
        <p className="rounded bg-white p-4">
          {t("screen.result.register_hint")} <Link href="/register" className="font-semibold text-emerald-800 underline">{t("screen.result.register")}</Link>
        </p>
      ) : null}
    </>
  );
}
