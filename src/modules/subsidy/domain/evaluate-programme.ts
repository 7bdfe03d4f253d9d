import type { TAmountRange, TBenefitResult, TProgrammeOutcome, TProgrammeVersion, TRuleRef, TTriState } from "../schemas";
import { computeBenefit } from "./benefit";
import { evaluateCriteria } from "./criteria";
import { compareIsoDates, type TIsoDate } from "./dates";
import type { TFactKey, TFacts } from "./facts";

export const describeRule = (version: TProgrammeVersion): TRuleRef => ({
  programmeId: version.programmeId,
  version: version.version,
  status: version.status,
  effectiveFrom: version.effectiveFrom,
  effectiveTo: version.effectiveTo,
  legalRef: version.legalRef,
});

/** Whether the version's effective range (inclusive at both ends) covers the date. */
export const isInEffect = (version: Pick<TProgrammeVersion, "effectiveFrom" | "effectiveTo">, date: TIsoDate): boolean =>
  compareIsoDates(version.effectiveFrom, date) <= 0 && (version.effectiveTo === null || compareIsoDates(date, version.effectiveTo) <= 0);

/**
 * The last day a version is in force once it is retired on `today`: an open range closes
 * today (or on its first day, if that is still ahead); a closed range keeps its end.
 */
export const retiredRangeEnd = (version: Pick<TProgrammeVersion, "effectiveFrom" | "effectiveTo">, today: TIsoDate): TIsoDate =>
  version.effectiveTo ?? (compareIsoDates(version.effectiveFrom, today) > 0 ? version.effectiveFrom : today);

const decide = (criteriaStatus: TTriState, benefit: TBenefitResult): TProgrammeOutcome["status"] => {
  if (criteriaStatus === "unmet") return "ineligible";
  if (criteriaStatus === "unknown" || benefit.status === "missing_facts") return "unknown";

  return "eligible";
};

const toAmount = (benefit: TBenefitResult): TAmountRange | null =>
  benefit.status === "computed" ? { minFen: benefit.minFen, maxFen: benefit.maxFen } : null;

/**
 * Evaluates one programme version for one subject on one date. The criteria tree's
 * root decides (Kleene): unmet → ineligible; else unknown → unknown; met → eligible,
 * unless the benefit formula lacks a fact, which leaves the outcome unknown (the
 * subject qualifies but we cannot say for how much). The version is evaluated as given;
 * `inForce` says whether its effective range covers the date, so an application keeps
 * the rule version it was filed under (DESIGN.md "Rules are data").
 */
export const evaluateProgramme = (version: TProgrammeVersion, facts: TFacts, assessmentDate: TIsoDate): TProgrammeOutcome => {
  const rule = describeRule(version);
  const criteria = evaluateCriteria(version.criteria, facts, assessmentDate, rule);
  const benefit = computeBenefit(version.benefit, facts);
  const status = decide(criteria.status, benefit);
  const missingFacts: TFactKey[] =
    status !== "unknown"
      ? []
      : [
          ...new Set([
            ...criteria.leaves.filter((leaf) => leaf.status === "unknown").map((leaf) => leaf.fact),
            ...(benefit.status === "missing_facts" ? benefit.missingFacts : []),
          ]),
        ];

  return {
    programmeId: version.programmeId,
    version: version.version,
    proposed: version.status === "proposed",
    inForce: version.status === "published" && isInEffect(version, assessmentDate),
    assessmentDate,
    status,
    criteriaStatus: criteria.status,
    criteria: criteria.leaves,
    amount: status === "eligible" ? toAmount(benefit) : null,
    benefit,
    missingFacts,
    rule,
    texts: version.texts,
  };
};
