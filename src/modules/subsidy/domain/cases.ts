import { ZProgrammeVersion, type TAmountRange, type TExampleCase, type TOutcomeStatus, type TProgrammeVersion } from "../schemas";
import { evaluateProgramme, isInEffect } from "./evaluate-programme";

// Example cases are data on the version, in the OpenFisca YAML-test spirit (input,
// period, expected output; eligibility-anchors §2), and publishing is refused while any
// fails (§3 rec. 3): a rule an official cannot demonstrate on examples is not published.

export type TCaseFailure = {
  caseName: string;
  date: string;
  reason: "outside_effective_range" | "status" | "amount";
  expected: { status: TOutcomeStatus; amount: TAmountRange | null };
  actual: { status: TOutcomeStatus; amount: TAmountRange | null };
};

export type TPublishProblem =
  | { code: "invalid_version"; issues: string[] }
  | { code: "no_cases" }
  | { code: "outcome_not_covered"; status: TOutcomeStatus }
  | { code: "case_failed"; failure: TCaseFailure };

export class PublishRefusedError extends Error {
  readonly problems: TPublishProblem[];

  constructor(version: Pick<TProgrammeVersion, "programmeId" | "version">, problems: TPublishProblem[]) {
    super(`refusing to publish ${version.programmeId} v${version.version}: ${problems.map((p) => p.code).join(", ")}`);
    this.name = "PublishRefusedError";
    this.problems = problems;
  }
}

const sameAmount = (a: TAmountRange | null, b: TAmountRange | null): boolean =>
  a === null || b === null ? a === b : a.minFen === b.minFen && a.maxFen === b.maxFen;

const runCase = (version: TProgrammeVersion, example: TExampleCase): TCaseFailure | null => {
  const expected = { status: example.expected.status, amount: example.expected.status === "eligible" ? example.expected.amount : null };
  const outcome = evaluateProgramme(version, example.facts, example.date);
  const actual = { status: outcome.status, amount: outcome.amount };
  const failure = { caseName: example.name, date: example.date, expected, actual };
  // A case dated outside the version's range tests rules that never applied on that date.
  if (!isInEffect(version, example.date)) return { ...failure, reason: "outside_effective_range" };
  if (actual.status !== expected.status) return { ...failure, reason: "status" };
  if (expected.status === "eligible" && !sameAmount(actual.amount, expected.amount)) return { ...failure, reason: "amount" };

  return null;
};

/** Runs every example case of a version; an empty list means all pass. */
export const runVersionCases = (version: TProgrammeVersion): TCaseFailure[] =>
  version.cases.map((example) => runCase(version, example)).filter((failure): failure is TCaseFailure => failure !== null);

const REQUIRED_OUTCOMES: readonly TOutcomeStatus[] = ["eligible", "ineligible", "unknown"];

/** Everything that stops a version from being published; empty when it may be. */
export const checkPublishable = (version: TProgrammeVersion): TPublishProblem[] => {
  const parsed = ZProgrammeVersion.safeParse(version);
  if (!parsed.success) {
    return [{ code: "invalid_version", issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }];
  }
  if (version.cases.length === 0) return [{ code: "no_cases" }];
  // One case per outcome, so a rule that says "eligible" to everyone cannot pass on
  // eligible examples alone, and "needs more information" is demonstrated too.
  const covered = new Set(version.cases.map((example) => example.expected.status));
  const uncovered = REQUIRED_OUTCOMES.filter((status) => !covered.has(status)).map((status) => ({ code: "outcome_not_covered" as const, status }));
  const failed = runVersionCases(version).map((failure) => ({ code: "case_failed" as const, failure }));

  return [...uncovered, ...failed];
};

/** Throws PublishRefusedError unless every case passes and all three outcomes are covered. */
export const assertPublishable = (version: TProgrammeVersion): void => {
  const problems = checkPublishable(version);
  if (problems.length > 0) throw new PublishRefusedError(version, problems);
};
