import type { TBenefitFormula, TCriterion, TExampleCase, TProgrammeVersion } from "../schemas";
import { addCalendarMonths, compareIsoDates, countWholeMonths, type TIsoDate } from "./dates";
import { getFactDefinition, isFactKey, type TFacts } from "./facts";

// A reform is plain data derived from a version (PolicyEngine's JSON reforms): change
// a threshold by criterion id, get a draft to simulate and, once its cases pass, publish.

const replaceInTree = (node: TCriterion, criterionId: string, value: number | string): TCriterion => {
  if (node.op === "all" || node.op === "any") return { ...node, of: node.of.map((child) => replaceInTree(child, criterionId, value)) };
  if (node.op === "not") return { ...node, of: replaceInTree(node.of, criterionId, value) };

  return node.op === "compare" && node.id === criterionId ? { ...node, value } : node;
};

const hasCompareCriterion = (node: TCriterion, criterionId: string): boolean => {
  if (node.op === "all" || node.op === "any") return node.of.some((child) => hasCompareCriterion(child, criterionId));
  if (node.op === "not") return hasCompareCriterion(node.of, criterionId);

  return node.op === "compare" && node.id === criterionId;
};

/** A draft next version with one comparison's threshold replaced; throws if the id names no comparison. */
export const draftThresholdChange = (
  version: TProgrammeVersion,
  criterionId: string,
  value: number | string,
  effectiveFrom: TIsoDate,
): TProgrammeVersion => {
  if (!hasCompareCriterion(version.criteria, criterionId)) {
    throw new RangeError(`${version.programmeId} v${version.version} has no comparison with id ${criterionId}`);
  }

  return {
    ...version,
    version: version.version + 1,
    status: "draft",
    effectiveFrom,
    effectiveTo: null,
    criteria: replaceInTree(version.criteria, criterionId, value),
  };
};

// ───────────────── numbers an official may edit in a form ─────────────────
// A form per editable number (thresholds, rates, caps, amounts): the official changes
// values, never the rule's shape; the shape changes only through the JSON editor.

export type TParameterKind = "money_fen" | "integer" | "date" | "bps" | "months";

export type TEditableParameter = {
  // Stable for one rule shape: `c:<criterion id or path>` or `b:<formula path>:<field>`.
  key: string;
  kind: TParameterKind;
  value: number | string;
  // The criterion's label key (namespace subsidy) or the formula field, for the form label.
  labelKey: string | null;
  field: string;
};

const BENEFIT_FIELDS: Record<string, TParameterKind> = {
  bps: "bps",
  minBps: "bps",
  maxBps: "bps",
  amountFen: "money_fen",
  minAmountFen: "money_fen",
  maxAmountFen: "money_fen",
  minFen: "money_fen",
  maxFen: "money_fen",
};

const criterionKey = (node: TCriterion, path: string): string => `c:${node.id ?? path}`;

const listCriteriaParameters = (node: TCriterion, path: string): TEditableParameter[] => {
  switch (node.op) {
    case "all":
    case "any":
      return node.of.flatMap((child, index) => listCriteriaParameters(child, `${path}.${index}`));
    case "not":
      return listCriteriaParameters(node.of, `${path}.0`);
    case "compare": {
      const type = getFactDefinition(node.fact).type;
      const kind: TParameterKind = type === "date" ? "date" : type === "money_fen" ? "money_fen" : "integer";

      return [{ key: criterionKey(node, path), kind, value: node.value, labelKey: node.labelKey ?? null, field: "value" }];
    }
    case "anniversary": {
      const months = (node.atLeast.years ?? 0) * 12 + (node.atLeast.months ?? 0);

      return [{ key: criterionKey(node, path), kind: "months", value: months, labelKey: node.labelKey ?? null, field: "atLeast" }];
    }
    default:
      return [];
  }
};

const listBenefitParameters = (formula: TBenefitFormula, path: string): TEditableParameter[] => {
  const own = Object.entries(formula)
    .filter(([field, value]) => field in BENEFIT_FIELDS && typeof value === "number")
    .map(([field, value]) => ({ key: `b:${path}:${field}`, kind: BENEFIT_FIELDS[field] as TParameterKind, value: value as number, labelKey: null, field }));
  if (formula.kind === "cap") return [...own, ...listBenefitParameters(formula.of, `${path}.0`)];
  if (formula.kind === "sum") return [...own, ...formula.of.flatMap((part, index) => listBenefitParameters(part, `${path}.${index}`))];

  return own;
};

/** Every number in a version's criteria and benefit formula, in authored order. */
export const listEditableParameters = (version: Pick<TProgrammeVersion, "criteria" | "benefit">): TEditableParameter[] => [
  ...listCriteriaParameters(version.criteria, "0"),
  ...listBenefitParameters(version.benefit, "0"),
];

const toAtLeast = (months: number): { years?: number; months?: number } => (months % 12 === 0 ? { years: months / 12 } : { months });

