import { z } from "zod";
import { isIsoDate } from "./domain/date-range";
import { TEMPERATURES } from "./domain/ledger";
import { BOOKING_STATUSES } from "./domain/status";
import { parseVolumeM3 } from "./domain/volume";

// Messages are i18n keys (namespace "errors"); the edge translates them.
export const WAREHOUSE_KINDS = ["public", "partner"] as const;

export const ZWarehouseCode = z.string({ error: "warehouse_code_invalid" }).trim().toUpperCase().regex(/^[A-Z]{3}$/, "warehouse_code_invalid");
export const ZDate = z.string({ error: "date_invalid" }).trim().refine(isIsoDate, "date_invalid");

/** A volume in m³: decimal string or JSON number with at most two decimals → integer centi-m³. */
export const ZVolumeM3 = z.unknown().transform((value, ctx) => {
  const parsed = parseVolumeM3(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: value === undefined || value === "" ? "volume_required" : parsed.reason });
    return z.NEVER;
  }
  return parsed.centi;
});

/** `cold` from JSON (true/false) or a form ("true"/"false"/"on"/"cold"/"ambient"). */
export const ZCold = z.union([z.boolean(), z.enum(["true", "false", "on", "cold", "ambient"])], { error: "cold_invalid" })
  .optional()
  .transform((value) => value === true || value === "true" || value === "on" || value === "cold");

export const ZBookingRequest = z.object({
  subjectId: z.string({ error: "subject_required" }).trim().min(1, "subject_required").max(64, "subject_required"),
  from: ZDate,
  to: ZDate,
  volumeM3: ZVolumeM3,
  cold: ZCold,
});
export type TBookingRequest = z.infer<typeof ZBookingRequest>;

export const ZQuoteRequest = ZBookingRequest.omit({ subjectId: true });

export const ZAvailabilityQuery = z.object({ from: ZDate, to: ZDate, cold: ZCold });

export const ZSearch = z.object({
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "country_invalid").optional().or(z.literal("").transform(() => undefined)),
  from: ZDate.optional().or(z.literal("").transform(() => undefined)),
  to: ZDate.optional().or(z.literal("").transform(() => undefined)),
  volumeM3: ZVolumeM3.optional(),
  cold: ZCold,
});

/** Idempotency-Key header: Stripe recommends V4 UUIDs; any 1–255 printable ASCII is accepted. */
export const ZIdempotencyKey = z.string().regex(/^[\x21-\x7e]{1,255}$/, "idempotency_key_invalid");

export const ZCapacityChange = z.object({
  temperature: z.enum(TEMPERATURES, { error: "temperature_invalid" }),
  from: ZDate,
  to: ZDate.optional().or(z.literal("").transform(() => undefined)),
  capacityM3: z.unknown().transform((value, ctx) => {
    if (value === "0" || value === 0) return 0;
    const parsed = parseVolumeM3(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }
    return parsed.centi;
  }),
});

const ZFenFromYuan = (field: string) => z.string({ error: `${field}_invalid` }).trim().regex(/^\d{1,7}(\.\d{1,2})?$/, "money_invalid")
  .transform((v) => Math.round(Number(v) * 100));
const ZWholeNumber = z.string().trim().regex(/^\d{1,4}$/, "number_invalid").transform(Number);
/** "31:2.2, 91:3.3" → tiers from day 31 at ¥2.20 and from day 91 at ¥3.30 per m³ per day. */
const ZTiers = z.string().trim().max(200).transform((text, ctx) => {
  if (text === "") return [];
  const tiers: { fromDay: number; fenPerM3Day: number }[] = [];
  for (const part of text.split(/[,，;；\s]+/).filter(Boolean)) {
    const match = /^(\d{1,3})[:：](\d{1,5}(?:\.\d{1,2})?)$/.exec(part);
    if (!match) {
      ctx.addIssue({ code: "custom", message: "tiers_invalid" });
      return z.NEVER;
    }
    tiers.push({ fromDay: Number(match[1]), fenPerM3Day: Math.round(Number(match[2]) * 100) });
  }
  return tiers.sort((a, b) => a.fromDay - b.fromDay);
});

export const ZWarehouseForm = z.object({
  code: ZWarehouseCode,
  nameZh: z.string().trim().min(1, "name_required").max(60, "name_too_long"),
  nameEn: z.string().trim().min(1, "name_required").max(80, "name_too_long"),
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "country_invalid"),
  cityZh: z.string().trim().min(1, "name_required").max(40, "name_too_long"),
  cityEn: z.string().trim().min(1, "name_required").max(60, "name_too_long"),
  operatorZh: z.string().trim().min(1, "name_required").max(80, "name_too_long"),
  operatorEn: z.string().trim().min(1, "name_required").max(120, "name_too_long"),
  kind: z.enum(WAREHOUSE_KINDS, { error: "kind_invalid" }),
  openingDate: ZDate,
  ambientCapacityM3: ZWholeNumber,
  coldCapacityM3: ZWholeNumber,
  ambientFreeDays: ZWholeNumber,
  ambientTiers: ZTiers,
  coldFreeDays: ZWholeNumber,
  coldTiers: ZTiers,
  inboundYuanPerM3: ZFenFromYuan("inbound"),
  outboundYuanPerOrder: ZFenFromYuan("outbound"),
  subsidyPercent: z.string().trim().regex(/^\d{1,3}$/, "number_invalid").transform(Number).refine((n) => n <= 100, "number_invalid"),
  subsidyCapYuan: ZFenFromYuan("subsidy_cap"),
});
export type TWarehouseForm = z.infer<typeof ZWarehouseForm>;

// --- outgoing DTOs (the JSON API) ------------------------------------------------------

export const ZWarehouseDto = z.object({
  code: z.string(),
  name: z.string(),
  country: z.string(),
  city: z.string(),
  operator: z.string(),
  kind: z.enum(WAREHOUSE_KINDS),
  coldChain: z.boolean(),
  openingDate: z.string(),
  ambientCapacityM3: z.string(),
  coldCapacityM3: z.string(),
  subsidyPercent: z.number(),
});
export const ZWarehouseListDto = z.object({ warehouses: z.array(ZWarehouseDto) });

export const ZAvailabilityDto = z.object({
  code: z.string(),
  cold: z.boolean(),
  days: z.array(z.object({ date: z.string(), capacityM3: z.string(), reservedM3: z.string(), freeM3: z.string() })),
});

export const ZBookingCreatedDto = z.object({ id: z.string(), reference: z.string(), status: z.enum(BOOKING_STATUSES) });
export const ZInsufficientCapacityDto = z.object({ error: z.literal("insufficient_capacity"), date: z.string(), freeM3: z.string() });
export const ZBookingDto = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(BOOKING_STATUSES),
  warehouse: z.string(),
  subjectId: z.string(),
  from: z.string(),
  to: z.string(),
  volumeM3: z.string(),
  cold: z.boolean(),
  totalFen: z.number().int(),
  subsidyFen: z.number().int(),
  /** Day the goods left; the booked days after it went back to capacity. */
  departedOn: z.string().nullable(),
});
