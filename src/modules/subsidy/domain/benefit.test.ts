import { describe, expect, it } from "vitest";
import type { TBenefitFormula } from "../schemas";
import { applyBps, collectFormulaFacts, computeBenefit } from "./benefit";
import { formatBps, formatTrace } from "./trace";

const yuan = (n: number) => n * 100;
// Plain yuan with grouping, as the papers write amounts.
const money = (fen: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(fen / 100);

const WAREHOUSE: TBenefitFormula = {
  kind: "cap",
  maxFen: yuan(5_000_000),
  of: { kind: "percent_of", fact: "overseasWarehouseInvestmentFen", bps: 3_000 },
};

describe("rounding", () => {
  it("floors to the fen, never rounding a grant up", () => {
    expect(applyBps(1_234_567, 5_000)).toBe(617_283); // 617,283.5
    expect(applyBps(999, 3_333)).toBe(332); // 332.9667
    expect(applyBps(1, 9_999)).toBe(0);
  });

  it("stays exact beyond 2^53 intermediate products", () => {
    // 9e14 fen × 8000 bps = 7.2e18: a float product would lose the last fen.
    expect(applyBps(900_000_000_000_001, 8_000)).toBe(720_000_000_000_000);
  });
});

describe("formulas", () => {
  it("percent_of with a cap: '30% × 20,000,000 = 6,000,000; capped at 5,000,000'", () => {
    const result = computeBenefit(WAREHOUSE, { overseasWarehouseInvestmentFen: yuan(20_000_000) });
    expect(result).toMatchObject({ status: "computed", minFen: yuan(5_000_000), maxFen: yuan(5_000_000) });
    expect(formatTrace(result.trace, money)).toBe("30% × 20,000,000 = 6,000,000; capped at 5,000,000");
    expect(result.trace.map((step) => step.key)).toEqual(["trace.percent_of", "trace.cap_applied"]);
  });

  it("cap not reached: '30% × 12,000,000 = 3,600,000; 5,000,000 cap not reached'", () => {
    const result = computeBenefit(WAREHOUSE, { overseasWarehouseInvestmentFen: yuan(12_000_000) });
    expect(result).toMatchObject({ status: "computed", minFen: yuan(3_600_000), maxFen: yuan(3_600_000) });
    expect(formatTrace(result.trace, money)).toBe("30% × 12,000,000 = 3,600,000; 5,000,000 cap not reached");
  });

  it("percent_band_of gives a range: '5%–8% of turnover'", () => {
    const result = computeBenefit({ kind: "percent_band_of", fact: "annualCbecTurnoverFen", minBps: 500, maxBps: 800 }, { annualCbecTurnoverFen: yuan(10_000_000) });
    expect(result).toMatchObject({ minFen: yuan(500_000), maxFen: yuan(800_000) });
    expect(formatTrace(result.trace, money)).toBe("5%–8% × 10,000,000 = 500,000–800,000");
  });

  it("a cap cuts a band's top, and its bottom only when the bottom exceeds it too", () => {
    const band: TBenefitFormula = { kind: "cap", maxFen: yuan(600_000), of: { kind: "percent_band_of", fact: "annualCbecTurnoverFen", minBps: 500, maxBps: 800 } };
    expect(computeBenefit(band, { annualCbecTurnoverFen: yuan(10_000_000) })).toMatchObject({ minFen: yuan(500_000), maxFen: yuan(600_000) });
    expect(computeBenefit(band, { annualCbecTurnoverFen: yuan(20_000_000) })).toMatchObject({ minFen: yuan(600_000), maxFen: yuan(600_000) });
  });

  it("per_unit: '1,500 × 3 = 4,500'", () => {
    const result = computeBenefit({ kind: "per_unit", fact: "peopleTrained", amountFen: yuan(1_500) }, { peopleTrained: 3 });
    expect(result).toMatchObject({ minFen: yuan(4_500), maxFen: yuan(4_500) });
    expect(formatTrace(result.trace, money)).toBe("1,500 × 3 = 4,500");
  });

  it("per_unit_band: '3,000–5,000 × 2 = 6,000–10,000'", () => {
    const formula: TBenefitFormula = { kind: "per_unit_band", fact: "overseasTrademarksRegistered", minAmountFen: yuan(3_000), maxAmountFen: yuan(5_000) };
    const result = computeBenefit(formula, { overseasTrademarksRegistered: 2 });
    expect(result).toMatchObject({ minFen: yuan(6_000), maxFen: yuan(10_000) });
    expect(formatTrace(result.trace, money)).toBe("3,000–5,000 × 2 = 6,000–10,000");
  });

  it("fixed and band need no facts", () => {
    expect(computeBenefit({ kind: "fixed", amountFen: yuan(2_000) }, {})).toMatchObject({ minFen: yuan(2_000), maxFen: yuan(2_000) });
    const band = computeBenefit({ kind: "band", minFen: yuan(5_000), maxFen: yuan(10_000) }, {});
    expect(band).toMatchObject({ minFen: yuan(5_000), maxFen: yuan(10_000) });
    expect(formatTrace(band.trace, money)).toBe("band 5,000–10,000");
  });

  it("sum adds ranges and traces every part", () => {
    const formula: TBenefitFormula = {
      kind: "sum",
      of: [
        { kind: "percent_of", fact: "annualPremisesRentFen", bps: 10_000 },
        { kind: "percent_of", fact: "annualUtilitiesFen", bps: 5_000 },
        { kind: "band", minFen: 0, maxFen: yuan(1_000) },
      ],
    };
    const result = computeBenefit(formula, { annualPremisesRentFen: yuan(12_000), annualUtilitiesFen: yuan(3_000) });
    expect(result).toMatchObject({ minFen: yuan(13_500), maxFen: yuan(14_500) });
    expect(formatTrace(result.trace, money)).toBe("100% × 12,000 = 12,000; 50% × 3,000 = 1,500; band 0–1,000; total 13,500–14,500");
  });

  it("a missing fact makes the amount unknown, never zero", () => {
    expect(computeBenefit(WAREHOUSE, {})).toEqual({
      status: "missing_facts",
      missingFacts: ["overseasWarehouseInvestmentFen"],
      trace: [{ key: "trace.missing", params: { fact: "overseasWarehouseInvestmentFen" } }],
    });
    const sum = computeBenefit(
      { kind: "sum", of: [{ kind: "percent_of", fact: "annualPremisesRentFen", bps: 10_000 }, { kind: "percent_of", fact: "annualUtilitiesFen", bps: 5_000 }] },
      { annualPremisesRentFen: yuan(1) },
    );
    expect(sum).toMatchObject({ status: "missing_facts", missingFacts: ["annualUtilitiesFen"] });
  });

  it("not_quantified says so instead of inventing an amount", () => {
    const result = computeBenefit({ kind: "not_quantified" }, {});
    expect(result.status).toBe("not_quantified");
    expect(formatTrace(result.trace, money)).toBe("amount not set by the rules");
  });

  it("lists the facts a formula reads", () => {
    expect(collectFormulaFacts(WAREHOUSE)).toEqual(["overseasWarehouseInvestmentFen"]);
    expect(collectFormulaFacts({ kind: "fixed", amountFen: 1 })).toEqual([]);
  });
});

describe("formatBps", () => {
  it.each([
    [3_000, "30%"],
    [550, "5.5%"],
    [1, "0.01%"],
    [10_000, "100%"],
    [0, "0%"],
  ])("%i bps is %s", (bps, text) => expect(formatBps(bps)).toBe(text));
});
