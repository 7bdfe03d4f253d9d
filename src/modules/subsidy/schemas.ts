import { z } from "zod";
import { FACT_CATALOGUE, FACT_KEYS, getFactDefinition, type TFactDefinition, type TFactKey, type TFacts } from "./domain/facts";

// Rules are stored as JSON rows and edited by officials, so every rule, case and
// outcome crosses a zod boundary (DESIGN.md "zod at every boundary, outgoing DTOs too").

export const ZIsoDate = z.iso.date();
export const ZFactKey = z.enum(FACT_KEYS);
// Fen are integers; above 2^53 arithmetic silently loses fen.
export const ZFen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
// Basis points: 10000 = 100%. Capped at 100% because no seeded rule pays more than
// the base it is a share of (rcep-origin-certificate pays exactly 100% of the fee).
export const ZBps = z.number().int().nonnegative().max(10_000);
export const ZSlug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "lower-case slug");

// ───────────────────────── facts ─────────────────────────

const toEnum = (values: readonly string[]) => z.enum(values as unknown as [string, ...string[]]);

const buildFactValueSchema = (definition: TFactDefinition): z.ZodType => {
  switch (definition.type) {
    case "money_fen":
      return ZFen;
    case "integer":
      return z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
    case "boolean":
      return z.boolean();
    case "date":
      return ZIsoDate;
    case "enum":
      return toEnum(definition.allowedValues);
    case "string_list":
      return z.array(toEnum(definition.allowedValues));
    case "code":
      return z.string().regex(definition.pattern);
  }
};

const factShape = Object.fromEntries(
  FACT_KEYS.map((key) => [key, buildFactValueSchema(FACT_CATALOGUE[key]).nullable().optional()]),
);

/** Answers about one subject. Strict: a misspelt fact in a case or an API call is an error, not a silent unknown. */
export const ZFacts = z.object(factShape).strict() as unknown as z.ZodType<TFacts>;

// ───────────────────────── criteria ─────────────────────────

export const COMPARATORS = ["gt", "gte", "lt", "lte", "eq", "neq"] as const;
export type TComparator = (typeof COMPARATORS)[number];

type TCriterionMeta = { id?: string; labelKey?: string };
export type TCompareCriterion = TCriterionMeta & { op: "compare"; fact: TFactKey; cmp: TComparator; value: number | string };
export type TInCriterion = TCriterionMeta & { op: "in"; fact: TFactKey; values: string[] };
export type TIsTrueCriterion = TCriterionMeta & { op: "is_true"; fact: TFactKey };
export type TAnniversaryCriterion = TCriterionMeta & {
  op: "anniversary";
  fact: TFactKey;
  atLeast: { years?: number; months?: number };
  before: "assessment_date";
};
export type TGroupCriterion = TCriterionMeta & { op: "all" | "any"; of: TCriterion[] };
export type TNotCriterion = TCriterionMeta & { op: "not"; of: TCriterion };
export type TLeafCriterion = TCompareCriterion | TInCriterion | TIsTrueCriterion | TAnniversaryCriterion;
export type TCriterion = TGroupCriterion | TNotCriterion | TLeafCriterion;

const criterionMeta = {
  id: ZSlug.optional(),
  labelKey: z.string().regex(/^[a-z0-9_.]+$/i).optional(),
};

const requireFactType = (ctx: z.core.$RefinementCtx, fact: TFactKey, allowed: readonly TFactDefinition["type"][], op: string) => {
  const { type } = getFactDefinition(fact);
  if (!allowed.includes(type)) {
    ctx.addIssue({ code: "custom", path: ["fact"], message: `${op} cannot read ${type} fact ${fact}` });
  }
};

