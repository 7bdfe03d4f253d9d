import { describe, expect, it } from "vitest";
import type { TProgrammeVersion } from "../schemas";
import { ZProgrammeVersion } from "../schemas";
import { SEED_PROGRAMME_VERSIONS } from "../seed-programmes";
import { runVersionCases } from "./cases";
import { pickNextQuestion } from "./questionnaire";
import { applyParameterEdits, diffVersions, listEditableParameters, redateCases } from "./reform";
import { screenAll } from "./screen";

const seed = (programmeId: string, version: number) => SEED_PROGRAMME_VERSIONS.find((v) => v.programmeId === programmeId && v.version === version) as TProgrammeVersion;
const reward = seed("cbec-turnover-reward", 2);

describe("listEditableParameters", () => {
  it("lists every threshold, duration, rate, cap and amount with its kind", () => {
    expect(listEditableParameters(reward).map((p) => [p.key, p.kind, p.value])).toEqual([
      ["c:cbec-turnover-over-5m", "money_fen", 500_000_000],
      ["c:common-turnover-over-2m", "money_fen", 200_000_000],
      ["c:common-registered-1y", "months", 12],
      ["b:0:minBps", "bps", 500],
      ["b:0:maxBps", "bps", 800],
    ]);
    expect(listEditableParameters(seed("overseas-warehouse-build", 2)).map((p) => p.key)).toEqual([
      "c:warehouse-investment",
      "c:common-turnover-over-2m",
      "c:common-registered-1y",
      "b:0:maxFen",
      "b:0.0:bps",
    ]);
    expect(listEditableParameters(seed("returning-youth", 1)).map((p) => p.key)).toEqual(["c:within-first-two-years", "b:0.0:bps", "b:0.1:bps"]);
  });
});

describe("applyParameterEdits", () => {
  it("changes only the named numbers and keeps the rule valid", () => {
    const edited = applyParameterEdits(reward, { "c:cbec-turnover-over-5m": 50_000_000, "c:common-registered-1y": 6, "b:0:maxBps": 1000, "c:nope": 1 });
    expect(ZProgrammeVersion.safeParse(edited).success).toBe(true);
    expect(listEditableParameters(edited).map((p) => p.value)).toEqual([50_000_000, 200_000_000, 6, 500, 1000]);
    expect(applyParameterEdits(reward, { "c:common-registered-1y": 24 }).criteria).toMatchObject({ of: [{}, {}, {}, { atLeast: { years: 2 } }] });
    expect(listEditableParameters(reward)[0]?.value).toBe(500_000_000);
  });

  it("reaches inside caps and sums", () => {
    const warehouse = applyParameterEdits(seed("overseas-warehouse-build", 2), { "b:0:maxFen": 100, "b:0.0:bps": 2000 });
    expect(warehouse.benefit).toEqual({ kind: "cap", maxFen: 100, of: { kind: "percent_of", fact: "overseasWarehouseInvestmentFen", bps: 2000 } });
  });
});

describe("diffVersions", () => {
  it("reports changed numbers and dates one by one, and shape changes by part", () => {
    const draft: TProgrammeVersion = { ...applyParameterEdits(reward, { "c:cbec-turnover-over-5m": 50_000_000 }), version: 3, status: "draft", effectiveFrom: "2027-01-01" };
    expect(diffVersions(reward, draft)).toEqual({
      parameters: [{ key: "c:cbec-turnover-over-5m", kind: "money_fen", labelKey: "criteria.cbec_turnover_over_5m", field: "value", before: 500_000_000, after: 50_000_000 }],
      effectiveFrom: { before: "2026-01-01", after: "2027-01-01" },
      effectiveTo: null,
      otherChanges: [],
    });
    const reshaped: TProgrammeVersion = { ...reward, criteria: { op: "all", of: [{ op: "is_true", fact: "isReturningYouth" }] } };
    expect(diffVersions(reward, reshaped).otherChanges).toEqual(["criteria"]);
  });
});

describe("redateCases", () => {
  it("moves cases into the new range by whole months with their registration dates, so they still pass", () => {
    const warehouse = seed("overseas-warehouse-build", 2);
    const cases = redateCases(warehouse.cases, "2027-03-01");
    expect(cases.every((c) => c.date >= "2027-03-01")).toBe(true);
    // 2026-06-30 + 8 months has no 30 February: the 1st of March.
    expect(cases[0]?.date).toBe("2027-03-01");
    expect(cases[2]?.facts.registeredOn).toBe("2026-07-30");
    expect(runVersionCases({ ...warehouse, effectiveFrom: "2027-03-01", cases })).toEqual([]);
  });

  it("leaves cases already in range alone", () => {
    expect(redateCases(reward.cases, "2026-01-01")).toEqual(reward.cases);
  });
});

describe("pickNextQuestion", () => {
  const proposedAndInForce = SEED_PROGRAMME_VERSIONS;

  it("asks who you are first, then a farmer only what can still change an outcome", () => {
    expect(pickNextQuestion(screenAll(proposedAndInForce, {}, "2026-06-30"))?.fact).toBe("subjectType");
    const farmer = screenAll(proposedAndInForce, { subjectType: "individual_farmer" }, "2026-06-30");
    const next = pickNextQuestion(farmer);
    expect(next?.fact).toBe("annualCbecTurnoverFen");
    const asked = new Set<string>();
    let facts: Record<string, unknown> = { subjectType: "individual_farmer" };
    for (let step = 0; step < 40; step += 1) {
      const question = pickNextQuestion(screenAll(proposedAndInForce, facts, "2026-06-30"));
      if (!question) break;
      expect(asked.has(question.fact)).toBe(false);
      asked.add(question.fact);
      // Answer "no" / zero to everything.
      facts = { ...facts, [question.fact]: question.fact === "registeredOn" ? "2020-01-01" : question.fact === "fragileGoods" ? [] : typeof facts[question.fact] === "boolean" ? false : 0 };
      if (["completedRecognisedTraining", "holdsGreenCertification", "isReturningYouth", "badDebtDocumented", "isRecognisedPark", "isSecondedEasternProfessional"].includes(question.fact)) facts[question.fact] = false;
    }
    // Enterprise-only facts are never asked of a farmer; neither is registration once "not returning youth".
    for (const fact of ["annualTurnoverFen", "overseasWarehouseInvestmentFen", "registeredOn", "isRecognisedPark", "beltAnnualCbecTurnoverFen", "qualifiedTrainees"]) expect(asked.has(fact), fact).toBe(false);
  });

  it("skips facts the person does not know and ends when nothing can change", () => {
    const outcomes = screenAll([seed("rural-cbec-small-reward", 1)], { subjectType: "cooperative" }, "2027-06-30");
    expect(pickNextQuestion(outcomes)?.fact).toBe("annualCbecTurnoverFen");
    expect(pickNextQuestion(outcomes, new Set(["annualCbecTurnoverFen"]))).toBeNull();
  });
});
