import { div, mul, parseDecimal, ratio, roundHalfUp, sub } from "./decimal";
import { PRODUCT_CATEGORIES, type ProductCategory } from "./product-codes";

// How the buyer buys, and so which CBEC supervision mode fits (GACC Ann. 12/2014, 57/2014, 75/2020).
export const CHANNELS = ["b2c", "b2b", "overseas_warehouse", "bonded"] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === "string" && (CHANNELS as readonly string[]).includes(value);
}

// Food in the sense of the 2023 return-goods relief (MOF/GACC/STA Ann. 4/2023 excludes food):
// teas, spices, fruit, juices, liquor and vegetables; herbs are treated as food to stay safe.
export const FOOD_CATEGORIES: readonly ProductCategory[] = PRODUCT_CATEGORIES.filter((c) => c !== "handicraft");

export type ModeFact = { code: string; channel: Channel };
export type ZoneSupport = { zoneCode: string; modeCode: string; status: "supported" | "not_open" | "unknown"; verifiedOn: string | null };

export type ModeChoice = {
  code: string;
  recommended: boolean;
  why: string; // i18n key in the customs namespace
  zones: ZoneSupport[];
};

/**
 * One recommended mode per channel, every other mode ruled out with the reason it does not fit.
 * 1210 needs a special customs supervision area; it is recommended only while a Guizhou zone is
 * recorded as running it.
 */
export function selectModes(channel: Channel, modes: readonly ModeFact[], zones: readonly ZoneSupport[]): ModeChoice[] {
  const choices = modes.map((mode): ModeChoice => {
    const modeZones = zones.filter((z) => z.modeCode === mode.code);
    if (mode.channel !== channel) return { code: mode.code, recommended: false, why: `why.unfit.${mode.channel}`, zones: modeZones };
    if (mode.channel === "bonded" && !modeZones.some((z) => z.status === "supported")) return { code: mode.code, recommended: false, why: "why.no_zone", zones: modeZones };

    return { code: mode.code, recommended: true, why: `why.fit.${mode.channel}`, zones: modeZones };
  });

  return choices.sort((a, b) => Number(b.recommended) - Number(a.recommended) || a.code.localeCompare(b.code));
}

// --- return-goods relief ------------------------------------------------------------------------

export type ReliefRule = {
  id: string;
  modes: string[];
  months: number;
  exportFrom: string;
  exportUntil: string | null;
  excludesFood: boolean;
  verifiedOn: string | null;
};

export type ReliefAnswer<R extends ReliefRule = ReliefRule> =
  | { status: "eligible"; rule: R }
  | { status: "food_excluded"; rule: R }
  | { status: "mode_not_covered"; rule: R }
  | { status: "outside_window"; rule: null };

/** Whether goods exported on `exportDate` under `modeCode` could come back tax-free within the rule's months. */
export function returnRelief<R extends ReliefRule>(input: { category: ProductCategory; modeCode: string; exportDate: string }, rules: readonly R[]): ReliefAnswer<R> {
  const rule = rules.find((r) => r.exportFrom <= input.exportDate && (r.exportUntil === null || input.exportDate <= r.exportUntil));
  if (!rule) return { status: "outside_window", rule: null };
  if (rule.excludesFood && FOOD_CATEGORIES.includes(input.category)) return { status: "food_excluded", rule };
  if (!rule.modes.includes(input.modeCode)) return { status: "mode_not_covered", rule };

  return { status: "eligible", rule };
}

// --- tariffs ------------------------------------------------------------------------------------

export type DestinationFact = { rcepMember: boolean; aseanMember: boolean };
export type TariffFact = { mfnPercent: string | null; preferentialPercent: string | null; agreement: string | null };

/** The preferential rate a destination really grants: RCEP only to RCEP members, ACFTA only to ASEAN members. */
export function applicablePreference(destination: DestinationFact, tariff: TariffFact): { agreement: string; percent: string | null } | null {
  if (!tariff.agreement) return null;
  if (tariff.agreement === "RCEP" && !destination.rcepMember) return null;
  if (tariff.agreement === "ACFTA" && !destination.aseanMember) return null;

  return { agreement: tariff.agreement, percent: tariff.preferentialPercent };
}