const ZCompareCriterion = z
  .object({ ...criterionMeta, op: z.literal("compare"), fact: ZFactKey, cmp: z.enum(COMPARATORS), value: z.union([z.number(), z.string()]) })
  .strict()
  .superRefine((node, ctx) => {
    requireFactType(ctx, node.fact, ["money_fen", "integer", "date"], "compare");
    const { type } = getFactDefinition(node.fact);
    const validValue =
      type === "date" ? typeof node.value === "string" && ZIsoDate.safeParse(node.value).success : ZFen.safeParse(node.value).success;
    if (!validValue) ctx.addIssue({ code: "custom", path: ["value"], message: `value does not fit ${type} fact ${node.fact}` });
  });

const ZInCriterion = z
  .object({ ...criterionMeta, op: z.literal("in"), fact: ZFactKey, values: z.array(z.string()).min(1) })
  .strict()
  .superRefine((node, ctx) => {
    requireFactType(ctx, node.fact, ["enum", "string_list", "code"], "in");
    const definition = getFactDefinition(node.fact);
    node.values.forEach((value, index) => {
      const fits =
        definition.type === "code"
          ? definition.pattern.test(value)
          : "allowedValues" in definition && definition.allowedValues.includes(value);
      if (!fits) ctx.addIssue({ code: "custom", path: ["values", index], message: `${value} is not a value of ${node.fact}` });
    });
  });

const ZIsTrueCriterion = z
  .object({ ...criterionMeta, op: z.literal("is_true"), fact: ZFactKey })
  .strict()
  .superRefine((node, ctx) => requireFactType(ctx, node.fact, ["boolean"], "is_true"));

const ZAnniversaryCriterion = z
  .object({
    ...criterionMeta,
    op: z.literal("anniversary"),
    fact: ZFactKey,
    atLeast: z
      .object({ years: z.number().int().nonnegative().optional(), months: z.number().int().nonnegative().optional() })
      .strict()
      .refine((d) => (d.years ?? 0) * 12 + (d.months ?? 0) > 0, "atLeast needs a positive number of years or months"),
    before: z.literal("assessment_date"),
  })
  .strict()
  .superRefine((node, ctx) => requireFactType(ctx, node.fact, ["date"], "anniversary"));

const ZGroupCriterion = z
  .object({
    ...criterionMeta,
    op: z.enum(["all", "any"]),
    get of(): z.ZodArray<z.ZodType<TCriterion>> {
      return z.array(ZCriterion).min(1);
    },
  })
  .strict();

const ZNotCriterion = z
  .object({
    ...criterionMeta,
    op: z.literal("not"),
    get of(): z.ZodType<TCriterion> {
      return ZCriterion;
    },
  })
  .strict();

export const ZCriterion: z.ZodType<TCriterion> = z.discriminatedUnion("op", [
  ZGroupCriterion,
  ZNotCriterion,
  ZCompareCriterion,
  ZInCriterion,
  ZIsTrueCriterion,
  ZAnniversaryCriterion,
]);

// ───────────────────────── benefit formulas ─────────────────────────

export type TBenefitFormula =
  | { kind: "percent_of"; fact: TFactKey; bps: number }
  | { kind: "percent_band_of"; fact: TFactKey; minBps: number; maxBps: number }
  | { kind: "per_unit"; fact: TFactKey; amountFen: number }
  | { kind: "per_unit_band"; fact: TFactKey; minAmountFen: number; maxAmountFen: number }
  | { kind: "fixed"; amountFen: number }
  | { kind: "band"; minFen: number; maxFen: number }
  | { kind: "cap"; of: TBenefitFormula; maxFen: number }
  | { kind: "sum"; of: TBenefitFormula[] }
  // Support the papers describe without a published amount (green-cert-export).
  | { kind: "not_quantified" };

const requireMoneyFact = (fact: TFactKey, ctx: z.core.$RefinementCtx) => requireFactType(ctx, fact, ["money_fen"], "percentage");
const requireCountFact = (fact: TFactKey, ctx: z.core.$RefinementCtx) => requireFactType(ctx, fact, ["integer"], "per-unit amount");
const requireOrdered = (min: number, max: number, path: string, ctx: z.core.$RefinementCtx) => {
  if (min > max) ctx.addIssue({ code: "custom", path: [path], message: "minimum exceeds maximum" });
};

