import type {
  TAnniversaryCriterion,
  TComparator,
  TCompareCriterion,
  TCriterion,
  TCriterionOutcome,
  TGap,
  TGroupCriterion,
  TInCriterion,
  TIsTrueCriterion,
  TLeafCriterion,
  TMessage,
  TRuleRef,
  TThreshold,
  TTriState,
} from "../schemas";
import { addCalendarMonths, addDays, compareIsoDates, countDaysBetween, countWholeMonths, type TIsoDate } from "./dates";
import { getFactDefinition, readFact, type TFactValue, type TFacts } from "./facts";
import type { TCriterionMessageKey } from "./messages";

// Three-valued (Kleene) evaluation: an unanswered fact is `unknown`, never `unmet`
// (eligibility-anchors §3 rec. 1; USA.gov Benefit Finder's met / unmet / missing).

type TContext = { facts: TFacts; date: TIsoDate; rule: TRuleRef };
type TPosition = { path: string; within: Array<"all" | "any" | "not">; negated: boolean };
type TLeafVerdict = Pick<TCriterionOutcome, "status" | "threshold" | "gap" | "message">;
export type TCriteriaResult = { status: TTriState; leaves: TCriterionOutcome[] };

export const combineAll = (statuses: readonly TTriState[]): TTriState =>
  statuses.includes("unmet") ? "unmet" : statuses.includes("unknown") ? "unknown" : "met";

export const combineAny = (statuses: readonly TTriState[]): TTriState =>
  statuses.includes("met") ? "met" : statuses.includes("unknown") ? "unknown" : "unmet";

export const invertTriState = (status: TTriState): TTriState =>
  status === "met" ? "unmet" : status === "unmet" ? "met" : "unknown";

const INVERSE_COMPARATOR: Record<TComparator, TComparator> = { gt: "lte", gte: "lt", lt: "gte", lte: "gt", eq: "neq", neq: "eq" };

const message = (key: TCriterionMessageKey, params: TMessage["params"]): TMessage => ({ key, params });

// Messages and gaps are built lazily: only the side that applies is ever allocated.
const verdict = (holds: boolean, threshold: TThreshold, met: () => TMessage, unmet: () => TMessage, gap: () => TGap): TLeafVerdict =>
  holds ? { status: "met", threshold, gap: null, message: met() } : { status: "unmet", threshold, gap: gap(), message: unmet() };

// A switch, not a lookup object: this runs for every comparison of every screening.
const satisfies = (order: number, cmp: TComparator): boolean => {
  switch (cmp) {
    case "gt":
      return order > 0;
    case "gte":
      return order >= 0;
    case "lt":
      return order < 0;
    case "lte":
      return order <= 0;
    case "eq":
      return order === 0;
    case "neq":
      return order !== 0;
  }
};

const judgeNumber = (node: TCompareCriterion, cmp: TComparator, value: number): TLeafVerdict => {
  const threshold = node.value as number;
  const isMoney = getFactDefinition(node.fact).type === "money_fen";
  const prefix = isMoney ? "money" : "number";
  const suffix = isMoney ? "Fen" : "";
  const diff = Math.abs(threshold - value);
  const params = { fact: node.fact, [`value${suffix}`]: value, [`threshold${suffix}`]: threshold, [`gap${suffix}`]: diff };
  const numericGap: TGap = isMoney ? { kind: "money", amountFen: diff } : { kind: "number", amount: diff };
  const unmetKind = (() => {
    if (cmp === "gt" || cmp === "gte") return value === threshold ? "not_above" : "short";
    if (cmp === "lt" || cmp === "lte") return value === threshold ? "not_below" : "over";

    return cmp === "eq" ? "not_equal" : "equal";
  })();
  // At the limit there is no amount to close ("must be more than"), so no numeric gap.
  const gap: TGap = unmetKind === "not_above" || unmetKind === "not_below" || unmetKind === "equal" ? { kind: "mismatch" } : numericGap;

  return verdict(
    satisfies(Math.sign(value - threshold), cmp),
    threshold,
    () => message(isMoney ? "met.money" : "met.number", { ...params, cmp }),
    () => message(`gap.${prefix}_${unmetKind}` as TCriterionMessageKey, params),
    () => gap,
  );
};