const editCriteria = (node: TCriterion, path: string, edits: ReadonlyMap<string, number | string>): TCriterion => {
  switch (node.op) {
    case "all":
    case "any":
      return { ...node, of: node.of.map((child, index) => editCriteria(child, `${path}.${index}`, edits)) };
    case "not":
      return { ...node, of: editCriteria(node.of, `${path}.0`, edits) };
    case "compare": {
      const value = edits.get(criterionKey(node, path));

      return value === undefined ? node : { ...node, value };
    }
    case "anniversary": {
      const value = edits.get(criterionKey(node, path));

      return value === undefined ? node : { ...node, atLeast: toAtLeast(Number(value)) };
    }
    default:
      return node;
  }
};

const editBenefit = (formula: TBenefitFormula, path: string, edits: ReadonlyMap<string, number | string>): TBenefitFormula => {
  const edited = Object.fromEntries(
    Object.entries(formula).map(([field, value]) => [field, edits.get(`b:${path}:${field}`) ?? value]),
  ) as TBenefitFormula;
  if (edited.kind === "cap") return { ...edited, of: editBenefit(edited.of, `${path}.0`, edits) };
  if (edited.kind === "sum") return { ...edited, of: edited.of.map((part, index) => editBenefit(part, `${path}.${index}`, edits)) };

  return edited;
};

/** The version with the given parameters replaced (keys from listEditableParameters; unknown keys are ignored). */
export const applyParameterEdits = <V extends Pick<TProgrammeVersion, "criteria" | "benefit">>(version: V, edits: Readonly<Record<string, number | string>>): V => {
  const map = new Map(Object.entries(edits));

  return { ...version, criteria: editCriteria(version.criteria, "0", map), benefit: editBenefit(version.benefit, "0", map) };
};

// ───────────────── diff against the published version ─────────────────

export type TParameterChange = { key: string; kind: TParameterKind; labelKey: string | null; field: string; before: number | string | null; after: number | string | null };

export type TVersionDiff = {
  parameters: TParameterChange[];
  effectiveFrom: { before: TIsoDate; after: TIsoDate } | null;
  effectiveTo: { before: TIsoDate | null; after: TIsoDate | null } | null;
  // Parts changed beyond their numbers (shape of the rules, texts, legal basis, cases).
  otherChanges: Array<"criteria" | "benefit" | "texts" | "legalRef" | "cases">;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What a draft changes compared with a base version: numbers one by one, the rest by part. */
export const diffVersions = (base: TProgrammeVersion, draft: TProgrammeVersion): TVersionDiff => {
  const before = new Map(listEditableParameters(base).map((p) => [p.key, p]));
  const after = new Map(listEditableParameters(draft).map((p) => [p.key, p]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const parameters = keys.flatMap((key): TParameterChange[] => {
    const [b, a] = [before.get(key), after.get(key)];
    const meta = (a ?? b) as TEditableParameter;

    return b?.value === a?.value ? [] : [{ key, kind: meta.kind, labelKey: meta.labelKey, field: meta.field, before: b?.value ?? null, after: a?.value ?? null }];
  });
  // Apply the draft's numbers to the base: whatever still differs is a change of shape.
  const draftValues = Object.fromEntries([...after.values()].map((p) => [p.key, p.value]));
  const reshaped = applyParameterEdits(base, draftValues);
  const otherChanges = [
    ...(sameJson(reshaped.criteria, draft.criteria) ? [] : (["criteria"] as const)),
    ...(sameJson(reshaped.benefit, draft.benefit) ? [] : (["benefit"] as const)),
    ...(sameJson(base.texts, draft.texts) ? [] : (["texts"] as const)),
    ...(sameJson(base.legalRef, draft.legalRef) ? [] : (["legalRef"] as const)),
    ...(sameJson(base.cases, draft.cases) ? [] : (["cases"] as const)),
  ];

  return {
    parameters,
    effectiveFrom: base.effectiveFrom === draft.effectiveFrom ? null : { before: base.effectiveFrom, after: draft.effectiveFrom },
    effectiveTo: base.effectiveTo === draft.effectiveTo ? null : { before: base.effectiveTo, after: draft.effectiveTo },
    otherChanges,
  };
};

// ───────────────── example cases follow a draft's dates ─────────────────

const shiftDateFacts = (facts: TFacts, months: number): TFacts =>
  Object.fromEntries(
    Object.entries(facts).map(([key, value]) =>
      isFactKey(key) && getFactDefinition(key).type === "date" && typeof value === "string" ? [key, addCalendarMonths(value, months)] : [key, value],
    ),
  ) as TFacts;

/**
 * Moves example cases dated before `effectiveFrom` forward by whole months, with their
 * date facts (registration dates), so "registered 7 months ago" stays 7 months ago: a
 * copied version's cases then still test what they tested, inside the new range.
 */
export const redateCases = (cases: readonly TExampleCase[], effectiveFrom: TIsoDate): TExampleCase[] =>
  cases.map((example) => {
    if (compareIsoDates(example.date, effectiveFrom) >= 0) return example;
    let months = countWholeMonths(example.date, effectiveFrom);
    while (compareIsoDates(addCalendarMonths(example.date, months), effectiveFrom) < 0) months += 1;

    return { ...example, date: addCalendarMonths(example.date, months), facts: shiftDateFacts(example.facts, months) };
  });
