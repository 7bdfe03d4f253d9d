import { describe, expect, it } from "vitest";
import type { TCriterion, TLeafCriterion, TRuleRef, TTriState } from "../schemas";
import { combineAll, combineAny, evaluateCriteria, invertTriState } from "./criteria";
import type { TFacts } from "./facts";

const RULE: TRuleRef = {
  programmeId: "test-programme",
  version: 1,
  status: "published",
  effectiveFrom: "2022-01-01",
  effectiveTo: null,
  legalRef: { docNumber: null, title: "test", url: null, citedIn: null },
};
const DATE = "2026-06-30";
const yuan = (n: number) => n * 100;

const evaluate = (criteria: TCriterion, facts: TFacts, date = DATE) => evaluateCriteria(criteria, facts, date, RULE);
const onlyLeaf = (criteria: TCriterion, facts: TFacts, date = DATE) => {
  const [leaf] = evaluate(criteria, facts, date).leaves;
  if (!leaf) throw new Error("no leaf");

  return leaf;
};

const CBEC_OVER_5M: TLeafCriterion = { op: "compare", fact: "annualCbecTurnoverFen", cmp: "gt", value: yuan(5_000_000) };
const REGISTERED_1Y: TLeafCriterion = { op: "anniversary", fact: "registeredOn", atLeast: { years: 1 }, before: "assessment_date" };

describe("compare on money", () => {
  it("states the gap in words and numbers: 800,000 is 4,200,000 short of 5,000,000", () => {
    const leaf = onlyLeaf(CBEC_OVER_5M, { annualCbecTurnoverFen: yuan(800_000) });
    expect(leaf.status).toBe("unmet");
    expect(leaf.value).toBe(yuan(800_000));
    expect(leaf.threshold).toBe(yuan(5_000_000));
    expect(leaf.gap).toEqual({ kind: "money", amountFen: yuan(4_200_000) });
    expect(leaf.message).toEqual({
      key: "gap.money_short",
      params: { fact: "annualCbecTurnoverFen", valueFen: yuan(800_000), thresholdFen: yuan(5_000_000), gapFen: yuan(4_200_000) },
    });
  });

  it("meets a threshold and says so", () => {
    const leaf = onlyLeaf(CBEC_OVER_5M, { annualCbecTurnoverFen: yuan(6_000_000) });
    expect(leaf).toMatchObject({ status: "met", gap: null, message: { key: "met.money", params: { cmp: "gt" } } });
  });

  it.each([
    ["gt", 100, 100, "unmet", "gap.money_not_above"],
    ["gt", 101, 100, "met", "met.money"],
    ["gte", 100, 100, "met", "met.money"],
    ["gte", 99, 100, "unmet", "gap.money_short"],
    ["lt", 100, 100, "unmet", "gap.money_not_below"],
    ["lt", 99, 100, "met", "met.money"],
    ["lte", 100, 100, "met", "met.money"],
    ["lte", 150, 100, "unmet", "gap.money_over"],
    ["eq", 100, 100, "met", "met.money"],
    ["eq", 90, 100, "unmet", "gap.money_not_equal"],
    ["neq", 90, 100, "met", "met.money"],
    ["neq", 100, 100, "unmet", "gap.money_equal"],
  ] as const)("%s: %i vs %i is %s", (cmp, value, threshold, status, key) => {
    const leaf = onlyLeaf({ op: "compare", fact: "certificationFeePaidFen", cmp, value: threshold }, { certificationFeePaidFen: value });
    expect(leaf.status).toBe(status);
    expect(leaf.message.key).toBe(key);
  });

  it("reports an excess over a ceiling as a money gap", () => {
    const leaf = onlyLeaf(
      { op: "compare", fact: "annualCbecTurnoverFen", cmp: "lte", value: yuan(2_000_000) },
      { annualCbecTurnoverFen: yuan(2_500_000) },
    );
    expect(leaf.gap).toEqual({ kind: "money", amountFen: yuan(500_000) });
    expect(leaf.message.key).toBe("gap.money_over");
  });
});

