import "server-only";
import type { TFunction } from "i18next";
import { formatBasisPoints, formatMoneyFen, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import type { TParameterKind } from "../domain";

type TParameterLike = { kind: TParameterKind; labelKey: string | null; field: string };

/** A rule number for reading: ¥5,000,000 · 5% · 12 个月 · 2027-01-01. */
export function formatParameter(kind: TParameterKind, value: number | string | null, locale: Locale, t: TFunction): string {
  if (value === null) return "—";
  switch (kind) {
    case "money_fen":
      return formatMoneyFen(Number(value), locale);
    case "bps":
      return formatBasisPoints(Number(value), locale);
    case "months":
      return `${formatNumber(Number(value), locale)}${t("manage.unit.months")}`;
    case "integer":
      return formatNumber(Number(value), locale);
    case "date":
      return String(value);
  }
}

/** The same number as the form's text, in display units (yuan, percent). */
export function parameterInputText(kind: TParameterKind, value: number | string): string {
  if (kind !== "money_fen" && kind !== "bps") return String(value);
  const n = Number(value);

  return `${Math.floor(n / 100)}${n % 100 === 0 ? "" : `.${String(n % 100).padStart(2, "0").replace(/0$/, "")}`}`;
}

export function parameterLabel(parameter: TParameterLike, t: TFunction): string {
  const base = parameter.labelKey ? t(parameter.labelKey) : t(`manage.fields.${parameter.field}`);
  const unit = parameter.kind === "money_fen" || parameter.kind === "bps" || parameter.kind === "months" ? t(`manage.unit.${parameter.kind}`) : "";

  return `${base}${unit}`;
}
