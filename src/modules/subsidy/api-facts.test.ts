import { describe, expect, it } from "vitest";
import { API_FACT_ALIASES, mapApiFacts, parseYuanToFen } from "./api-facts";
import { ZFacts } from "./schemas";

describe("parseYuanToFen", () => {
  it("turns yuan into fen exactly, without floating-point drift", () => {
    expect(parseYuanToFen(0.29)).toBe(29);
    expect(parseYuanToFen(1.15)).toBe(115);
    expect(parseYuanToFen(12345.67)).toBe(1_234_567);
    expect(parseYuanToFen(5_000_000)).toBe(500_000_000);
    expect(parseYuanToFen("800000.5")).toBe(80_000_050);
    expect(parseYuanToFen(" 42 ")).toBe(4_200);
    expect(parseYuanToFen(0)).toBe(0);
  });

  it("refuses negatives, fractions of a fen, exponents, overflow and non-numbers", () => {
    for (const bad of [-1, 0.001, 0.1 + 0.2, 1e21, Number.NaN, Number.POSITIVE_INFINITY, "1e5", "1,000", "-5", "", "abc", true, null, [], {}]) {
      expect(parseYuanToFen(bad), String(bad)).toBeNull();
    }
    expect(parseYuanToFen("90071992547409.91")).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseYuanToFen("90071992547409.92")).toBeNull();
  });
});

describe("mapApiFacts", () => {
  it("maps the issue's names, units and subject types to the domain's", () => {
    const mapped = mapApiFacts({
      subjectType: "micro_enterprise",
      registeredOn: "2020-02-29",
      countyCode: "520328",
      annualCbecTurnoverCny: 800000,
      annualTurnoverCny: "3000000.00",
      overseasWarehouseInvestmentCny: 0,
      trainedPersons: 3,
      certificationFeeCny: 12345.67,
      overseasTrademarks: 2,
      insurancePremiumCny: 8000,
      fragileGoods: ["miao_embroidery", "silverware"],
      smallOrderFreightCny: 6000,
      rcepCertificateFeeCny: 1200,
    });
    expect(mapped).toEqual({
      ok: true,
      facts: {
        subjectType: "micro_small_enterprise",
        registeredOn: "2020-02-29",
        countyCode: "520328",
        annualCbecTurnoverFen: 80_000_000,
        annualTurnoverFen: 300_000_000,
        overseasWarehouseInvestmentFen: 0,
        peopleTrained: 3,
        completedRecognisedTraining: true,
        certificationFeePaidFen: 1_234_567,
        overseasTrademarksRegistered: 2,
        exportCreditPremiumPaidFen: 800_000,
        fragileGoods: ["miao_embroidery", "silverware"],
        smallParcelFreightFen: 600_000,
        rcepCertificateFeesFen: 120_000,
      },
    });
    if (mapped.ok) expect(ZFacts.safeParse(mapped.facts).success).toBe(true);
  });

  it("maps every subject type the issue names", () => {
    const types = { individual: "individual_farmer", cooperative: "cooperative", micro_enterprise: "micro_small_enterprise", enterprise: "enterprise", park_operator: "park_operator", belt_operator: "belt_operator", vocational_school: "vocational_school" };
    for (const [api, domain] of Object.entries(types)) expect(mapApiFacts({ subjectType: api })).toEqual({ ok: true, facts: { subjectType: domain } });
  });

  it("accepts the domain's own names and units, and xCny for every money fact", () => {
    expect(mapApiFacts({ annualTurnoverFen: 123, badDebtLossCny: "10.5", isReturningYouth: true })).toEqual({
      ok: true,
      facts: { annualTurnoverFen: 123, badDebtLossFen: 1050, isReturningYouth: true },
    });
    for (const alias of Object.values(API_FACT_ALIASES)) expect(typeof alias.fact).toBe("string");
  });

  it("keeps null as not answered and lets an explicit training answer stand", () => {
    expect(mapApiFacts({ annualCbecTurnoverCny: null, trainedPersons: 0, completedRecognisedTraining: true })).toEqual({
      ok: true,
      facts: { annualCbecTurnoverFen: null, peopleTrained: 0, completedRecognisedTraining: true },
    });
    expect(mapApiFacts({ trainedPersons: 0 })).toEqual({ ok: true, facts: { peopleTrained: 0, completedRecognisedTraining: false } });
    expect(mapApiFacts({ fragileGoods: false })).toEqual({ ok: true, facts: { fragileGoods: [] } });
    expect(mapApiFacts({ fragileGoods: true })).toEqual({ ok: true, facts: { fragileGoods: ["miao_embroidery", "silverware", "batik", "pottery"] } });
  });

  it("names every unknown fact and wrong type", () => {
    const mapped = mapApiFacts({
      turnover: 5,
      annualCbecTurnoverCny: "lots",
      trainedPersons: 1.5,
      fragileGoods: ["tea"],
      subjectType: "company",
      registeredOn: "2025-02-29",
      countyCode: "110101",
      isReturningYouth: "yes",
      annualTurnoverFen: 10.5,
    });
    expect(mapped).toEqual({
      ok: false,
      issues: [
        { field: "facts.turnover", key: "fact_unknown" },
        { field: "facts.annualCbecTurnoverCny", key: "fact_yuan" },
        { field: "facts.trainedPersons", key: "fact_integer" },
        { field: "facts.fragileGoods", key: "fact_fragile_goods" },
        { field: "facts.subjectType", key: "fact_subject_type" },
        { field: "facts.registeredOn", key: "fact_date" },
        { field: "facts.countyCode", key: "fact_county_code" },
        { field: "facts.isReturningYouth", key: "fact_boolean" },
        { field: "facts.annualTurnoverFen", key: "fact_fen" },
      ],
    });
  });

  it("refuses one fact given under two names, prototype keys and non-objects", () => {
    expect(mapApiFacts({ annualTurnoverCny: 1, annualTurnoverFen: 100 })).toEqual({ ok: false, issues: [{ field: "facts.annualTurnoverFen", key: "fact_duplicate" }] });
    expect(mapApiFacts(JSON.parse('{"__proto__": 1, "constructor": 2}'))).toMatchObject({ ok: false, issues: [{ key: "fact_unknown" }, { key: "fact_unknown" }] });
    expect(mapApiFacts([])).toEqual({ ok: false, issues: [{ field: "facts", key: "facts_object" }] });
    expect(mapApiFacts("x")).toMatchObject({ ok: false });
  });
});