describe("compare on integers and dates", () => {
  it("uses number messages for counts", () => {
    const leaf = onlyLeaf({ op: "compare", fact: "qualifiedTrainees", cmp: "gte", value: 10 }, { qualifiedTrainees: 4 });
    expect(leaf.gap).toEqual({ kind: "number", amount: 6 });
    expect(leaf.message).toEqual({ key: "gap.number_short", params: { fact: "qualifiedTrainees", value: 4, threshold: 10, gap: 6 } });
  });

  it("compares dates and gives the distance in days", () => {
    const before2025: TCriterion = { op: "compare", fact: "registeredOn", cmp: "lt", value: "2025-01-01" };
    expect(onlyLeaf(before2025, { registeredOn: "2024-12-31" }).status).toBe("met");
    const late = onlyLeaf(before2025, { registeredOn: "2025-01-11" });
    expect(late).toMatchObject({ status: "unmet", gap: { kind: "days", days: -10 }, message: { key: "gap.date_compare" } });
  });
});

describe("in", () => {
  const ENTERPRISE: TCriterion = { op: "in", fact: "subjectType", values: ["micro_small_enterprise", "enterprise"] };

  it("tests membership of an enum", () => {
    expect(onlyLeaf(ENTERPRISE, { subjectType: "enterprise" }).status).toBe("met");
    const farmer = onlyLeaf(ENTERPRISE, { subjectType: "individual_farmer" });
    expect(farmer).toMatchObject({ status: "unmet", threshold: ["micro_small_enterprise", "enterprise"], message: { key: "gap.enum_not_in" } });
  });

  it("tests overlap for a string list", () => {
    const fragile: TCriterion = { op: "in", fact: "fragileGoods", values: ["miao_embroidery", "silverware"] };
    expect(onlyLeaf(fragile, { fragileGoods: ["batik", "silverware"] }).status).toBe("met");
    expect(onlyLeaf(fragile, { fragileGoods: [] })).toMatchObject({ status: "unmet", message: { key: "gap.list_none" } });
  });

  it("tests a code against a list", () => {
    const meitan: TCriterion = { op: "in", fact: "countyCode", values: ["520328"] };
    expect(onlyLeaf(meitan, { countyCode: "520328" }).status).toBe("met");
    expect(onlyLeaf(meitan, { countyCode: "520102" })).toMatchObject({ status: "unmet", message: { key: "gap.value_not_in" } });
  });
});

describe("is_true", () => {
  it("is met by true, unmet by false", () => {
    const trained: TCriterion = { op: "is_true", fact: "completedRecognisedTraining" };
    expect(onlyLeaf(trained, { completedRecognisedTraining: true })).toMatchObject({ status: "met", threshold: true });
    expect(onlyLeaf(trained, { completedRecognisedTraining: false })).toMatchObject({ status: "unmet", message: { key: "gap.not_true" } });
  });
});

describe("anniversary", () => {
  it("registered 2024-02-29 reaches one year on 2025-03-01, not 2025-02-28", () => {
    const facts = { registeredOn: "2024-02-29" };
    const dayBefore = onlyLeaf(REGISTERED_1Y, facts, "2025-02-28");
    expect(dayBefore.status).toBe("unmet");
    expect(dayBefore.gap).toEqual({ kind: "duration", monthsElapsed: 11, monthsRequired: 12, eligibleFrom: "2025-03-01", endedOn: null });
    expect(onlyLeaf(REGISTERED_1Y, facts, "2025-03-01").status).toBe("met");
  });

  it("is met on the anniversary itself", () => {
    expect(onlyLeaf(REGISTERED_1Y, { registeredOn: "2025-06-30" }, "2026-06-30").status).toBe("met");
    expect(onlyLeaf(REGISTERED_1Y, { registeredOn: "2025-07-01" }, "2026-06-30").status).toBe("unmet");
  });

  it("says 'registered 7 months ago, needs 12; eligible from' the anniversary", () => {
    const leaf = onlyLeaf(REGISTERED_1Y, { registeredOn: "2025-06-01" }, "2026-01-15");
    expect(leaf.message).toEqual({
      key: "gap.anniversary_not_yet",
      params: { fact: "registeredOn", value: "2025-06-01", monthsElapsed: 7, monthsRequired: 12, eligibleFrom: "2026-06-01" },
    });
  });

  it("counts years and months together", () => {
    const eighteenMonths: TCriterion = { op: "anniversary", fact: "registeredOn", atLeast: { years: 1, months: 6 }, before: "assessment_date" };
    expect(onlyLeaf(eighteenMonths, { registeredOn: "2024-12-31" }, "2026-06-30")).toMatchObject({
      status: "unmet",
      gap: { eligibleFrom: "2026-07-01" },
    });
  });

  it("treats a registration date in the future as zero months, still unmet", () => {
    expect(onlyLeaf(REGISTERED_1Y, { registeredOn: "2026-09-01" })).toMatchObject({ status: "unmet", gap: { monthsElapsed: 0 } });
  });
});

