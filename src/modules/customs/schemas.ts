import { z } from "zod";
import { isDecimalString } from "./domain/decimal";
import { CHANNELS } from "./domain/guidance";
import { isIsoDate } from "./domain/rates-csv";
import { CURRENCIES } from "./domain/rates";
import type { FieldSpec } from "./reference-tables";

// Messages are i18n keys in the "errors" namespace.
const text = (value: unknown) => (typeof value === "string" ? value.trim() : typeof value === "number" && Number.isFinite(value) ? String(value) : "");

function fieldSchema(spec: FieldSpec): z.ZodType {
  const empty = (v: unknown) => text(v) === "";
  const orNull = (schema: z.ZodType) => (spec.optional ? z.preprocess((v) => (empty(v) ? null : text(v)), schema.nullable()) : z.preprocess(text, schema));
  switch (spec.kind) {
    case "bool":
      return z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
    case "int":
      return spec.optional
        ? z.preprocess((v) => (empty(v) ? null : Number(text(v))), z.number({ error: "number_invalid" }).int("number_invalid").min(0, "number_invalid").max(2_000_000_000, "number_invalid").nullable())
        : z.preprocess((v) => (empty(v) ? undefined : Number(text(v))), z.number({ error: "field_required" }).int("number_invalid").min(0, "number_invalid").max(2_000_000_000, "number_invalid"));
    case "decimal":
      return orNull(z.string().min(1, "field_required").refine(isDecimalString, "decimal_invalid"));
    case "date":
      return orNull(z.string().min(1, "field_required").refine(isIsoDate, "date_invalid"));
    case "choice":
      return orNull(z.string().min(1, "field_required").refine((v) => (spec.options ?? []).includes(v), "choice_invalid"));
    case "codes":
      return z.preprocess(
        (v) => text(v).split(/[,，\s]+/).filter(Boolean).join(","),
        z.string().min(1, "field_required").max(500, "codes_invalid").regex(/^[A-Za-z0-9_*-]+(,[A-Za-z0-9_*-]+)*$/, "codes_invalid"),
      );
    case "textarea":
      return z.preprocess(text, spec.optional ? z.string().max(4000, "text_too_long") : z.string().min(1, "field_required").max(4000, "text_too_long"));
    case "source":
      return z.preprocess(text, z.string().min(1, "source_required").max(2000, "text_too_long"));
    case "text":
      return spec.name === "cn10"
        ? orNull(z.string().regex(/^\d{10}$/, "invalid_value"))
        : z.preprocess(text, spec.optional ? z.string().max(500, "text_too_long") : z.string().min(1, "field_required").max(500, "text_too_long"));
  }
}

/** The edit form's validation for one reference table, from its field specs. */
export function referenceRowSchema(fields: readonly FieldSpec[], withId: boolean): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)]));
  if (withId) shape.id = z.preprocess(text, z.string().regex(/^[A-Za-z0-9-]{2,60}$/, "id_invalid"));

  return z.object(shape) as unknown as z.ZodType<Record<string, unknown>>;
}

export const ZChannel = z.enum(CHANNELS, { error: "channel_invalid" });

const percentText = z.preprocess((v) => (text(v) === "" ? "0" : text(v)), z.string().refine(isDecimalString, "decimal_invalid"));
const yuanToFen = z.preprocess(
  (v) => (text(v) === "" ? "0" : text(v)),
  z
    .string()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, "money_invalid")
    .transform((v) => {
      const [whole = "0", fraction = ""] = v.split(".");

      return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
    }),
);

/** Calculator input: money in yuan as typed (converted to fen exactly), percentages and the price as decimal text. */
export const ZLandedCostInput = z.object({
  quantity: z.preprocess((v) => (text(v) === "" ? undefined : Number(text(v))), z.number({ error: "quantity_invalid" }).int("quantity_invalid").min(1, "quantity_invalid").max(10_000_000, "quantity_invalid")),
  unitPrice: z.preprocess(text, z.string().min(1, "price_required").refine(isDecimalString, "price_invalid")),
  currency: z.preprocess(text, z.string().refine((v) => CURRENCIES.includes(v), "currency_invalid")),
  rateDate: z.preprocess(text, z.string().refine(isIsoDate, "date_invalid")),
  goodsCost: yuanToFen,
  domesticHaul: yuanToFen,
  internationalFreight: yuanToFen,
  warehouseFees: yuanToFen,
  dutyPercent: percentText,
  destinationTaxPercent: percentText,
  platformFeePercent: percentText,
  insurancePercent: percentText,
});
export type TLandedCostInput = z.infer<typeof ZLandedCostInput>;

export const ZProductDto = z.object({ code: z.string(), name: z.string(), hsCode: z.string().regex(/^(\d{6}|\d{10})$/), category: z.string() });
export type TProductDto = z.infer<typeof ZProductDto>;

export const ZGuidanceDto = z.object({
  modes: z.array(z.object({ code: z.string(), recommended: z.boolean(), why: z.string() })),
  checklist: z.array(z.object({ id: z.string(), title: z.string(), issuer: z.string(), source: z.string(), verifiedOn: z.string().nullable() })),
  tariff: z.object({ mfnPercent: z.string().nullable(), preferentialPercent: z.string().nullable(), agreement: z.string().nullable(), source: z.string().nullable() }),
});
export type TGuidanceDto = z.infer<typeof ZGuidanceDto>;

export const ZLandedCostDto = z.object({
  currency: z.string(),
  rate: z.object({ date: z.string(), rate: z.string(), quotation: z.string(), unit: z.number().int(), source: z.string(), verifiedOn: z.string().nullable() }),
  revenueFen: z.number().int(),
  lines: z.array(z.object({ key: z.string(), fen: z.number().int() })),
  totalCostFen: z.number().int(),
  marginFen: z.number().int(),
  marginBps: z.number().int().nullable(),
  breakEvenUnitPrice: z.string().nullable(),
  logisticsFen: z.number().int(),
  logisticsShareBps: z.number().int().nullable(),
  benchmarks: z.object({ guizhouBps: z.number().int(), coastBps: z.number().int() }),
});
export type TLandedCostDto = z.infer<typeof ZLandedCostDto>;
