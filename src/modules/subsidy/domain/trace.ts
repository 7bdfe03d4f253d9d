import type { TTraceStep } from "../schemas";

// A plain-text rendering of a benefit trace for audit logs, CSV exports and reviewers'
// notes ("30% × 20,000,000 = 6,000,000; capped at 5,000,000", eligibility-anchors §3
// rec. 5). Screens translate the structured steps through i18n instead.

export type TFormatMoney = (fen: number) => string;

/** Basis points as a percentage without floating point: 3000 → "30%", 550 → "5.5%". */
export const formatBps = (bps: number): string => {
  const whole = Math.floor(bps / 100);
  const fraction = String(bps % 100).padStart(2, "0").replace(/0+$/, "");

  return fraction === "" ? `${whole}%` : `${whole}.${fraction}%`;
};

const num = (step: TTraceStep, name: string): number => Number(step.params[name] ?? 0);

const formatRange = (minFen: number, maxFen: number, formatMoney: TFormatMoney): string =>
  minFen === maxFen ? formatMoney(minFen) : `${formatMoney(minFen)}–${formatMoney(maxFen)}`;

const formatStep = (step: TTraceStep, money: TFormatMoney): string => {
  const range = () => formatRange(num(step, "minFen"), num(step, "maxFen"), money);
  switch (step.key) {
    case "trace.percent_of":
      return `${formatBps(num(step, "bps"))} × ${money(num(step, "baseFen"))} = ${money(num(step, "resultFen"))}`;
    case "trace.percent_band_of":
      return `${formatBps(num(step, "minBps"))}–${formatBps(num(step, "maxBps"))} × ${money(num(step, "baseFen"))} = ${range()}`;
    case "trace.per_unit":
      return `${money(num(step, "amountFen"))} × ${num(step, "units")} = ${money(num(step, "resultFen"))}`;
    case "trace.per_unit_band":
      return `${formatRange(num(step, "minAmountFen"), num(step, "maxAmountFen"), money)} × ${num(step, "units")} = ${range()}`;
    case "trace.fixed":
      return `fixed ${money(num(step, "amountFen"))}`;
    case "trace.band":
      return `band ${range()}`;
    case "trace.cap_applied":
      return `capped at ${money(num(step, "capFen"))}`;
    case "trace.cap_not_reached":
      return `${money(num(step, "maxFen"))} cap not reached`;
    case "trace.sum":
      return `total ${range()}`;
    case "trace.not_quantified":
      return "amount not set by the rules";
    case "trace.missing":
      return `${String(step.params.fact)} not answered`;
    default:
      return step.key;
  }
};

export const formatTrace = (trace: readonly TTraceStep[], formatMoney: TFormatMoney): string =>
  trace.map((step) => formatStep(step, formatMoney)).join("; ");