describe("unknown is never unmet", () => {
  it.each([
    ["compare", CBEC_OVER_5M],
    ["in", { op: "in", fact: "subjectType", values: ["enterprise"] } as TCriterion],
    ["is_true", { op: "is_true", fact: "isRecognisedPark" } as TCriterion],
    ["anniversary", REGISTERED_1Y],
  ])("%s with a missing fact is unknown", (_op, criterion) => {
    const leaf = onlyLeaf(criterion, {});
    expect(leaf).toMatchObject({ status: "unknown", value: null, gap: null, message: { key: "unknown.missing" } });
  });

  it("treats null as not answered, and zero as an answer", () => {
    expect(onlyLeaf(CBEC_OVER_5M, { annualCbecTurnoverFen: null }).status).toBe("unknown");
    expect(onlyLeaf(CBEC_OVER_5M, { annualCbecTurnoverFen: 0 }).status).toBe("unmet");
  });
});

describe("three-valued combinators (Kleene)", () => {
  const STATES: TTriState[] = ["met", "unmet", "unknown"];
  // A leaf whose status we choose: met = true, unmet = false, unknown = not answered.
  const leafIn = (status: TTriState, fact: "isReturningYouth" | "isRecognisedPark"): [TCriterion, TFacts] => [
    { op: "is_true", fact },
    status === "unknown" ? {} : { [fact]: status === "met" },
  ];
  const KLEENE_AND: Record<string, TTriState> = {
    "met,met": "met", "met,unmet": "unmet", "met,unknown": "unknown",
    "unmet,met": "unmet", "unmet,unmet": "unmet", "unmet,unknown": "unmet",
    "unknown,met": "unknown", "unknown,unmet": "unmet", "unknown,unknown": "unknown",
  };
  const KLEENE_OR: Record<string, TTriState> = {
    "met,met": "met", "met,unmet": "met", "met,unknown": "met",
    "unmet,met": "met", "unmet,unmet": "unmet", "unmet,unknown": "unknown",
    "unknown,met": "met", "unknown,unmet": "unknown", "unknown,unknown": "unknown",
  };
  const pairs = STATES.flatMap((a) => STATES.map((b) => [a, b] as const));

  it.each(pairs)("all(%s, %s)", (a, b) => {
    const [left, leftFacts] = leafIn(a, "isReturningYouth");
    const [right, rightFacts] = leafIn(b, "isRecognisedPark");
    expect(evaluate({ op: "all", of: [left, right] }, { ...leftFacts, ...rightFacts }).status).toBe(KLEENE_AND[`${a},${b}`]);
  });

  it.each(pairs)("any(%s, %s)", (a, b) => {
    const [left, leftFacts] = leafIn(a, "isReturningYouth");
    const [right, rightFacts] = leafIn(b, "isRecognisedPark");
    expect(evaluate({ op: "any", of: [left, right] }, { ...leftFacts, ...rightFacts }).status).toBe(KLEENE_OR[`${a},${b}`]);
  });

  it.each(pairs)("not(all(%s, %s)) inverts all", (a, b) => {
    const [left, leftFacts] = leafIn(a, "isReturningYouth");
    const [right, rightFacts] = leafIn(b, "isRecognisedPark");
    const result = evaluate({ op: "not", of: { op: "all", of: [left, right] } }, { ...leftFacts, ...rightFacts });
    expect(result.status).toBe(invertTriState(KLEENE_AND[`${a},${b}`] as TTriState));
  });

  it.each(STATES)("not(%s)", (status) => {
    const [leaf, facts] = leafIn(status, "isReturningYouth");
    expect(evaluate({ op: "not", of: leaf }, facts).status).toBe(invertTriState(status));
  });

  it("double negation is the identity", () => {
    expect(evaluate({ op: "not", of: { op: "not", of: CBEC_OVER_5M } }, { annualCbecTurnoverFen: 1 }).leaves[0]).toMatchObject({
      status: "unmet",
      negated: false,
      message: { key: "gap.money_short" },
    });
  });

  it("combineAll and combineAny agree with the tables on longer lists", () => {
    expect(combineAll(["met", "unknown", "met"])).toBe("unknown");
    expect(combineAll(["unknown", "unmet"])).toBe("unmet");
    expect(combineAny(["unmet", "unknown", "unmet"])).toBe("unknown");
    expect(combineAny(["unknown", "met"])).toBe("met");
  });
});