const judgeDate = (node: TCompareCriterion, cmp: TComparator, value: string): TLeafVerdict => {
  const threshold = node.value as string;
  const params = { fact: node.fact, value, cmp, threshold };

  return verdict(
    satisfies(compareIsoDates(value, threshold), cmp),
    threshold,
    () => message("met.date", params),
    () => message("gap.date_compare", params),
    () => ({ kind: "days", days: countDaysBetween(value, threshold) }),
  );
};

const judgeCompare = (node: TCompareCriterion, value: TFactValue, negated: boolean): TLeafVerdict => {
  const cmp = negated ? INVERSE_COMPARATOR[node.cmp] : node.cmp;

  return typeof value === "number" ? judgeNumber(node, cmp, value) : judgeDate(node, cmp, value as string);
};

const judgeIn = (node: TInCriterion, value: TFactValue, negated: boolean): TLeafVerdict => {
  const type = getFactDefinition(node.fact).type;
  const mismatch: TGap = { kind: "mismatch" };
  if (type === "string_list") {
    const overlaps = (value as string[]).some((item) => node.values.includes(item));
    const params = { fact: node.fact, value: (value as string[]).join(",") };

    return verdict(overlaps !== negated, node.values, () => message("met.list", params), () => message(negated ? "gap.list_some" : "gap.list_none", params), () => mismatch);
  }
  const params = { fact: node.fact, value: value as string };
  const family = type === "enum" ? "enum" : "value";
  const unmetKey = `gap.${family}_${negated ? "in" : "not_in"}` as TCriterionMessageKey;

  return verdict(node.values.includes(value as string) !== negated, node.values, () => message(`met.${family}`, params), () => message(unmetKey, params), () => mismatch);
};

const judgeIsTrue = (node: TIsTrueCriterion, value: TFactValue, negated: boolean): TLeafVerdict => {
  const expected = !negated;
  const params = { fact: node.fact };

  return verdict(
    value === expected,
    expected,
    () => message(expected ? "met.true" : "met.false", params),
    () => message(expected ? "gap.not_true" : "gap.not_false", params),
    () => ({ kind: "mismatch" }),
  );
};

const judgeAnniversary = (node: TAnniversaryCriterion, value: TFactValue, negated: boolean, date: TIsoDate): TLeafVerdict => {
  const registeredOn = value as string;
  const threshold = { years: node.atLeast.years ?? 0, months: node.atLeast.months ?? 0 };
  const monthsRequired = threshold.years * 12 + threshold.months;
  const anniversary = addCalendarMonths(registeredOn, monthsRequired);
  const reached = compareIsoDates(anniversary, date) <= 0;
  const monthsElapsed = countWholeMonths(registeredOn, date);
  const base = { fact: node.fact, value: registeredOn, monthsElapsed };
  if (!negated) {
    return verdict(
      reached,
      threshold,
      () => message("met.anniversary", { ...base, monthsRequired }),
      () => message("gap.anniversary_not_yet", { ...base, monthsRequired, eligibleFrom: anniversary }),
      () => ({ kind: "duration", monthsElapsed, monthsRequired, eligibleFrom: anniversary, endedOn: null }),
    );
  }
  // Negated: "still within the first N months", e.g. returning youth's first two years.
  const lastDay = addDays(anniversary, -1);

  return verdict(
    !reached,
    threshold,
    () => message("met.anniversary_within", { ...base, monthsAllowed: monthsRequired, endsOn: lastDay }),
    () => message("gap.anniversary_passed", { ...base, monthsAllowed: monthsRequired, endedOn: lastDay }),
    () => ({ kind: "duration", monthsElapsed, monthsRequired, eligibleFrom: null, endedOn: lastDay }),
  );
};

