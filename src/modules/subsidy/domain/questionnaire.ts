import type { TCriterion, TProgrammeOutcome, TProgrammeVersion } from "../schemas";
import { collectFormulaFacts } from "./benefit";
import { FACT_KEYS, getFactDefinition, type TFactDefinition, type TFactKey } from "./facts";

// One questionnaire for every programme, generated from the rules' dependencies, that
// never asks a question no programme reads (eligibility-anchors §3 rec. 6).

export const collectCriteriaFacts = (criterion: TCriterion): TFactKey[] => {
  switch (criterion.op) {
    case "all":
    case "any":
      return [...new Set(criterion.of.flatMap(collectCriteriaFacts))];
    case "not":
      return collectCriteriaFacts(criterion.of);
    default:
      return [criterion.fact];
  }
};

/** Facts a version reads, criteria first, then the benefit formula. */
export const collectVersionFacts = (version: Pick<TProgrammeVersion, "criteria" | "benefit">): TFactKey[] => [
  ...new Set([...collectCriteriaFacts(version.criteria), ...collectFormulaFacts(version.benefit)]),
];

export type TQuestion = TFactDefinition & { fact: TFactKey; programmeIds: string[] };

/** The questions for screening these versions, in catalogue order, each with the programmes that read it. */
export const listQuestionnaireFacts = (versions: readonly TProgrammeVersion[]): TQuestion[] =>
  FACT_KEYS.map((fact) => ({
    ...getFactDefinition(fact),
    fact,
    programmeIds: [...new Set(versions.filter((v) => collectVersionFacts(v).includes(fact)).map((v) => v.programmeId))],
  })).filter((question) => question.programmeIds.length > 0);

export type TMissingFactRank = { fact: TFactKey; programmeIds: string[] };

/**
 * Unanswered facts ranked by how many undecided programmes they could settle, for
 * prompts like "1 more answer may decide 2 programmes". Only `unknown` outcomes count:
 * an answer cannot rescue a programme that is already ineligible.
 */
export const rankMissingFacts = (outcomes: readonly TProgrammeOutcome[]): TMissingFactRank[] => {
  const ranks = new Map<TFactKey, string[]>();
  for (const outcome of outcomes.filter((o) => o.status === "unknown")) {
    for (const fact of outcome.missingFacts) ranks.set(fact, [...(ranks.get(fact) ?? []), outcome.programmeId]);
  }

  return [...ranks.entries()]
    .map(([fact, programmeIds]) => ({ fact, programmeIds }))
    .sort((a, b) => b.programmeIds.length - a.programmeIds.length || FACT_KEYS.indexOf(a.fact) - FACT_KEYS.indexOf(b.fact));
};

/**
 * The next question worth asking: for each undecided programme, the first of its
 * missing facts (criteria in authored order, then the formula) that the person has not
 * already said they don't know; the fact that is "next" for the most programmes wins,
 * ties in catalogue order. Asking a programme's own first condition first means a "no"
 * (not a returning youth) settles it before its later questions (registration date) are
 * ever asked. Null when no answer can change any outcome.
 */
export const pickNextQuestion = (outcomes: readonly TProgrammeOutcome[], skipped: ReadonlySet<TFactKey> = new Set()): TMissingFactRank | null => {
  const votes = new Map<TFactKey, string[]>();
  for (const outcome of outcomes.filter((o) => o.status === "unknown")) {
    const next = outcome.missingFacts.find((fact) => !skipped.has(fact));
    if (next) votes.set(next, [...(votes.get(next) ?? []), outcome.programmeId]);
  }
  const [best] = [...votes.entries()]
    .map(([fact, programmeIds]) => ({ fact, programmeIds }))
    .sort((a, b) => b.programmeIds.length - a.programmeIds.length || FACT_KEYS.indexOf(a.fact) - FACT_KEYS.indexOf(b.fact));

  return best ?? null;
};