const ZBenefitFormulaNode: z.ZodType<TBenefitFormula> = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("percent_of"), fact: ZFactKey, bps: ZBps })
    .strict()
    .superRefine((f, ctx) => requireMoneyFact(f.fact, ctx)),
  z
    .object({ kind: z.literal("percent_band_of"), fact: ZFactKey, minBps: ZBps, maxBps: ZBps })
    .strict()
    .superRefine((f, ctx) => {
      requireMoneyFact(f.fact, ctx);
      requireOrdered(f.minBps, f.maxBps, "minBps", ctx);
    }),
  z
    .object({ kind: z.literal("per_unit"), fact: ZFactKey, amountFen: ZFen })
    .strict()
    .superRefine((f, ctx) => requireCountFact(f.fact, ctx)),
  z
    .object({ kind: z.literal("per_unit_band"), fact: ZFactKey, minAmountFen: ZFen, maxAmountFen: ZFen })
    .strict()
    .superRefine((f, ctx) => {
      requireCountFact(f.fact, ctx);
      requireOrdered(f.minAmountFen, f.maxAmountFen, "minAmountFen", ctx);
    }),
  z.object({ kind: z.literal("fixed"), amountFen: ZFen }).strict(),
  z
    .object({ kind: z.literal("band"), minFen: ZFen, maxFen: ZFen })
    .strict()
    .superRefine((f, ctx) => requireOrdered(f.minFen, f.maxFen, "minFen", ctx)),
  z
    .object({
      kind: z.literal("cap"),
      maxFen: ZFen,
      get of(): z.ZodType<TBenefitFormula> {
        return ZBenefitFormulaNode;
      },
    })
    .strict(),
  z
    .object({
      kind: z.literal("sum"),
      get of(): z.ZodArray<z.ZodType<TBenefitFormula>> {
        return z.array(ZBenefitFormulaNode).min(1);
      },
    })
    .strict(),
  z.object({ kind: z.literal("not_quantified") }).strict(),
]);

export const ZBenefitFormula = ZBenefitFormulaNode;

// ───────────────────────── programmes and versions ─────────────────────────

export const VERSION_STATUSES = ["draft", "published", "retired", "proposed"] as const;
export const ZVersionStatus = z.enum(VERSION_STATUSES);
export type TVersionStatus = z.infer<typeof ZVersionStatus>;

export const ZAmountRange = z
  .object({ minFen: ZFen, maxFen: ZFen })
  .strict()
  .refine((a) => a.minFen <= a.maxFen, "minFen exceeds maxFen");
export type TAmountRange = z.infer<typeof ZAmountRange>;

export const ZLocalisedText = z.object({ "zh-CN": z.string().min(1), en: z.string().min(1) }).strict();

export const ZProgrammeTexts = z
  .object({
    "zh-CN": z.object({ name: z.string().min(1), summary: z.string().min(1) }).strict(),
    en: z.object({ name: z.string().min(1), summary: z.string().min(1) }).strict(),
  })
  .strict();
export type TProgrammeTexts = z.infer<typeof ZProgrammeTexts>;

/**
 * The legal basis of a version. docNumber (文号) and url are null when the source
 * papers do not give them: an invented 文号 on a government portal would be worse than none.
 */
export const ZLegalRef = z
  .object({
    docNumber: z.string().min(1).nullable(),
    title: z.string().min(1),
    url: z.url().nullable(),
    // Where we read it, e.g. "seed 002 §4.1", so a reviewer can check the number.
    citedIn: z.string().min(1).nullable(),
  })
  .strict();
export type TLegalRef = z.infer<typeof ZLegalRef>;

