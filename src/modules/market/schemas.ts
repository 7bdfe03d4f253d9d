import { z } from "zod";
import { PRODUCT_CODES } from "@/modules/customs/domain/product-codes";
import { isCountryCode } from "./domain/countries";
import { MARKET_KINDS } from "./domain/kinds";

const PRODUCT_SET = new Set(PRODUCT_CODES.map((p) => p.code));

const ZProductCode = z.string().refine((v) => PRODUCT_SET.has(v), "product_unknown");
const ZCountryCode = z.string().transform((v) => v.trim().toUpperCase()).refine(isCountryCode, "country_unknown");

/** A form field that may arrive as one string, several, or a comma/space-separated list. */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    const raw = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    return raw.flatMap((v) => String(v).split(/[\s,，、]+/)).filter(Boolean);
  }, z.array(item).max(30, "too_many"));
}

const ZCheckbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const ZOptionalUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().max(1000, "too_long").url("url_invalid").refine((v) => /^https?:\/\//i.test(v), "url_invalid").optional(),
);
// <input type="datetime-local"> sends a time without a zone; every user is in China (UTC+8).
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const ZDateTimeLocal = z.preprocess(
  (v) => (typeof v !== "string" || v.trim() === "" ? undefined : LOCAL_DATE_TIME.test(v.trim()) ? `${v.trim()}+08:00` : v.trim()),
  z.string().refine((v) => !Number.isNaN(new Date(v).getTime()), "datetime_invalid").transform((v) => new Date(v)).optional(),
);

export const ZLanguage = z.enum(["zh-CN", "en"], "language_required");

export const ZMarketItemInput = z.object({
  kind: z.enum(MARKET_KINDS, "kind_required"),
  urgent: ZCheckbox,
  language: ZLanguage,
  title: z.string().trim().min(4, "title_required").max(200, "too_long"),
  summary: z.string().trim().min(4, "summary_required").max(500, "too_long"),
  body: z.string().trim().min(1, "body_required").max(20000, "too_long"),
  translationTitle: z.string().trim().max(200, "too_long").optional().default(""),
  translationSummary: z.string().trim().max(500, "too_long").optional().default(""),
  translationBody: z.string().trim().max(20000, "too_long").optional().default(""),
  products: listOf(ZProductCode),
  countries: listOf(ZCountryCode),
  sourceName: z.string().trim().min(2, "source_required").max(200, "too_long"),
  sourceUrl: ZOptionalUrl,
  sourceRef: z.string().trim().max(200, "too_long").optional().default(""),
  publishedAt: ZDateTimeLocal,
  expiresAt: ZDateTimeLocal,
});
export type TMarketItemInput = z.infer<typeof ZMarketItemInput>;

export const ZRetractInput = z.object({ reason: z.string().trim().min(4, "reason_required").max(500, "too_long") });

export const ZFeedSourceInput = z.object({
  name: z.string().trim().min(2, "feed_name_required").max(120, "too_long"),
  url: z.string().trim().max(1000, "too_long").url("url_invalid").refine((v) => /^https?:\/\//i.test(v), "url_invalid"),
  language: ZLanguage,
  trusted: ZCheckbox,
  defaultKind: z.enum(MARKET_KINDS, "kind_required"),
  defaultProducts: listOf(ZProductCode),
  defaultCountries: listOf(ZCountryCode),
});

export const ZFollowsInput = z.object({ products: listOf(ZProductCode), countries: listOf(ZCountryCode) });

const ZOptionalQueryString = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(100, "too_long").optional());

export const ZItemsQuery = z.object({
  product: z.preprocess((v) => (v === "" ? undefined : v), ZProductCode.optional()),
  country: z.preprocess((v) => (v === "" ? undefined : v), ZCountryCode.optional()),
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(MARKET_KINDS, "kind_unknown").optional()),
  q: ZOptionalQueryString,
  cursor: ZOptionalQueryString,
});
export type TItemsQuery = z.infer<typeof ZItemsQuery>;

// --- outgoing DTOs (the JSON API's contract, issue #7 §5) -------------------------------

export const ZMarketItemSummaryDto = z.object({
  id: z.string(),
  kind: z.enum(MARKET_KINDS),
  title: z.string(),
  summary: z.string(),
  countries: z.array(z.string()),
  products: z.array(z.string()),
  publishedAt: z.string(),
  source: z.object({ name: z.string(), url: z.string().nullable(), ref: z.string().nullable() }),
  urgent: z.boolean(),
});
export type TMarketItemSummaryDto = z.infer<typeof ZMarketItemSummaryDto>;

export const ZMarketItemListDto = z.object({ items: z.array(ZMarketItemSummaryDto), nextCursor: z.string().nullable() });

export const ZMarketItemDto = ZMarketItemSummaryDto.extend({
  language: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  expiresAt: z.string().nullable(),
  link: z.string().nullable(),
  translations: z.array(z.object({ language: z.string(), title: z.string(), summary: z.string() })),
});
