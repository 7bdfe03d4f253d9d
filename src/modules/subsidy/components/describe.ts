import "server-only";
import type { TFunction } from "i18next";
import { formatMoneyFen, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import { getFactDefinition, type TFactKey, type TFactValue } from "../domain/facts";
import type { TAmountRange, TBenefitResult, TProgrammeOutcome } from "../schemas";

/** A fact's answer in words ("¥800,000", "是", "苗绣、银饰"); `t` is the subsidy namespace. */
export function describeFactValue(t: TFunction, locale: Locale, fact: TFactKey, value: TFactValue | null | undefined): string {
  if (value === null || value === undefined) return t("screen.result.dont_know");
  const definition = getFactDefinition(fact);
  switch (definition.type) {
    case "money_fen":
      return formatMoneyFen(Number(value), locale);
    case "integer":
      return formatNumber(Number(value), locale);
    case "boolean":
      return value ? t("screen.result.yes") : t("screen.result.no");
    case "enum":
      return t(`facts.${fact}.options.${String(value)}`);
    case "string_list": {
      const items = value as string[];

      return items.length === 0 ? t("screen.result.none") : items.map((item) => t(`facts.${fact}.options.${item}`)).join(locale === "en" ? ", " : "、");
    }
    default:
      return String(value);
  }
}

export function describeAmount(t: TFunction, amount: TAmountRange | null, benefit: TBenefitResult): string {
  if (benefit.status === "not_quantified") return t("amount.not_quantified");
  if (!amount) return t("amount.unknown");

  return amount.minFen === amount.maxFen ? t("amount.single", { minFen: amount.minFen }) : t("amount.range", { minFen: amount.minFen, maxFen: amount.maxFen });
}

export function describeTrace(t: TFunction, outcome: TProgrammeOutcome, locale: Locale): string {
  return outcome.benefit.trace.map((step) => t(step.key, step.params)).join(locale === "en" ? "; " : "；");
}
