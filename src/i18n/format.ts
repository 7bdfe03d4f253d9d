import type { Locale } from "./settings";

// Building an Intl.NumberFormat costs far more than using one (tens of microseconds:
// the screen API formats dozens of amounts per request), so each shape is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ""}|${options.minimumFractionDigits ?? ""}|${options.maximumFractionDigits ?? ""}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }

  return format;
}

// Money is integer fen in the domain; it becomes yuan only here, at the edge.
export function formatMoneyFen(fen: number, locale: Locale, options: { withSymbol?: boolean } = {}): string {
  const yuan = fen / 100;
  const hasFen = fen % 100 !== 0;

  return numberFormat(locale, {
    style: options.withSymbol === false ? "decimal" : "currency",
    currency: "CNY",
    minimumFractionDigits: hasFen ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(yuan);
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, {}).format(value);
}

/** ISO date (YYYY-MM-DD) → locale text, without letting a time zone move the day. */
export function formatIsoDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || !month || !day) return isoDate;

  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Timestamps are shown in China Standard Time: every user of the portal is in Guizhou. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = typeof value === "string" ? new Date(value) : value;

  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(date);
}

// Built once for the same reason as the number formats: a booking asks for "today" several times.
const chinaDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export function todayIsoInChina(now: Date = new Date()): string {
  return chinaDayFormat.format(now);
}

/** Basis points (integers in stored rules) → a percentage: 500 → "5%", 1250 → "12.5%". */
export function formatBasisPoints(bps: number, locale: Locale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bps / 10000);
}
