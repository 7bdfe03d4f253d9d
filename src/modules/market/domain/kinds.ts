// What an item is about. "alert" covers tariff and regulation changes (seed 003 §4.1: the
// April 2025 US duty rises reached sellers too late); "fair" covers trade fairs and buyer
// matching (seed 002 §5.1.3: ASEAN CBEC expo).
export const MARKET_KINDS = ["demand", "price", "alert", "fair", "logistics", "policy"] as const;
export type MarketKind = (typeof MARKET_KINDS)[number];

export function isMarketKind(value: unknown): value is MarketKind {
  return typeof value === "string" && (MARKET_KINDS as readonly string[]).includes(value);
}

export const ITEM_STATUSES = ["draft", "published", "retracted"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What a reader or an official sees: "scheduled" is a published item whose time has not come. */
export type ItemState = "draft" | "scheduled" | "published" | "expired" | "retracted";

export function itemState(item: { status: string; publishedAt: Date; expiresAt: Date | null }, now: Date): ItemState {
  if (item.status === "draft") return "draft";
  if (item.status === "retracted") return "retracted";
  if (item.publishedAt > now) return "scheduled";
  if (item.expiresAt && item.expiresAt <= now) return "expired";

  return "published";
}

/** Urgent alerts stay pinned above the list for this long after publication (or until expiry). */
export const URGENT_PIN_DAYS = 30;
