import { describe, expect, it } from "vitest";
import type { TProgrammeVersion } from "../schemas";
import { IN_FORCE_PROGRAMME_IDS, SEED_PROGRAMME_VERSIONS } from "../seed-programmes";
import type { TFacts } from "./facts";
import { draftThresholdChange } from "./reform";
import { simulatePolicyChange } from "./simulate";

const yuan = (n: number) => n * 100;
const DATE = "2026-06-30";
const findVersion = (programmeId: string, version: number): TProgrammeVersion => {
  const found = SEED_PROGRAMME_VERSIONS.find((v) => v.programmeId === programmeId && v.version === version);
  if (!found) throw new Error(`${programmeId} v${version} not seeded`);

  return found;
};

// A made-up population of 25 rural sellers shaped like seed 002 §4.1: most turn over
// less than ¥1,000,000 a year. It demonstrates the mechanism, not the paper's survey.
const seller = (cbecYuan: number, countyCode: string, subjectType: TFacts["subjectType"] = "micro_small_enterprise"): TFacts => ({
  subjectType,
  countyCode,
  registeredOn: "2022-03-01",
  annualTurnoverFen: yuan(Math.round(cbecYuan * 1.2)),
  annualCbecTurnoverFen: yuan(cbecYuan),
});
const MEITAN = "520328";
const TAIJIANG = "522630";
const POPULATION: TFacts[] = [
  // 3 large exporters already rewarded today (12%).
  seller(6_000_000, MEITAN, "enterprise"),
  seller(8_000_000, MEITAN, "enterprise"),
  seller(12_000_000, TAIJIANG, "enterprise"),
  // 12 between ¥500,000 and ¥2,000,000: reached only by the lower threshold.
  ...[500_000, 600_000, 650_000, 700_000, 800_000, 900_000].map((t) => seller(t, MEITAN, "individual_farmer")),
  ...[1_000_000, 1_200_000, 1_500_000, 1_800_000, 1_900_000, 2_000_000].map((t) => seller(t, TAIJIANG, "cooperative")),
  // 10 below ¥500,000: still out of reach.
  ...[50_000, 80_000, 100_000, 150_000, 200_000, 250_000, 300_000, 350_000, 400_000, 499_999].map((t) => seller(t, TAIJIANG, "individual_farmer")),
];

const IN_FORCE_2026 = SEED_PROGRAMME_VERSIONS.filter((v) => IN_FORCE_PROGRAMME_IDS.includes(v.programmeId) && v.version === 2);

describe("simulatePolicyChange", () => {
  it("adding the ¥500,000–¥2,000,000 sub-fund lifts the share with any support from 12% to 60% here", () => {
    const result = simulatePolicyChange(IN_FORCE_2026, [...IN_FORCE_2026, findVersion("rural-cbec-small-reward", 1)], POPULATION, DATE);
    expect(result.populationSize).toBe(25);
    expect(result.before).toMatchObject({ eligible: 3, shareEligibleBps: 1_200 });
    expect(result.after).toMatchObject({ eligible: 15, shareEligibleBps: 6_000 });
    expect(result.newlyEligible).toBe(12);
    expect(result.noLongerEligible).toBe(0);
    // 5%–8% of ¥26M for the three exporters before; plus 3% of ¥13,550,000 after.
    expect(result.before).toMatchObject({ totalMinFen: yuan(1_300_000), totalMaxFen: yuan(2_080_000) });
    expect(result.after.totalMinFen - result.before.totalMinFen).toBe(yuan(406_500));
    expect(result.byCounty[MEITAN]).toEqual({ population: 8, eligibleBefore: 2, eligibleAfter: 8, newlyEligible: 6, noLongerEligible: 0 });
    expect(result.byCounty[TAIJIANG]).toEqual({ population: 17, eligibleBefore: 1, eligibleAfter: 7, newlyEligible: 6, noLongerEligible: 0 });
    expect(result.changes).toHaveLength(12);
    // Unknown rather than ineligible before: nobody answered the training or certificate questions.
    expect(result.changes[0]).toMatchObject({ index: 3, countyCode: MEITAN, before: "unknown", after: "eligible", afterAmount: { minFen: yuan(15_000) } });
  });

  it("lowering a threshold inside one programme: the common ¥2,000,000 turnover threshold to ¥500,000", () => {
    const current = findVersion("overseas-warehouse-build", 2);
    const lowered = draftThresholdChange(current, "common-turnover-over-2m", yuan(500_000), "2027-01-01");
    const builders: TFacts[] = [900_000, 1_500_000, 2_500_000, 300_000].map((turnover) => ({
      subjectType: "micro_small_enterprise",
      registeredOn: "2021-01-01",
      annualTurnoverFen: yuan(turnover),
      overseasWarehouseInvestmentFen: yuan(1_000_000),
    }));
    const result = simulatePolicyChange(current, lowered, builders, DATE);
    expect([result.before.eligible, result.after.eligible, result.newlyEligible]).toEqual([1, 3, 2]);
    expect(result.after.totalMaxFen).toBe(3 * yuan(300_000));
  });

  it("counts subjects who lose support and keeps unknowns apart", () => {
    const current = findVersion("cbec-turnover-reward", 2);
    const raised = draftThresholdChange(current, "cbec-turnover-over-5m", yuan(7_000_000), "2027-01-01");
    const population: TFacts[] = [seller(6_000_000, MEITAN, "enterprise"), seller(9_000_000, MEITAN, "enterprise"), { subjectType: "enterprise" }];
    const result = simulatePolicyChange(current, raised, population, DATE);
    expect(result.before).toMatchObject({ eligible: 2, unknown: 1, ineligible: 0 });
    expect(result.after).toMatchObject({ eligible: 1, unknown: 1, ineligible: 1 });
    expect(result.noLongerEligible).toBe(1);
    expect(result.byCounty.unknown).toMatchObject({ population: 1 });
  });

  it("handles an empty population", () => {
    const result = simulatePolicyChange(IN_FORCE_2026, IN_FORCE_2026, [], DATE);
    expect(result.before).toEqual({ eligible: 0, unknown: 0, ineligible: 0, shareEligibleBps: 0, totalMinFen: 0, totalMaxFen: 0 });
  });
});