export const ZCaseExpectation = z.discriminatedUnion("status", [
  z.object({ status: z.literal("eligible"), amount: ZAmountRange.nullable() }).strict(),
  z.object({ status: z.literal("ineligible") }).strict(),
  z.object({ status: z.literal("unknown") }).strict(),
]);
export type TCaseExpectation = z.infer<typeof ZCaseExpectation>;

/** An example case in the OpenFisca YAML-test spirit: input facts, period, expected output. */
export const ZExampleCase = z
  .object({ name: z.string().min(1), date: ZIsoDate, facts: ZFacts, expected: ZCaseExpectation })
  .strict();
export type TExampleCase = z.infer<typeof ZExampleCase>;

export const ZProgramme = z
  .object({ id: ZSlug, department: ZSlug, names: ZLocalisedText })
  .strict();
export type TProgramme = z.infer<typeof ZProgramme>;

export const ZDepartment = z.object({ code: ZSlug, names: ZLocalisedText }).strict();
export type TDepartment = z.infer<typeof ZDepartment>;

export const ZProgrammeVersion = z
  .object({
    programmeId: ZSlug,
    version: z.number().int().positive(),
    status: ZVersionStatus,
    effectiveFrom: ZIsoDate,
    // Inclusive; null = open-ended.
    effectiveTo: ZIsoDate.nullable(),
    legalRef: ZLegalRef,
    criteria: ZCriterion,
    benefit: ZBenefitFormula,
    texts: ZProgrammeTexts,
    cases: z.array(ZExampleCase),
  })
  .strict()
  .refine((v) => v.effectiveTo === null || v.effectiveFrom <= v.effectiveTo, {
    path: ["effectiveTo"],
    message: "effectiveTo is before effectiveFrom",
  });
export type TProgrammeVersion = z.infer<typeof ZProgrammeVersion>;

// ───────────────────────── outcomes (outgoing DTOs) ─────────────────────────

export const ZTriState = z.enum(["met", "unmet", "unknown"]);
export type TTriState = z.infer<typeof ZTriState>;
export const ZOutcomeStatus = z.enum(["eligible", "ineligible", "unknown"]);
export type TOutcomeStatus = z.infer<typeof ZOutcomeStatus>;

/** An i18n key in namespace `subsidy` and its interpolation params; the UI translates. */
export const ZMessage = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).strict();
export type TMessage = z.infer<typeof ZMessage>;

export const ZGap = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("money"), amountFen: ZFen }).strict(),
  z.object({ kind: z.literal("number"), amount: z.number().int().nonnegative() }).strict(),
  z.object({ kind: z.literal("days"), days: z.number().int() }).strict(),
  z
    .object({
      kind: z.literal("duration"),
      monthsElapsed: z.number().int().nonnegative(),
      monthsRequired: z.number().int().positive(),
      // Set when waiting fixes it ("eligible from 2026-06-01").
      eligibleFrom: ZIsoDate.nullable(),
      // Set when a "first N years" window has closed.
      endedOn: ZIsoDate.nullable(),
    })
    .strict(),
  z.object({ kind: z.literal("mismatch") }).strict(),
]);
export type TGap = z.infer<typeof ZGap>;

export const ZFactValue = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]);
export const ZThreshold = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.string()),
  z.object({ years: z.number().int(), months: z.number().int() }).strict(),
]);
export type TThreshold = z.infer<typeof ZThreshold>;

export const ZRuleRef = z
  .object({
    programmeId: ZSlug,
    version: z.number().int().positive(),
    status: ZVersionStatus,
    effectiveFrom: ZIsoDate,
    effectiveTo: ZIsoDate.nullable(),
    legalRef: ZLegalRef,
  })
  .strict();
export type TRuleRef = z.infer<typeof ZRuleRef>;

