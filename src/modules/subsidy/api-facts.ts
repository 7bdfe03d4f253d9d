import { isValidIsoDate } from "./domain/dates";
import { FACT_CATALOGUE, FACT_KEYS, FRAGILE_GOODS, SUBJECT_TYPES, getFactDefinition, type TFactKey, type TFacts } from "./domain/facts";

// The public API speaks the issue's vocabulary (camelCase facts, amounts in YUAN, subject
// types like `micro_enterprise`); the domain speaks integer fen and its own names. This
// is the one explicit, tested bridge between the two. Amounts are parsed from their
// decimal text, never through floating-point multiplication: ¥0.29 × 100 is 28.999…
// in binary floating point, and one lost fen per request is still wrong.

export type TFactIssue = { field: string; key: string };
export type TMappedFacts = { ok: true; facts: TFacts } | { ok: false; issues: TFactIssue[] };

type TAlias = { fact: TFactKey; unit: "yuan" | "domain" };

// The issue's names (issue #3 §5) → domain facts.
const ISSUE_ALIASES: Record<string, TAlias> = {
  annualCbecTurnoverCny: { fact: "annualCbecTurnoverFen", unit: "yuan" },
  annualTurnoverCny: { fact: "annualTurnoverFen", unit: "yuan" },
  overseasWarehouseInvestmentCny: { fact: "overseasWarehouseInvestmentFen", unit: "yuan" },
  trainedPersons: { fact: "peopleTrained", unit: "domain" },
  certificationFeeCny: { fact: "certificationFeePaidFen", unit: "yuan" },
  overseasTrademarks: { fact: "overseasTrademarksRegistered", unit: "domain" },
  // The export credit and exchange-rate insurance of reference/policies.md; the fragile
  // goods' breakage insurance has its own name, fragileInsurancePremiumCny.
  insurancePremiumCny: { fact: "exportCreditPremiumPaidFen", unit: "yuan" },
  smallOrderFreightCny: { fact: "smallParcelFreightFen", unit: "yuan" },
  rcepCertificateFeeCny: { fact: "rcepCertificateFeesFen", unit: "yuan" },
};

// Every domain money fact `xFen` is also accepted as `xCny` in yuan, and every domain
// fact under its own name in the domain's unit (fen for `…Fen`).
const GENERIC_ALIASES: Record<string, TAlias> = Object.fromEntries(
  FACT_KEYS.flatMap((fact): [string, TAlias][] => [
    [fact, { fact, unit: "domain" }],
    ...(FACT_CATALOGUE[fact].type === "money_fen" ? [[fact.replace(/Fen$/, "Cny"), { fact, unit: "yuan" }] as [string, TAlias]] : []),
  ]),
);

export const API_FACT_ALIASES: Readonly<Record<string, TAlias>> = { ...GENERIC_ALIASES, ...ISSUE_ALIASES };

// The issue's subject types → the domain's. `individual` is a farming household (农户),
// the common case; `individual_person` (someone without a business, e.g. a seconded
// professional) is accepted under the domain's own name.
export const API_SUBJECT_TYPES: Readonly<Record<string, (typeof SUBJECT_TYPES)[number]>> = {
  individual: "individual_farmer",
  micro_enterprise: "micro_small_enterprise",
  ...Object.fromEntries(SUBJECT_TYPES.map((type) => [type, type])),
};

const YUAN_TEXT = /^(\d{1,16})(?:\.(\d{1,2}))?$/;

/** Yuan as a JSON number or decimal string → integer fen, exactly; null when not a non-negative amount with at most 2 decimals. */
export const parseYuanToFen = (value: unknown): number | null => {
  if (typeof value === "number" && (!Number.isFinite(value) || value < 0)) return null;
  if (typeof value !== "number" && typeof value !== "string") return null;
  // String(number) is the shortest text that round-trips, so 12345.67 reads as "12345.67".
  const match = YUAN_TEXT.exec(typeof value === "number" ? String(value) : value.trim());
  if (!match) return null;
  const fen = BigInt(match[1] as string) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));

  return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : null;
};

type TParsed = { ok: true; value: TFacts[TFactKey] } | { ok: false; key: string };

const fail = (key: string): TParsed => ({ ok: false, key });
const ok = (value: unknown): TParsed => ({ ok: true, value: value as TFacts[TFactKey] });

const parseValue = (alias: TAlias, value: unknown): TParsed => {
  const definition = getFactDefinition(alias.fact);
  switch (definition.type) {
    case "money_fen": {
      if (alias.unit === "yuan") {
        const fen = parseYuanToFen(value);

        return fen === null ? fail("fact_yuan") : ok(fen);
      }

      return Number.isSafeInteger(value) && (value as number) >= 0 ? ok(value) : fail("fact_fen");
    }
    case "integer":
      return Number.isSafeInteger(value) && (value as number) >= 0 ? ok(value) : fail("fact_integer");
    case "boolean":
      return typeof value === "boolean" ? ok(value) : fail("fact_boolean");
    case "date":
      return typeof value === "string" && isValidIsoDate(value) ? ok(value) : fail("fact_date");
    case "code":
      return typeof value === "string" && definition.pattern.test(value) ? ok(value) : fail("fact_county_code");
    case "enum": {
      const mapped = alias.fact === "subjectType" && typeof value === "string" ? API_SUBJECT_TYPES[value] : undefined;

      return mapped ? ok(mapped) : fail("fact_subject_type");
    }
    case "string_list": {
      // `false` = sells none of them. `true` = sells fragile goods without saying which: the
      // breakage-insurance rule (reference/policies.md, fragile-logistics-insurance) treats every
      // listed kind alike, so "all of them" gives the same outcome as the unknown true list.
      if (value === false) return ok([]);
      if (value === true) return ok([...FRAGILE_GOODS]);
      const allowed: readonly string[] = FRAGILE_GOODS;
      const valid = Array.isArray(value) && value.every((item) => typeof item === "string" && allowed.includes(item));

      return valid ? ok([...new Set(value as string[])]) : fail("fact_fragile_goods");
    }
  }
};

/**
 * API facts → domain facts. `null` means "not answered" (unknown, never zero). Unknown
 * names, wrong types and a fact given twice under two names are issues naming the field.
 */
export const mapApiFacts = (input: unknown): TMappedFacts => {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, issues: [{ field: "facts", key: "facts_object" }] };
  const facts: Record<string, unknown> = {};
  const issues: TFactIssue[] = [];
  for (const [name, value] of Object.entries(input)) {
    const field = `facts.${name}`;
    const alias = Object.hasOwn(API_FACT_ALIASES, name) ? API_FACT_ALIASES[name] : undefined;
    if (!alias) {
      issues.push({ field, key: "fact_unknown" });
      continue;
    }
    if (Object.hasOwn(facts, alias.fact)) {
      issues.push({ field, key: "fact_duplicate" });
      continue;
    }
    if (value === null) {
      facts[alias.fact] = null;
      continue;
    }
    const parsed = parseValue(alias, value);
    if (parsed.ok) facts[alias.fact] = parsed.value;
    else issues.push({ field, key: parsed.key });
  }
  if (issues.length > 0) return { ok: false, issues };
  // "trainedPersons" counts people who completed a recognised course, so a count also
  // answers whether the course was completed (training-subsidy reads both).
  if (typeof facts.peopleTrained === "number" && !Object.hasOwn(facts, "completedRecognisedTraining")) {
    facts.completedRecognisedTraining = facts.peopleTrained > 0;
  }

  return { ok: true, facts: facts as TFacts };
};

