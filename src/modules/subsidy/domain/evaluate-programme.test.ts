import { describe, expect, it } from "vitest";
import { ZProgrammeOutcome, type TProgrammeVersion } from "../schemas";
import { SEED_PROGRAMME_VERSIONS } from "../seed-programmes";
import { evaluateProgramme, isInEffect, retiredRangeEnd } from "./evaluate-programme";
import { formatTrace } from "./trace";

const yuan = (n: number) => n * 100;
const money = (fen: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(fen / 100);

const findVersion = (programmeId: string, version: number): TProgrammeVersion => {
  const found = SEED_PROGRAMME_VERSIONS.find((v) => v.programmeId === programmeId && v.version === version);
  if (!found) throw new Error(`${programmeId} v${version} not seeded`);

  return found;
};

const TURNOVER_REWARD = findVersion("cbec-turnover-reward", 2);
const WAREHOUSE = findVersion("overseas-warehouse-build", 2);
const ESTABLISHED = { subjectType: "enterprise", registeredOn: "2019-04-01", annualTurnoverFen: yuan(12_000_000) } as const;

describe("evaluateProgramme", () => {
  it("is eligible with a range when every criterion is met", () => {
    const outcome = evaluateProgramme(TURNOVER_REWARD, { ...ESTABLISHED, annualCbecTurnoverFen: yuan(10_000_000) }, "2026-06-30");
    expect(outcome).toMatchObject({ status: "eligible", criteriaStatus: "met", amount: { minFen: yuan(500_000), maxFen: yuan(800_000) }, missingFacts: [] });
    expect(outcome.criteria.map((leaf) => leaf.status)).toEqual(["met", "met", "met", "met"]);
    expect(ZProgrammeOutcome.parse(outcome)).toEqual(outcome);
  });

  it("is ineligible with any unmet criterion, even when others are unknown", () => {
    const outcome = evaluateProgramme(TURNOVER_REWARD, { subjectType: "enterprise", annualCbecTurnoverFen: yuan(800_000) }, "2026-06-30");
    expect(outcome.status).toBe("ineligible");
    expect(outcome.amount).toBeNull();
    expect(outcome.missingFacts).toEqual([]);
    const turnover = outcome.criteria.find((leaf) => leaf.id === "cbec-turnover-over-5m");
    expect(turnover).toMatchObject({ status: "unmet", gap: { kind: "money", amountFen: yuan(4_200_000) } });
    expect(outcome.criteria.filter((leaf) => leaf.status === "unknown").map((leaf) => leaf.fact)).toEqual(["annualTurnoverFen", "registeredOn"]);
  });

  it("is unknown, never ineligible, when only answers are missing, and lists them", () => {
    const outcome = evaluateProgramme(TURNOVER_REWARD, { subjectType: "enterprise" }, "2026-06-30");
    expect(outcome).toMatchObject({ status: "unknown", amount: null });
    expect(outcome.missingFacts).toEqual(["annualCbecTurnoverFen", "annualTurnoverFen", "registeredOn"]);
  });

  it("is unknown when the criteria are met but the amount needs a missing fact", () => {
    const training = findVersion("training-subsidy", 2);
    const facts = { subjectType: "cooperative", completedRecognisedTraining: true, peopleTrained: 2 } as const;
    expect(evaluateProgramme(training, facts, "2026-06-30").amount).toEqual({ minFen: yuan(3_000), maxFen: yuan(3_000) });
    const youth = findVersion("returning-youth", 1);
    const outcome = evaluateProgramme(youth, { isReturningYouth: true, registeredOn: "2027-01-01", annualPremisesRentFen: yuan(6_000) }, "2027-06-30");
    expect(outcome).toMatchObject({ status: "unknown", criteriaStatus: "met", missingFacts: ["annualUtilitiesFen"], benefit: { status: "missing_facts" } });
  });

  it("gives the registration gap and the date eligibility starts", () => {
    const outcome = evaluateProgramme(WAREHOUSE, { ...ESTABLISHED, registeredOn: "2025-11-30", overseasWarehouseInvestmentFen: yuan(2_000_000) }, "2026-06-30");
    const registered = outcome.criteria.find((leaf) => leaf.id === "common-registered-1y");
    expect(registered).toMatchObject({
      status: "unmet",
      gap: { kind: "duration", monthsElapsed: 7, monthsRequired: 12, eligibleFrom: "2026-11-30" },
      message: { key: "gap.anniversary_not_yet" },
    });
  });

  it("carries the rule version and legal reference on the outcome and on every criterion", () => {
    const outcome = evaluateProgramme(WAREHOUSE, {}, "2026-06-30");
    expect(outcome.rule).toMatchObject({ programmeId: "overseas-warehouse-build", version: 2, legalRef: { docNumber: null, citedIn: "seed 002 §4.1" } });
    expect(outcome.criteria.every((leaf) => leaf.rule.version === 2 && leaf.rule.legalRef.title === outcome.rule.legalRef.title)).toBe(true);
  });

  it("explains the amount: '30% × 20,000,000 = 6,000,000; capped at 5,000,000'", () => {
    const outcome = evaluateProgramme(WAREHOUSE, { ...ESTABLISHED, overseasWarehouseInvestmentFen: yuan(20_000_000) }, "2026-06-30");
    expect(outcome.amount).toEqual({ minFen: yuan(5_000_000), maxFen: yuan(5_000_000) });
    expect(formatTrace(outcome.benefit.trace, money)).toBe("30% × 20,000,000 = 6,000,000; capped at 5,000,000");
  });

  it("is eligible without an amount when the benefit is not quantified", () => {
    const outcome = evaluateProgramme(findVersion("green-cert-export", 2), { holdsGreenCertification: true }, "2026-06-30");
    expect(outcome).toMatchObject({ status: "eligible", amount: null, benefit: { status: "not_quantified" } });
  });

  it("flags proposals and whether the version is in force on the date", () => {
    const small = findVersion("rural-cbec-small-reward", 1);
    const outcome = evaluateProgramme(small, { subjectType: "individual_farmer", annualCbecTurnoverFen: yuan(800_000) }, "2026-06-30");
    expect(outcome).toMatchObject({ proposed: true, inForce: false, status: "eligible", amount: { minFen: yuan(24_000) } });
    expect(evaluateProgramme(findVersion("cbec-turnover-reward", 1), {}, "2026-06-30").inForce).toBe(false);
    expect(evaluateProgramme(TURNOVER_REWARD, {}, "2026-06-30").inForce).toBe(true);
  });

  it("treats effective ranges as inclusive at both ends", () => {
    const v1 = findVersion("cbec-turnover-reward", 1);
    expect(isInEffect(v1, "2022-01-01")).toBe(true);
    expect(isInEffect(v1, "2025-12-31")).toBe(true);
    expect(isInEffect(v1, "2026-01-01")).toBe(false);
    expect(isInEffect(TURNOVER_REWARD, "2099-01-01")).toBe(true);
  });
});

describe("retiredRangeEnd", () => {
  it("closes an open range today, or on its first day when that is ahead, and keeps a closed end", () => {
    expect(retiredRangeEnd({ effectiveFrom: "2026-01-01", effectiveTo: null }, "2026-11-23")).toBe("2026-11-23");
    expect(retiredRangeEnd({ effectiveFrom: "2027-01-01", effectiveTo: null }, "2026-11-23")).toBe("2027-01-01");
    expect(retiredRangeEnd({ effectiveFrom: "2026-01-01", effectiveTo: "2027-12-31" }, "2026-11-23")).toBe("2027-12-31");
  });
});