export const ZCriterionOutcome = z
  .object({
    // Position in the authored tree, e.g. "2" or "1.0"; stable for one version.
    path: z.string(),
    id: z.string().nullable(),
    labelKey: z.string().nullable(),
    op: z.enum(["compare", "in", "is_true", "anniversary"]),
    fact: ZFactKey,
    // True when the leaf sits under an odd number of `not`s; status, gap and message
    // already describe the negated condition.
    negated: z.boolean(),
    // Operators of the enclosing groups, outermost first; "any" tells the UI that
    // this leaf is one alternative among several.
    within: z.array(z.enum(["all", "any", "not"])),
    status: ZTriState,
    value: ZFactValue.nullable(),
    threshold: ZThreshold,
    gap: ZGap.nullable(),
    message: ZMessage,
    rule: ZRuleRef,
  })
  .strict();
export type TCriterionOutcome = z.infer<typeof ZCriterionOutcome>;

export const ZTraceStep = ZMessage;
export type TTraceStep = TMessage;

export const ZBenefitResult = z.discriminatedUnion("status", [
  z.object({ status: z.literal("computed"), minFen: ZFen, maxFen: ZFen, trace: z.array(ZTraceStep) }).strict(),
  z.object({ status: z.literal("missing_facts"), missingFacts: z.array(ZFactKey), trace: z.array(ZTraceStep) }).strict(),
  z.object({ status: z.literal("not_quantified"), trace: z.array(ZTraceStep) }).strict(),
]);
export type TBenefitResult = z.infer<typeof ZBenefitResult>;

export const ZProgrammeOutcome = z
  .object({
    programmeId: ZSlug,
    version: z.number().int().positive(),
    // A `proposed` programme is shown as "if adopted", never as a promise.
    proposed: z.boolean(),
    inForce: z.boolean(),
    assessmentDate: ZIsoDate,
    status: ZOutcomeStatus,
    criteriaStatus: ZTriState,
    criteria: z.array(ZCriterionOutcome),
    // Set only when eligible and the formula is quantified.
    amount: ZAmountRange.nullable(),
    benefit: ZBenefitResult,
    // Answers that could still change an `unknown` outcome; empty otherwise.
    missingFacts: z.array(ZFactKey),
    rule: ZRuleRef,
    texts: ZProgrammeTexts,
  })
  .strict();
export type TProgrammeOutcome = z.infer<typeof ZProgrammeOutcome>;

// ───────────────────────── public API DTOs (issue #3 §5) ─────────────────────────

export const ZApiLegalReference = z
  .object({ documentNumber: z.string().nullable(), title: z.string(), link: z.url().nullable(), citedIn: z.string().nullable() })
  .strict();

export const ZProgrammesResponse = z
  .object({
    programmes: z.array(
      z
        .object({
          id: ZSlug,
          title: z.string(),
          // The programme's standing today: published if any version is in force, else its latest status.
          status: ZVersionStatus,
          versions: z.array(
            z
              .object({ version: z.number().int().positive(), status: ZVersionStatus, effectiveFrom: ZIsoDate, effectiveTo: ZIsoDate.nullable(), legalReference: ZApiLegalReference })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();
export type TProgrammesResponse = z.infer<typeof ZProgrammesResponse>;

export const ZScreenResponse = z
  .object({
    asOf: ZIsoDate,
    results: z.array(
      z
        .object({
          programmeId: ZSlug,
          title: z.string(),
          version: z.number().int().positive(),
          // A proposal screened "if adopted" (only with includeProposed).
          proposed: z.boolean(),
          outcome: ZOutcomeStatus,
          amount: ZAmountRange.nullable(),
          criteria: z.array(
            z
              .object({ id: z.string().nullable(), fact: ZFactKey, outcome: ZTriState, value: ZFactValue.nullable(), threshold: ZThreshold, explanation: z.string() })
              .strict(),
          ),
          missingFacts: z.array(ZFactKey),
        })
        .strict(),
    ),
  })
  .strict();
export type TScreenResponse = z.infer<typeof ZScreenResponse>;
