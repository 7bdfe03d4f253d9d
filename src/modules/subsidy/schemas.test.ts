import { describe, expect, it } from "vitest";
import { ZBenefitFormula, ZCriterion, ZFacts, ZProgrammeVersion } from "./schemas";
import { SEED_PROGRAMME_VERSIONS } from "./seed-programmes";

const firstIssue = (result: { success: boolean; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } }) => result.error?.issues[0];

describe("ZCriterion", () => {
  it("accepts every operator, nested", () => {
    const criteria = {
      op: "all",
      id: "root",
      of: [
        { op: "compare", fact: "annualCbecTurnoverFen", cmp: "gt", value: 500_000_000 },
        { op: "in", fact: "subjectType", values: ["enterprise"] },
        { op: "any", of: [{ op: "is_true", fact: "isReturningYouth" }, { op: "not", of: { op: "in", fact: "fragileGoods", values: ["pottery"] } }] },
        { op: "anniversary", fact: "registeredOn", atLeast: { years: 1, months: 6 }, before: "assessment_date", labelKey: "criteria.x" },
        { op: "compare", fact: "registeredOn", cmp: "lt", value: "2025-01-01" },
        { op: "in", fact: "countyCode", values: ["520328"] },
      ],
    };
    expect(ZCriterion.parse(criteria)).toEqual(criteria);
  });

  it("rejects an unknown operator", () => {
    const result = ZCriterion.safeParse({ op: "xor", of: [] });
    expect(result.success).toBe(false);
    expect(firstIssue(result)?.path).toEqual(["op"]);
  });

  it("rejects a fact that is not in the catalogue, however deep", () => {
    const result = ZCriterion.safeParse({ op: "all", of: [{ op: "not", of: { op: "is_true", fact: "isFriendOfTheMayor" } }] });
    expect(result.success).toBe(false);
    expect(firstIssue(result)?.path).toEqual(["of", 0, "of", "fact"]);
  });

  it.each([
    ["compare on a boolean fact", { op: "compare", fact: "isRecognisedPark", cmp: "eq", value: 1 }],
    ["is_true on a money fact", { op: "is_true", fact: "annualTurnoverFen" }],
    ["anniversary on a money fact", { op: "anniversary", fact: "annualTurnoverFen", atLeast: { years: 1 }, before: "assessment_date" }],
    ["a date threshold on a money fact", { op: "compare", fact: "annualTurnoverFen", cmp: "gt", value: "2025-01-01" }],
    ["a number threshold on a date fact", { op: "compare", fact: "registeredOn", cmp: "lt", value: 20250101 }],
    ["an impossible date", { op: "compare", fact: "registeredOn", cmp: "lt", value: "2025-02-29" }],
    ["fractional fen", { op: "compare", fact: "annualTurnoverFen", cmp: "gt", value: 100.5 }],
    ["a negative threshold", { op: "compare", fact: "annualTurnoverFen", cmp: "gt", value: -1 }],
    ["a value outside an enum", { op: "in", fact: "subjectType", values: ["landlord"] }],
    ["a malformed county code", { op: "in", fact: "countyCode", values: ["110101"] }],
    ["an empty membership list", { op: "in", fact: "subjectType", values: [] }],
    ["an empty group", { op: "all", of: [] }],
    ["a zero-length anniversary", { op: "anniversary", fact: "registeredOn", atLeast: {}, before: "assessment_date" }],
    ["an unknown comparator", { op: "compare", fact: "annualTurnoverFen", cmp: "approx", value: 1 }],
    ["an extra property", { op: "is_true", fact: "isReturningYouth", weight: 2 }],
  ])("rejects %s", (_name, criterion) => {
    expect(ZCriterion.safeParse(criterion).success).toBe(false);
  });
});