export type OriginAdvice =
  | { status: "not_member" }
  | { status: "unknown" }
  | { status: "no_saving" }
  | { status: "saves"; savingFen: number; savingPointsText: string };

/** Whether claiming RCEP origin pays: it needs membership, known rates and a lower preferential rate. */
export function rcepOriginAdvice(destination: DestinationFact, tariff: TariffFact | null, annualValueFen: number): OriginAdvice {
  if (!destination.rcepMember) return { status: "not_member" };
  if (!tariff || tariff.mfnPercent === null) return { status: "unknown" };
  const preference = applicablePreference(destination, tariff);
  if (!preference || preference.percent === null) return { status: "unknown" };
  const gap = sub(parseDecimal(tariff.mfnPercent), parseDecimal(preference.percent));
  if (gap.n <= 0n) return { status: "no_saving" };
  const saving = roundHalfUp(mul(ratio(annualValueFen), div(gap, ratio(100))));

  return { status: "saves", savingFen: Number(saving), savingPointsText: trimDecimal(gap) };
}

function trimDecimal(value: { n: bigint; d: bigint }): string {
  const whole = value.n / value.d;
  const rest = value.n % value.d;
  if (rest === 0n) return whole.toString();
  const fraction = ((rest * 10000n) / value.d).toString().padStart(4, "0").replace(/0+$/, "");

  return `${whole}.${fraction}`;
}

// --- checklist ----------------------------------------------------------------------------------

export type RequirementFact = { id: string; step: number; categories: string[]; destinations: string[]; modes: string[] };

function matches(list: readonly string[], value: string, extra: readonly string[] = []): boolean {
  return list.includes("*") || list.includes(value) || extra.some((e) => list.includes(e));
}

/** The registrations and documents that apply to this product category, destination and the recommended modes, in filing order. */
export function buildChecklist<R extends RequirementFact>(requirements: readonly R[], input: { category: ProductCategory; destination: string; modes: readonly string[] }): R[] {
  const categoryAliases = FOOD_CATEGORIES.includes(input.category) ? ["food"] : [];

  return requirements
    .filter((r) => matches(r.categories, input.category, categoryAliases) && matches(r.destinations, input.destination) && (r.modes.includes("*") || r.modes.some((m) => input.modes.includes(m))))
    .sort((a, b) => a.step - b.step || a.id.localeCompare(b.id));
}

// --- FX settlement routes ------------------------------------------------------------------------

export type FxRouteFact = {
  id: string;
  tripCostFen: number | null; // a trip to settle in person; 0 when done online from the county
  feeBps: number | null; // the provider's fee, when known
  annualQuotaUsd: number | null;
};

export type RankedRoute<R> = { route: R; lowerBoundFen: number; costKnown: boolean; overQuota: boolean };

/**
 * Cheapest first, by what settling `amountFen` is known to cost at least (trip + fee); a route
 * whose cost is partly unknown sorts after a known route of the same lower bound. Seed 002:
 * 78% of rural sellers travel to Guiyang to settle, over 800 yuan a trip.
 */
export function rankFxRoutes<R extends FxRouteFact>(routes: readonly R[], amountFen: number, amountUsd: number): RankedRoute<R>[] {
  return routes
    .map((route) => {
      const fee = route.feeBps === null ? 0 : Number(roundHalfUp(ratio(BigInt(amountFen) * BigInt(route.feeBps), 10000n)));

      return {
        route,
        lowerBoundFen: (route.tripCostFen ?? 0) + fee,
        costKnown: route.tripCostFen !== null && route.feeBps !== null,
        overQuota: route.annualQuotaUsd !== null && amountUsd > route.annualQuotaUsd,
      };
    })
    .sort((a, b) => a.lowerBoundFen - b.lowerBoundFen || Number(b.costKnown) - Number(a.costKnown) || a.route.id.localeCompare(b.route.id));
}
