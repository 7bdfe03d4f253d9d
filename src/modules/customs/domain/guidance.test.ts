import { describe, expect, it } from "vitest";
import { applicablePreference, buildChecklist, rankFxRoutes, rcepOriginAdvice, returnRelief, selectModes, type ModeFact, type ReliefRule, type ZoneSupport } from "./guidance";

const MODES: ModeFact[] = [
  { code: "9610", channel: "b2c" },
  { code: "9710", channel: "b2b" },
  { code: "9810", channel: "overseas_warehouse" },
  { code: "1210", channel: "bonded" },
];
const GUIYANG_1210: ZoneSupport = { zoneCode: "guiyang", modeCode: "1210", status: "supported", verifiedOn: null };

describe("mode selection", () => {
  it.each([
    ["b2c", "9610"],
    ["b2b", "9710"],
    ["overseas_warehouse", "9810"],
    ["bonded", "1210"],
  ] as const)("channel %s recommends %s and rules out the other three with reasons", (channel, expected) => {
    const choices = selectModes(channel, MODES, [GUIYANG_1210]);
    expect(choices.filter((c) => c.recommended).map((c) => c.code)).toEqual([expected]);
    expect(choices[0]).toMatchObject({ code: expected, why: `why.fit.${channel}` });
    const ruledOut = choices.filter((c) => !c.recommended);
    expect(ruledOut).toHaveLength(3);
    for (const choice of ruledOut) expect(choice.why).toMatch(/^why\.unfit\./);
  });

  it("does not recommend 1210 while no Guizhou zone runs it", () => {
    const choices = selectModes("bonded", MODES, [{ ...GUIYANG_1210, status: "not_open" }]);
    expect(choices.find((c) => c.code === "1210")).toMatchObject({ recommended: false, why: "why.no_zone" });
  });
});

const RELIEF_2023: ReliefRule = { id: "return-relief-2023", modes: ["1210", "9610", "9710", "9810"], months: 6, exportFrom: "2023-01-30", exportUntil: "2025-12-31", excludesFood: true, verifiedOn: "2026-11-23" };

describe("return-goods relief (Ann. 4/2023)", () => {
  it("excludes food products such as tea and chili", () => {
    expect(returnRelief({ category: "tea", modeCode: "9610", exportDate: "2024-06-01" }, [RELIEF_2023]).status).toBe("food_excluded");
    expect(returnRelief({ category: "spice", modeCode: "9810", exportDate: "2024-06-01" }, [RELIEF_2023]).status).toBe("food_excluded");
  });

  it("covers Miao embroidery under all four CBEC modes inside the window", () => {
    for (const modeCode of ["9610", "9710", "9810", "1210"]) expect(returnRelief({ category: "handicraft", modeCode, exportDate: "2025-12-31" }, [RELIEF_2023]).status).toBe("eligible");
    expect(returnRelief({ category: "handicraft", modeCode: "0110", exportDate: "2024-06-01" }, [RELIEF_2023]).status).toBe("mode_not_covered");
  });

  it("does not apply to exports outside the window", () => {
    expect(returnRelief({ category: "handicraft", modeCode: "9610", exportDate: "2026-01-01" }, [RELIEF_2023]).status).toBe("outside_window");
    expect(returnRelief({ category: "handicraft", modeCode: "9610", exportDate: "2023-01-29" }, [RELIEF_2023]).status).toBe("outside_window");
  });
});

describe("tariff preferences", () => {
  const vietnam = { code: "VN", rcepMember: true, aseanMember: true };
  const usa = { code: "US", rcepMember: false, aseanMember: false };
  const japan = { code: "JP", rcepMember: true, aseanMember: false };

  it("gives RCEP rates only to RCEP members", () => {
    const rcep = { mfnPercent: "15", preferentialPercent: "5", agreement: "RCEP" };
    expect(applicablePreference(vietnam, rcep)).toEqual({ agreement: "RCEP", percent: "5" });
    expect(applicablePreference(japan, rcep)).toEqual({ agreement: "RCEP", percent: "5" });
    expect(applicablePreference(usa, rcep)).toBeNull();
    expect(rcepOriginAdvice(usa, rcep, 1_000_000)).toEqual({ status: "not_member" });
  });

  it("gives ACFTA rates only to ASEAN members", () => {
    const acfta = { mfnPercent: "15", preferentialPercent: "0", agreement: "ACFTA" };
    expect(applicablePreference(vietnam, acfta)).toEqual({ agreement: "ACFTA", percent: "0" });
    expect(applicablePreference(japan, acfta)).toBeNull();
  });

  it("says RCEP origin pays only when the rates are known and the preference is lower", () => {
    expect(rcepOriginAdvice(vietnam, { mfnPercent: "15", preferentialPercent: "7.5", agreement: "RCEP" }, 1_000_000)).toEqual({ status: "saves", savingFen: 75_000, savingPointsText: "7.5" });
    expect(rcepOriginAdvice(vietnam, { mfnPercent: "5", preferentialPercent: "5", agreement: "RCEP" }, 1_000_000)).toEqual({ status: "no_saving" });
    expect(rcepOriginAdvice(vietnam, { mfnPercent: null, preferentialPercent: null, agreement: "RCEP" }, 1_000_000)).toEqual({ status: "unknown" });
    expect(rcepOriginAdvice(vietnam, null, 1_000_000)).toEqual({ status: "unknown" });
  });
});

describe("checklist", () => {
  const reqs = [
    { id: "fda", step: 30, categories: ["food"], destinations: ["US"], modes: ["*"] },
    { id: "producer-filing", step: 10, categories: ["food"], destinations: ["*"], modes: ["*"] },
    { id: "plantation", step: 20, categories: ["tea", "vegetable"], destinations: ["*"], modes: ["*"] },
    { id: "list-9610", step: 40, categories: ["*"], destinations: ["*"], modes: ["9610"] },
  ];

  it("keeps what applies to the category, destination and modes, in filing order", () => {
    expect(buildChecklist(reqs, { category: "tea", destination: "VN", modes: ["9610"] }).map((r) => r.id)).toEqual(["producer-filing", "plantation", "list-9610"]);
    expect(buildChecklist(reqs, { category: "spice", destination: "US", modes: ["9710"] }).map((r) => r.id)).toEqual(["producer-filing", "fda"]);
    expect(buildChecklist(reqs, { category: "handicraft", destination: "US", modes: ["9610"] }).map((r) => r.id)).toEqual(["list-9610"]);
  });
});

describe("FX routes", () => {
  const routes = [
    { id: "guiyang-bank", tripCostFen: 80_000, feeBps: null, annualQuotaUsd: null },
    { id: "payment-institution", tripCostFen: 0, feeBps: null, annualQuotaUsd: null },
    { id: "personal", tripCostFen: 0, feeBps: 0, annualQuotaUsd: 50_000 },
  ];

  it("puts the cheapest known route first and the trip to Guiyang last", () => {
    const ranked = rankFxRoutes(routes, 10_000_00, 1_400);
    expect(ranked.map((r) => r.route.id)).toEqual(["personal", "payment-institution", "guiyang-bank"]);
    expect(ranked[2]).toMatchObject({ lowerBoundFen: 80_000, costKnown: false });
  });

  it("flags the personal route once the year's sales pass the USD 50,000 quota", () => {
    expect(rankFxRoutes(routes, 400_000_00, 55_000).find((r) => r.route.id === "personal")?.overQuota).toBe(true);
  });
});