describe("negated leaves describe the condition they enforce", () => {
  it("not(gt) reads as a ceiling", () => {
    const leaf = onlyLeaf({ op: "not", of: CBEC_OVER_5M }, { annualCbecTurnoverFen: yuan(6_000_000) });
    expect(leaf).toMatchObject({ status: "unmet", negated: true, gap: { kind: "money", amountFen: yuan(1_000_000) }, message: { key: "gap.money_over" } });
  });

  it("not(in) excludes", () => {
    const leaf = onlyLeaf({ op: "not", of: { op: "in", fact: "subjectType", values: ["enterprise"] } }, { subjectType: "enterprise" });
    expect(leaf).toMatchObject({ status: "unmet", message: { key: "gap.enum_in" } });
    const list = onlyLeaf({ op: "not", of: { op: "in", fact: "fragileGoods", values: ["pottery"] } }, { fragileGoods: ["pottery"] });
    expect(list.message.key).toBe("gap.list_some");
  });

  it("not(is_true) requires false", () => {
    const leaf = onlyLeaf({ op: "not", of: { op: "is_true", fact: "isRecognisedPark" } }, { isRecognisedPark: true });
    expect(leaf).toMatchObject({ status: "unmet", threshold: false, message: { key: "gap.not_false" } });
  });

  it("not(anniversary) is a 'first N years' window with its end date", () => {
    const firstTwoYears: TCriterion = { op: "not", of: { op: "anniversary", fact: "registeredOn", atLeast: { years: 2 }, before: "assessment_date" } };
    const inside = onlyLeaf(firstTwoYears, { registeredOn: "2025-01-10" });
    expect(inside).toMatchObject({ status: "met", message: { key: "met.anniversary_within", params: { endsOn: "2027-01-09" } } });
    const outside = onlyLeaf(firstTwoYears, { registeredOn: "2024-03-01" });
    expect(outside).toMatchObject({
      status: "unmet",
      gap: { kind: "duration", monthsElapsed: 27, monthsRequired: 24, eligibleFrom: null, endedOn: "2026-02-28" },
      message: { key: "gap.anniversary_passed" },
    });
  });
});

describe("flattened leaves", () => {
  it("keep authored order, paths, enclosing operators, ids and the rule", () => {
    const criteria: TCriterion = {
      op: "all",
      of: [
        { ...CBEC_OVER_5M, id: "cbec", labelKey: "criteria.cbec" },
        { op: "any", of: [REGISTERED_1Y, { op: "not", of: { op: "is_true", fact: "isReturningYouth" } }] },
      ],
    };
    const { leaves } = evaluate(criteria, { annualCbecTurnoverFen: yuan(6_000_000), isReturningYouth: false });
    expect(leaves.map((leaf) => [leaf.path, leaf.within, leaf.id, leaf.status])).toEqual([
      ["0.0", ["all"], "cbec", "met"],
      ["0.1.0", ["all", "any"], null, "unknown"],
      ["0.1.1.0", ["all", "any", "not"], null, "met"],
    ]);
    expect(leaves[0]?.labelKey).toBe("criteria.cbec");
    expect(leaves.every((leaf) => leaf.rule === RULE)).toBe(true);
    expect(evaluate(criteria, { annualCbecTurnoverFen: yuan(6_000_000), isReturningYouth: false }).status).toBe("met");
  });
});
