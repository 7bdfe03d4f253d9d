// Price quote for a booking, in integer fen. Structures follow real overseas-warehouse price
// lists (shared/reference/customs-fx-markets.md §5): storage per m³ per day with free days
// and tiers by length of stay, an inbound (unloading) fee per m³ and an outbound fee per
// order shipped. Public warehouses carry a subsidy share of storage and inbound.
import type { Temperature } from "./ledger";
import { CENTI_PER_M3 } from "./volume";

export type StorageTier = { fromDay: number; fenPerM3Day: number };
export type StoragePrices = { freeDays: number; tiers: StorageTier[] };
export type PriceList = {
  ambient: StoragePrices;
  cold: StoragePrices;
  inboundFenPerM3: number;
  outboundFenPerOrder: number;
};
export type Subsidy = { bps: number; capFen: number };

export type StorageLine = { fromDay: number; toDay: number; days: number; fenPerM3Day: number; amountFen: number };
export type Quote = {
  days: number;
  volumeCenti: number;
  temperature: Temperature;
  freeDays: number;
  storageLines: StorageLine[];
  storageFen: number;
  inboundFen: number;
  subtotalFen: number;
  subsidyBps: number;
  subsidyFen: number;
  totalFen: number;
  outboundFenPerOrder: number;
};

/** a × volumeCenti / 100, rounded half up to whole fen (all inputs are non-negative integers). */
function perVolume(fenPerM3: number, volumeCenti: number): number {
  return Math.floor((fenPerM3 * volumeCenti * 2 + CENTI_PER_M3) / (2 * CENTI_PER_M3));
}

/** The rate that applies on day `n` (1-based) of a stay. */
export function rateOnDay(prices: StoragePrices, n: number): number {
  if (n <= prices.freeDays) return 0;
  let rate = 0;
  for (const tier of prices.tiers) if (tier.fromDay <= n) rate = tier.fenPerM3Day;

  return rate;
}

/** Consecutive days with the same rate, as the lines a farmer reads on the quote. */
function storageLines(prices: StoragePrices, days: number, volumeCenti: number): StorageLine[] {
  const lines: StorageLine[] = [];
  for (let n = 1; n <= days; n += 1) {
    const rate = rateOnDay(prices, n);
    const last = lines.at(-1);
    if (last && last.fenPerM3Day === rate) {
      last.toDay = n;
      last.days += 1;
    } else {
      lines.push({ fromDay: n, toDay: n, days: 1, fenPerM3Day: rate, amountFen: 0 });
    }
  }
  for (const line of lines) line.amountFen = perVolume(line.fenPerM3Day * line.days, volumeCenti);

  return lines;
}

export function quoteBooking(input: { priceList: PriceList; subsidy: Subsidy; days: number; volumeCenti: number; temperature: Temperature }): Quote {
  const prices = input.priceList[input.temperature];
  const lines = storageLines(prices, input.days, input.volumeCenti);
  const storageFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
  const inboundFen = perVolume(input.priceList.inboundFenPerM3, input.volumeCenti);
  const subtotalFen = storageFen + inboundFen;
  const subsidyFen = Math.min(input.subsidy.capFen, Math.floor((subtotalFen * input.subsidy.bps) / 10_000));

  return {
    days: input.days,
    volumeCenti: input.volumeCenti,
    temperature: input.temperature,
    freeDays: Math.min(prices.freeDays, input.days),
    storageLines: lines,
    storageFen,
    inboundFen,
    subtotalFen,
    subsidyBps: input.subsidy.bps,
    subsidyFen,
    totalFen: subtotalFen - subsidyFen,
    outboundFenPerOrder: input.priceList.outboundFenPerOrder,
  };
}