describe("ZBenefitFormula", () => {
  it("accepts composed formulas: '30% of investment, at most 5,000,000' and a sum", () => {
    const formula = {
      kind: "sum",
      of: [
        { kind: "cap", maxFen: 500_000_000, of: { kind: "percent_of", fact: "overseasWarehouseInvestmentFen", bps: 3_000 } },
        { kind: "percent_band_of", fact: "annualCbecTurnoverFen", minBps: 500, maxBps: 800 },
        { kind: "per_unit", fact: "peopleTrained", amountFen: 150_000 },
        { kind: "per_unit_band", fact: "overseasTrademarksRegistered", minAmountFen: 300_000, maxAmountFen: 500_000 },
        { kind: "fixed", amountFen: 1 },
        { kind: "band", minFen: 0, maxFen: 5_000_000 },
        { kind: "not_quantified" },
      ],
    };
    expect(ZBenefitFormula.parse(formula)).toEqual(formula);
  });

  it.each([
    ["negative bps", { kind: "percent_of", fact: "certificationFeePaidFen", bps: -500 }],
    ["fractional bps", { kind: "percent_of", fact: "certificationFeePaidFen", bps: 12.5 }],
    ["more than 100%", { kind: "percent_of", fact: "certificationFeePaidFen", bps: 10_001 }],
    ["a fact not in the catalogue", { kind: "percent_of", fact: "salaryFen", bps: 100 }],
    ["a percentage of a count", { kind: "percent_of", fact: "peopleTrained", bps: 100 }],
    ["a per-unit amount on money", { kind: "per_unit", fact: "annualTurnoverFen", amountFen: 100 }],
    ["an inverted band", { kind: "band", minFen: 10, maxFen: 5 }],
    ["an inverted percentage band", { kind: "percent_band_of", fact: "annualCbecTurnoverFen", minBps: 800, maxBps: 500 }],
    ["an inverted per-unit band", { kind: "per_unit_band", fact: "peopleTrained", minAmountFen: 9, maxAmountFen: 1 }],
    ["a negative cap", { kind: "cap", maxFen: -1, of: { kind: "fixed", amountFen: 1 } }],
    ["a cap over a broken formula", { kind: "cap", maxFen: 1, of: { kind: "fixed", amountFen: 0.5 } }],
    ["an empty sum", { kind: "sum", of: [] }],
    ["an unknown kind", { kind: "lottery" }],
  ])("rejects %s", (_name, formula) => {
    expect(ZBenefitFormula.safeParse(formula).success).toBe(false);
  });
});

describe("ZFacts", () => {
  it("accepts partial answers and null as 'not answered'", () => {
    expect(ZFacts.parse({ subjectType: "cooperative", registeredOn: null, fragileGoods: ["batik"] })).toEqual({
      subjectType: "cooperative",
      registeredOn: null,
      fragileGoods: ["batik"],
    });
  });

  it.each([
    ["a misspelt fact", { anualTurnoverFen: 1 }],
    ["fen given as a float", { annualTurnoverFen: 1.5 }],
    ["negative money", { annualTurnoverFen: -100 }],
    ["a string for money", { annualTurnoverFen: "100" }],
    ["an impossible date", { registeredOn: "2023-02-29" }],
    ["an unknown subject type", { subjectType: "landlord" }],
    ["an unknown fragile good", { fragileGoods: ["tea"] }],
    ["a county outside Guizhou", { countyCode: "110101" }],
    ["a string for a boolean", { isReturningYouth: "yes" }],
  ])("rejects %s", (_name, facts) => {
    expect(ZFacts.safeParse(facts).success).toBe(false);
  });
});

describe("ZProgrammeVersion", () => {
  const [sample] = SEED_PROGRAMME_VERSIONS;
  if (!sample) throw new Error("no seed");

  it("survives a JSON round trip, as it will in a database row", () => {
    expect(ZProgrammeVersion.parse(JSON.parse(JSON.stringify(sample)))).toEqual(sample);
  });

  it("rejects an effective range that ends before it starts", () => {
    expect(ZProgrammeVersion.safeParse({ ...sample, effectiveFrom: "2026-01-01", effectiveTo: "2025-12-31" }).success).toBe(false);
  });

  it("rejects a legal reference link that is not a URL, and an unknown status", () => {
    expect(ZProgrammeVersion.safeParse({ ...sample, legalRef: { ...sample.legalRef, url: "see the paper" } }).success).toBe(false);
    expect(ZProgrammeVersion.safeParse({ ...sample, status: "active" }).success).toBe(false);
  });

  it("rejects a case with a misspelt fact", () => {
    const [example] = sample.cases;
    const broken = { ...sample, cases: [{ ...example, facts: { annualCbecTurnover: 1 } }] };
    expect(ZProgrammeVersion.safeParse(broken).success).toBe(false);
  });
});
