import type { TBenefitFormula, TBenefitResult, TTraceStep } from "../schemas";
import { readFact, type TFactKey, type TFacts } from "./facts";
import type { TTraceKey } from "./messages";

// Benefit formulas are composable data ("30% of investment, at most 5,000,000" is a cap
// over a percentage), evaluated to a range [minFen, maxFen]: where a paper gives a band
// ("5%–8%", "3,000–5,000 per mark") the reviewing official fixes the amount inside it
// (reference/policies.md).

type TPartial =
  | { kind: "computed"; minFen: number; maxFen: number; trace: TTraceStep[] }
  | { kind: "missing"; facts: TFactKey[]; trace: TTraceStep[] }
  | { kind: "not_quantified"; trace: TTraceStep[] };

const BPS_PER_WHOLE = 10_000n;

/**
 * `baseFen × bps / 10000`, rounded DOWN to the fen. Floor, not half-up: a grant of
 * "30% of the fee" must never exceed 30% of the fee, not even by one fen, and public
 * money is paid to the stated entitlement and no further. BigInt keeps large bases
 * (a 1e12-fen turnover × 10000 bps) exact.
 */
export const applyBps = (baseFen: number, bps: number): number => Number((BigInt(baseFen) * BigInt(bps)) / BPS_PER_WHOLE);

const multiplyExact = (a: number, b: number): number => {
  const product = BigInt(a) * BigInt(b);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("benefit exceeds the safe integer range");

  return Number(product);
};

const step = (key: TTraceKey, params: TTraceStep["params"] = {}): TTraceStep => ({ key, params });

const readNumber = (facts: TFacts, fact: TFactKey): number | null => {
  const value = readFact(facts, fact);

  return typeof value === "number" ? value : null;
};

const missing = (fact: TFactKey): TPartial => ({ kind: "missing", facts: [fact], trace: [step("trace.missing", { fact })] });

const computed = (minFen: number, maxFen: number, trace: TTraceStep): TPartial => ({ kind: "computed", minFen, maxFen, trace: [trace] });

const applyCap = (inner: TPartial, maxFen: number): TPartial => {
  if (inner.kind !== "computed") return inner;
  if (inner.maxFen <= maxFen) return { ...inner, trace: [...inner.trace, step("trace.cap_not_reached", { maxFen })] };
  const capped = { minFen: Math.min(inner.minFen, maxFen), maxFen };

  return {
    kind: "computed",
    ...capped,
    trace: [...inner.trace, step("trace.cap_applied", { capFen: maxFen, beforeMinFen: inner.minFen, beforeMaxFen: inner.maxFen, minFen: capped.minFen, maxFen: capped.maxFen })],
  };
};

const applySum = (parts: TPartial[]): TPartial => {
  const trace = parts.flatMap((part) => part.trace);
  const missingFacts = parts.flatMap((part) => (part.kind === "missing" ? part.facts : []));
  if (missingFacts.length > 0) return { kind: "missing", facts: [...new Set(missingFacts)], trace };
  const quantified = parts.filter((part) => part.kind === "computed");
  if (quantified.length === 0) return { kind: "not_quantified", trace };
  const minFen = quantified.reduce((total, part) => total + part.minFen, 0);
  const maxFen = quantified.reduce((total, part) => total + part.maxFen, 0);

  return { kind: "computed", minFen, maxFen, trace: [...trace, step("trace.sum", { minFen, maxFen, parts: quantified.length })] };
};

const evaluateFormula = (formula: TBenefitFormula, facts: TFacts): TPartial => {
  switch (formula.kind) {
    case "percent_of": {
      const baseFen = readNumber(facts, formula.fact);
      if (baseFen === null) return missing(formula.fact);
      const resultFen = applyBps(baseFen, formula.bps);

      return computed(resultFen, resultFen, step("trace.percent_of", { fact: formula.fact, bps: formula.bps, baseFen, resultFen }));
    }
    case "percent_band_of": {
      const baseFen = readNumber(facts, formula.fact);
      if (baseFen === null) return missing(formula.fact);
      const [minFen, maxFen] = [applyBps(baseFen, formula.minBps), applyBps(baseFen, formula.maxBps)];
      const params = { fact: formula.fact, minBps: formula.minBps, maxBps: formula.maxBps, baseFen, minFen, maxFen };

      return computed(minFen, maxFen, step("trace.percent_band_of", params));
    }
    case "per_unit": {
      const units = readNumber(facts, formula.fact);
      if (units === null) return missing(formula.fact);
      const resultFen = multiplyExact(units, formula.amountFen);

      return computed(resultFen, resultFen, step("trace.per_unit", { fact: formula.fact, amountFen: formula.amountFen, units, resultFen }));
    }
    case "per_unit_band": {
      const units = readNumber(facts, formula.fact);
      if (units === null) return missing(formula.fact);
      const [minFen, maxFen] = [multiplyExact(units, formula.minAmountFen), multiplyExact(units, formula.maxAmountFen)];
      const params = { fact: formula.fact, minAmountFen: formula.minAmountFen, maxAmountFen: formula.maxAmountFen, units, minFen, maxFen };

      return computed(minFen, maxFen, step("trace.per_unit_band", params));
    }
    case "fixed":
      return computed(formula.amountFen, formula.amountFen, step("trace.fixed", { amountFen: formula.amountFen }));
    case "band":
      return computed(formula.minFen, formula.maxFen, step("trace.band", { minFen: formula.minFen, maxFen: formula.maxFen }));
    case "cap":
      return applyCap(evaluateFormula(formula.of, facts), formula.maxFen);
    case "sum":
      return applySum(formula.of.map((part) => evaluateFormula(part, facts)));
    case "not_quantified":
      return { kind: "not_quantified", trace: [step("trace.not_quantified")] };
  }
};

/** Computes a benefit range with its trace; a missing fact makes the amount unknown, never zero. */
export const computeBenefit = (formula: TBenefitFormula, facts: TFacts): TBenefitResult => {
  const result = evaluateFormula(formula, facts);
  switch (result.kind) {
    case "computed":
      return { status: "computed", minFen: result.minFen, maxFen: result.maxFen, trace: result.trace };
    case "missing":
      return { status: "missing_facts", missingFacts: result.facts, trace: result.trace };
    case "not_quantified":
      return { status: "not_quantified", trace: result.trace };
  }
};

/** Facts a formula reads, in formula order. */
export const collectFormulaFacts = (formula: TBenefitFormula): TFactKey[] => {
  switch (formula.kind) {
    case "percent_of":
    case "percent_band_of":
    case "per_unit":
    case "per_unit_band":
      return [formula.fact];
    case "cap":
      return collectFormulaFacts(formula.of);
    case "sum":
      return [...new Set(formula.of.flatMap(collectFormulaFacts))];
    default:
      return [];
  }
};