const judgeLeaf = (node: TLeafCriterion, value: TFactValue, negated: boolean, date: TIsoDate): TLeafVerdict => {
  switch (node.op) {
    case "compare":
      return judgeCompare(node, value, negated);
    case "in":
      return judgeIn(node, value, negated);
    case "is_true":
      return judgeIsTrue(node, value, negated);
    case "anniversary":
      return judgeAnniversary(node, value, negated, date);
  }
};

const describeThreshold = (node: TLeafCriterion, negated: boolean): TThreshold => {
  switch (node.op) {
    case "compare":
      return node.value;
    case "in":
      return node.values;
    case "is_true":
      return !negated;
    case "anniversary":
      return { years: node.atLeast.years ?? 0, months: node.atLeast.months ?? 0 };
  }
};

const evaluateLeaf = (node: TLeafCriterion, context: TContext, position: TPosition): TCriterionOutcome => {
  const value = readFact(context.facts, node.fact);
  const judged: TLeafVerdict =
    value === null
      ? { status: "unknown", threshold: describeThreshold(node, position.negated), gap: null, message: message("unknown.missing", { fact: node.fact }) }
      : judgeLeaf(node, value, position.negated, context.date);

  return {
    path: position.path,
    id: node.id ?? null,
    labelKey: node.labelKey ?? null,
    op: node.op,
    fact: node.fact,
    negated: position.negated,
    within: position.within,
    value,
    status: judged.status,
    threshold: judged.threshold,
    gap: judged.gap,
    message: judged.message,
    rule: context.rule,
  };
};

// Leaves are pushed into one array in authored order; each node returns only its status.
// (Screening every programme for every subject runs this millions of times: no per-group copies.)
const evaluateGroup = (group: TGroupCriterion, context: TContext, position: TPosition, leaves: TCriterionOutcome[]): TTriState => {
  // One `within` array shared by the siblings (never mutated), not one per child.
  const within = [...position.within, group.op];
  // Children under a `not` come back already negated, so by De Morgan the group
  // combines with its dual: not(all(a, b)) = any(not a, not b) — Kleene logic keeps this.
  const combinesAsAll = (group.op === "all") !== position.negated;
  let sawUnmet = false;
  let sawUnknown = false;
  let sawMet = false;
  group.of.forEach((child, index) => {
    const status = evaluateNode(child, context, { path: `${position.path}.${index}`, within, negated: position.negated }, leaves);
    if (status === "unmet") sawUnmet = true;
    else if (status === "unknown") sawUnknown = true;
    else sawMet = true;
  });
  if (combinesAsAll) return sawUnmet ? "unmet" : sawUnknown ? "unknown" : "met";

  return sawMet ? "met" : sawUnknown ? "unknown" : "unmet";
};

const evaluateNode = (node: TCriterion, context: TContext, position: TPosition, leaves: TCriterionOutcome[]): TTriState => {
  switch (node.op) {
    case "not":
      return evaluateNode(node.of, context, { path: `${position.path}.0`, within: [...position.within, "not"], negated: !position.negated }, leaves);
    case "all":
    case "any":
      return evaluateGroup(node, context, position, leaves);
    default: {
      const leaf = evaluateLeaf(node, context, position);
      leaves.push(leaf);

      return leaf.status;
    }
  }
};

/** Evaluates a criteria tree; leaves come back flattened in authored order. */
export const evaluateCriteria = (criteria: TCriterion, facts: TFacts, date: TIsoDate, rule: TRuleRef): TCriteriaResult => {
  const leaves: TCriterionOutcome[] = [];
  const status = evaluateNode(criteria, { facts, date, rule }, { path: "0", within: [], negated: false }, leaves);

  return { status, leaves };
};
