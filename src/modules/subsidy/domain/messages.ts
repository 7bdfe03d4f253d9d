// Every message and trace key the domain can emit, in i18next namespace `subsidy`.
// The locale strings nest the fact label (`$t(facts.{{fact}}.label)`) and format
// params with two formatters the UI registers: `money` (fen → yuan) and `bps`
// (basis points → percent). Params ending in `Fen` are fen; the domain never formats.

export const CRITERION_MESSAGE_KEYS = [
  "gap.money_short",
  "gap.money_not_above",
  "gap.money_over",
  "gap.money_not_below",
  "gap.money_not_equal",
  "gap.money_equal",
  "gap.number_short",
  "gap.number_not_above",
  "gap.number_over",
  "gap.number_not_below",
  "gap.number_not_equal",
  "gap.number_equal",
  "gap.date_compare",
  "gap.enum_not_in",
  "gap.enum_in",
  "gap.list_none",
  "gap.list_some",
  "gap.value_not_in",
  "gap.value_in",
  "gap.not_true",
  "gap.not_false",
  "gap.anniversary_not_yet",
  "gap.anniversary_passed",
  "met.money",
  "met.number",
  "met.date",
  "met.enum",
  "met.list",
  "met.value",
  "met.true",
  "met.false",
  "met.anniversary",
  "met.anniversary_within",
  "unknown.missing",
] as const;

export const TRACE_KEYS = [
  "trace.percent_of",
  "trace.percent_band_of",
  "trace.per_unit",
  "trace.per_unit_band",
  "trace.fixed",
  "trace.band",
  "trace.cap_applied",
  "trace.cap_not_reached",
  "trace.sum",
  "trace.not_quantified",
  "trace.missing",
] as const;

export type TCriterionMessageKey = (typeof CRITERION_MESSAGE_KEYS)[number];
export type TTraceKey = (typeof TRACE_KEYS)[number];
