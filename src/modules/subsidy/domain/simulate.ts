import type { TAmountRange, TOutcomeStatus, TProgrammeVersion } from "../schemas";
import type { TIsoDate } from "./dates";
import { evaluateProgramme } from "./evaluate-programme";
import type { TFacts } from "./facts";

// What-if before publishing (eligibility-anchors §3 rec. 4; PolicyEngine reforms):
// run the current and the proposed rules over the same subjects and report who
// switches. Seed 002 §5.1.1 expects lowering the turnover threshold from 2,000,000 to
// 500,000 to lift the share of rural subjects with any support from 12% to 60%.

/** One version, or a set of programmes read as "gets any support from this set". */
export type TPolicySet = TProgrammeVersion | readonly TProgrammeVersion[];

export type TSimulationSide = {
  eligible: number;
  unknown: number;
  ineligible: number;
  // Whole basis points of the population, floored: 1200 = 12%.
  shareEligibleBps: number;
  totalMinFen: number;
  totalMaxFen: number;
};

export type TSimulationChange = {
  index: number;
  countyCode: string | null;
  before: TOutcomeStatus;
  after: TOutcomeStatus;
  beforeAmount: TAmountRange;
  afterAmount: TAmountRange;
};

export type TCountySimulation = { population: number; eligibleBefore: number; eligibleAfter: number; newlyEligible: number; noLongerEligible: number };

export type TPolicySimulation = {
  date: TIsoDate;
  populationSize: number;
  before: TSimulationSide;
  after: TSimulationSide;
  newlyEligible: number;
  noLongerEligible: number;
  // Subjects whose status or amount changed, for the official's drill-down.
  changes: TSimulationChange[];
  byCounty: Record<string, TCountySimulation>;
};

type TSubjectVerdict = { status: TOutcomeStatus; amount: TAmountRange };

const toList = (set: TPolicySet): readonly TProgrammeVersion[] => (Array.isArray(set) ? set : [set as TProgrammeVersion]);

const judgeSubject = (versions: readonly TProgrammeVersion[], facts: TFacts, date: TIsoDate): TSubjectVerdict => {
  const outcomes = versions.map((version) => evaluateProgramme(version, facts, date));
  const eligible = outcomes.filter((outcome) => outcome.status === "eligible");
  const status: TOutcomeStatus =
    eligible.length > 0 ? "eligible" : outcomes.some((outcome) => outcome.status === "unknown") ? "unknown" : "ineligible";
  const amount = eligible.reduce(
    (total, outcome) => ({ minFen: total.minFen + (outcome.amount?.minFen ?? 0), maxFen: total.maxFen + (outcome.amount?.maxFen ?? 0) }),
    { minFen: 0, maxFen: 0 },
  );

  return { status, amount };
};

const summarise = (verdicts: readonly TSubjectVerdict[]): TSimulationSide => {
  const count = (status: TOutcomeStatus) => verdicts.filter((verdict) => verdict.status === status).length;
  const eligible = count("eligible");

  return {
    eligible,
    unknown: count("unknown"),
    ineligible: count("ineligible"),
    shareEligibleBps: verdicts.length === 0 ? 0 : Math.floor((eligible * 10_000) / verdicts.length),
    totalMinFen: verdicts.reduce((total, verdict) => total + verdict.amount.minFen, 0),
    totalMaxFen: verdicts.reduce((total, verdict) => total + verdict.amount.maxFen, 0),
  };
};

const tallyCounties = (population: readonly TFacts[], before: TSubjectVerdict[], after: TSubjectVerdict[]): Record<string, TCountySimulation> => {
  const counties: Record<string, TCountySimulation> = {};
  population.forEach((facts, index) => {
    const key = facts.countyCode ?? "unknown";
    const county = (counties[key] ??= { population: 0, eligibleBefore: 0, eligibleAfter: 0, newlyEligible: 0, noLongerEligible: 0 });
    const wasEligible = before[index]?.status === "eligible";
    const isEligible = after[index]?.status === "eligible";
    county.population += 1;
    county.eligibleBefore += wasEligible ? 1 : 0;
    county.eligibleAfter += isEligible ? 1 : 0;
    county.newlyEligible += !wasEligible && isEligible ? 1 : 0;
    county.noLongerEligible += wasEligible && !isEligible ? 1 : 0;
  });

  return counties;
};

const listChanges = (population: readonly TFacts[], before: TSubjectVerdict[], after: TSubjectVerdict[]): TSimulationChange[] =>
  population.flatMap((facts, index) => {
    const [was, is] = [before[index], after[index]];
    if (!was || !is) return [];
    const unchanged = was.status === is.status && was.amount.minFen === is.amount.minFen && was.amount.maxFen === is.amount.maxFen;

    return unchanged
      ? []
      : [{ index, countyCode: facts.countyCode ?? null, before: was.status, after: is.status, beforeAmount: was.amount, afterAmount: is.amount }];
  });

/** Compares two rule sets over a population of subjects' facts on one date. */
export const simulatePolicyChange = (
  current: TPolicySet,
  proposed: TPolicySet,
  population: readonly TFacts[],
  date: TIsoDate,
): TPolicySimulation => {
  const before = population.map((facts) => judgeSubject(toList(current), facts, date));
  const after = population.map((facts) => judgeSubject(toList(proposed), facts, date));
  const switched = (from: boolean, to: boolean) =>
    before.filter((verdict, index) => (verdict.status === "eligible") === from && (after[index]?.status === "eligible") === to).length;

  return {
    date,
    populationSize: population.length,
    before: summarise(before),
    after: summarise(after),
    newlyEligible: switched(false, true),
    noLongerEligible: switched(true, false),
    changes: listChanges(population, before, after),
    byCounty: tallyCounties(population, before, after),
  };
};
