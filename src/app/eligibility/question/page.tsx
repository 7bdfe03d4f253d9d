import Link from "next/link";
import { redirect } from "next/navigation";
import { getT } from "@/i18n/server";
import { QuestionForm } from "@/modules/subsidy/components/question-form";
import { getFactDefinition, isFactKey, type TFactKey } from "@/modules/subsidy/domain/facts";
import { decodeState, encodeState, listAnswered } from "@/modules/subsidy/questionnaire-state";
import { nextQuestionnaireStep, startSubjectScreening } from "@/modules/subsidy/service";
import { getActor } from "@/server/session";

type Search = { a?: string; s?: string; fact?: string; error?: string; v?: string };

const ERRORS = new Set(["answer_none", "answer_money", "answer_integer", "answer_date"]);

async function subjectName(subjectId: string | undefined): Promise<string | null> {
  if (!subjectId) return null;
  const actor = await getActor();
  if (!actor) return null;

  return startSubjectScreening(actor, subjectId).then((s) => s.name, () => null);
}

function moneyText(fen: number): string {
  return `${Math.floor(fen / 100)}${fen % 100 === 0 ? "" : `.${String(fen % 100).padStart(2, "0")}`}`;
}

export default async function QuestionPage({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const state = decodeState(query.a);
  const name = await subjectName(query.s);
  const subjectId = name ? (query.s ?? null) : null;
  const step = await nextQuestionnaireStep(state.facts, state.dontKnow);
  const link = (path: string, extra: Record<string, string> = {}) => `${path}?${new URLSearchParams({ a: encodeState(state), ...(subjectId ? { s: subjectId } : {}), ...extra }).toString()}`;
  const forced = query.fact && isFactKey(query.fact) ? query.fact : null;
  const fact: TFactKey | null = forced ?? step.next?.fact ?? null;
  if (!fact) redirect(link("/eligibility/result"));
  const { t } = await getT("subsidy");
  const { t: tErrors } = await getT("errors");
  const { t: tCommon } = await getT("common");
  const error = query.error && ERRORS.has(query.error) ? query.error : null;
  const current = state.facts[fact];
  const previous = error ? (query.v ?? "") : typeof current === "number" && getFactDefinition(fact).type === "money_fen" ? moneyText(current) : typeof current === "number" || typeof current === "string" ? String(current) : "";
  const affected = step.outcomes.filter((o) => o.status === "unknown" && o.missingFacts.includes(fact)).length;

  return (
    <>
      {name ? <p className="mb-2 font-semibold text-emerald-900">{t("screen.question.for_subject", { name })}</p> : null}
      <QuestionForm
        t={t}
        fact={fact}
        state={encodeState(state)}
        subjectId={subjectId}
        error={error}
        errorText={error ? tErrors(error) : null}
        previous={previous}
        current={current}
        progress={t("screen.question.progress", { n: listAnswered(state).length + state.dontKnow.length + 1 })}
        why={t("screen.question.why", { count: affected })}
        errorTitle={tCommon("error_title")}
      />
      <p className="mt-8">
        <Link href={link("/eligibility/result")} className="text-lg text-emerald-800 underline">{t("screen.question.see_results")}</Link>
      </p>
    </>
  );
}
