import { div, mul, parseDecimal, ratio, type Ratio } from "./decimal";

// CFETS quotes most currencies directly (CNY per 1 or per 100 units: USD, EUR, JPY per 100)
// and some indirectly (units per 1 CNY: MYR, THB). We keep the quotation exactly as published.
export const QUOTATIONS = ["direct", "indirect"] as const;
export type Quotation = (typeof QUOTATIONS)[number];

export type RateQuote = {
  currency: string;
  date: string;
  rate: string;
  quotation: Quotation;
  unit: number;
};

// ISO 4217 minor units; VND and JPY have none in practice or in the standard.
const MINOR_DIGITS: Record<string, number> = { CNY: 2, USD: 2, EUR: 2, JPY: 0, MYR: 2, THB: 2, VND: 0, LAK: 2, HKD: 2, MMK: 2 };

export const CURRENCIES = Object.keys(MINOR_DIGITS);

export function minorDigits(currency: string): number {
  const digits = MINOR_DIGITS[currency];
  if (digits === undefined) throw new RangeError(`unknown currency ${currency}`);

  return digits;
}

export class MissingRateError extends Error {
  readonly currency: string;
  readonly date: string;

  constructor(currency: string, date: string) {
    super(`no ${currency} rate for ${date}`);
    this.name = "MissingRateError";
    this.currency = currency;
    this.date = date;
  }
}

/** The quote for exactly this currency and date; a missing rate is an error, never a zero or a neighbour's rate. */
export function findRate(rates: readonly RateQuote[], currency: string, date: string): RateQuote {
  if (currency === "CNY") return { currency, date, rate: "1", quotation: "direct", unit: 1 };
  const found = rates.find((r) => r.currency === currency && r.date === date);
  if (!found) throw new MissingRateError(currency, date);

  return found;
}

/** CNY per one major unit of the foreign currency, as an exact ratio. */
export function cnyPerUnit(quote: RateQuote): Ratio {
  const rate = parseDecimal(quote.rate);
  if (rate.n === 0n) throw new RangeError("a rate of zero is not a rate");

  return quote.quotation === "direct" ? div(rate, ratio(quote.unit)) : div(ratio(quote.unit), rate);
}

/** Foreign minor units → fen, exact (not rounded). */
export function minorToFen(minor: bigint, quote: RateQuote): Ratio {
  const major = ratio(minor, 10n ** BigInt(minorDigits(quote.currency)));

  return mul(mul(major, cnyPerUnit(quote)), ratio(100));
}
