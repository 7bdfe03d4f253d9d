import { add, ceil, decimalPlaces, div, formatMinor, mul, parseDecimal, ratio, roundHalfUp, sub, type Ratio } from "./decimal";
import { findRate, minorDigits, minorToFen, type RateQuote } from "./rates";

// Logistics share of export cost reported by the papers: 23% for Guizhou, 12% on the coast
// (seeds 002–004, shared/reference/services.md); the papers' target is 15%.
export const LOGISTICS_SHARE_GUIZHOU_BPS = 2300;
export const LOGISTICS_SHARE_COAST_BPS = 1200;
// Average haul from a farm to its county seat (seed 002).
export const AVERAGE_HAUL_KM = 28;

export type LandedCostInput = {
  quantity: number;
  unitPrice: string; // in the sale currency's major units, e.g. "12.50"
  currency: string;
  rateDate: string;
  goodsCostFen: number; // what the goods cost the seller (buying or growing them)
  domesticHaulFen: number;
  internationalFreightFen: number;
  warehouseFeesFen: number;
  dutyPercent: string;
  destinationTaxPercent: string;
  platformFeePercent: string;
  insurancePercent: string;
};

export const COST_LINES = ["goods", "domestic_haul", "international_freight", "warehouse", "duty", "destination_tax", "platform_fee", "insurance"] as const;
export type CostLine = (typeof COST_LINES)[number];

export type LandedCost = {
  rate: RateQuote;
  revenueFen: number;
  lines: { key: CostLine; fen: number }[];
  totalCostFen: number;
  marginFen: number;
  marginBps: number | null;
  breakEvenUnitPrice: string | null;
  logisticsFen: number;
  logisticsShareBps: number | null;
  benchmarks: { guizhouBps: number; coastBps: number };
};

const percent = (value: string): Ratio => div(parseDecimal(value), ratio(100));
const fen = (value: Ratio): number => Number(roundHalfUp(value));
const share = (part: number, whole: number): number | null => (whole > 0 ? fen(ratio(BigInt(part) * 10000n, BigInt(whole))) : null);

/** Price text → integer minor units of its currency; more decimals than the currency has is an error. */
export function priceToMinor(price: string, currency: string): bigint {
  const digits = minorDigits(currency);
  if (decimalPlaces(price) > digits) throw new RangeError("price_too_precise");
  const value = parseDecimal(price);

  return (value.n * 10n ** BigInt(digits)) / value.d;
}

/**
 * Landed cost and margin of one shipment, in fen. Duty, insurance and platform fees are taken
 * on the sale value; the destination's VAT/GST on sale value plus duty (a simplification: customs
 * value is usually CIF, which for delivered-duty-paid sales is close to the sale value).
 * Every line is rounded half-up to the fen on its own, so the lines add up to the total shown.
 */
export function computeLandedCost(input: LandedCostInput, rates: readonly RateQuote[]): LandedCost {
  const rate = findRate(rates, input.currency, input.rateDate);
  const unitMinor = priceToMinor(input.unitPrice, input.currency);
  const revenue = mul(minorToFen(unitMinor, rate), ratio(input.quantity));
  const revenueFen = fen(revenue);
  const duty = mul(revenue, percent(input.dutyPercent));
  const tax = mul(add(revenue, duty), percent(input.destinationTaxPercent));
  const platform = mul(revenue, percent(input.platformFeePercent));
  const insurance = mul(revenue, percent(input.insurancePercent));
  const lines: { key: CostLine; fen: number }[] = [
    { key: "goods", fen: input.goodsCostFen },
    { key: "domestic_haul", fen: input.domesticHaulFen },
    { key: "international_freight", fen: input.internationalFreightFen },
    { key: "warehouse", fen: input.warehouseFeesFen },
    { key: "duty", fen: fen(duty) },
    { key: "destination_tax", fen: fen(tax) },
    { key: "platform_fee", fen: fen(platform) },
    { key: "insurance", fen: fen(insurance) },
  ];
  const totalCostFen = lines.reduce((sum, line) => sum + line.fen, 0);
  const marginFen = revenueFen - totalCostFen;
  const logisticsFen = input.domesticHaulFen + input.internationalFreightFen + input.warehouseFeesFen;

  return {
    rate,
    revenueFen,
    lines,
    totalCostFen,
    marginFen,
    marginBps: share(marginFen, revenueFen),
    breakEvenUnitPrice: breakEvenUnitPrice(input, rate),
    logisticsFen,
    logisticsShareBps: share(logisticsFen, totalCostFen),
    benchmarks: { guizhouBps: LOGISTICS_SHARE_GUIZHOU_BPS, coastBps: LOGISTICS_SHARE_COAST_BPS },
  };
}

/**
 * The unit price (in the sale currency, rounded up to its minor unit) at which the sale just
 * covers its costs: fixed costs / (1 − the share of the sale value eaten by percentages).
 * Null when the percentages alone take the whole sale value.
 */
function breakEvenUnitPrice(input: LandedCostInput, rate: RateQuote): string | null {
  const duty = percent(input.dutyPercent);
  const vat = percent(input.destinationTaxPercent);
  const eaten = add(add(add(duty, mul(add(ratio(1), duty), vat)), percent(input.platformFeePercent)), percent(input.insurancePercent));
  const keep = sub(ratio(1), eaten);
  if (keep.n * keep.d <= 0n) return null;
  const fixedFen = ratio(input.goodsCostFen + input.domesticHaulFen + input.internationalFreightFen + input.warehouseFeesFen);
  const revenueNeededFen = div(fixedFen, keep);
  const fenPerMinor = minorToFen(1n, rate);
  const unitMinor = ceil(div(revenueNeededFen, mul(fenPerMinor, ratio(input.quantity))));

  return formatMinor(unitMinor, minorDigits(input.currency));
}
