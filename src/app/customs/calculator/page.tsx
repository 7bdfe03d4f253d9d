import type { Metadata } from "next";
import { PageHeading } from "@/components/shell/page-heading";
import { formatBasisPoints, formatIsoDate, formatMoneyFen } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { ErrorSummaryStatic } from "@/modules/customs/components/choice-list";
import { FactSource, UnverifiedBadge } from "@/modules/customs/components/fact-source";
import { AVERAGE_HAUL_KM } from "@/modules/customs/domain/landed-cost";
import { CURRENCIES } from "@/modules/customs/domain/rates";
import { calculateLandedCost, calculatorDefaults, listRateDates, type LandedCostResult } from "@/modules/customs/service";
import { isAppError } from "@/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("customs");

  return { title: t("calculator.title") };
}

const FIELDS = ["quantity", "unitPrice", "currency", "rateDate", "goodsCost", "domesticHaul", "internationalFreight", "warehouseFees", "dutyPercent", "destinationTaxPercent", "platformFeePercent", "insurancePercent"] as const;
const input = "block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-lg focus:outline-none focus:ring-4 focus:ring-amber-400";

export default async function CalculatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t, locale } = await getT("customs");
  const { t: te } = await getT("errors");
  const { t: tc } = await getT("common");
  const raw = await searchParams;
  const values = Object.fromEntries(FIELDS.map((f) => [f, typeof raw[f] === "string" ? (raw[f] as string).slice(0, 40) : undefined])) as Record<(typeof FIELDS)[number], string | undefined>;
  const product = typeof raw.product === "string" ? raw.product : undefined;
  const destination = typeof raw.destination === "string" ? raw.destination : undefined;
  const [dates, defaults] = await Promise.all([listRateDates(), calculatorDefaults(product, destination)]);
  let result: LandedCostResult | null = null;
  let errors: { field: string; message: string }[] = [];
  if (raw.calculate === "1") {
    try {
      result = await calculateLandedCost(values);
    } catch (error) {
      if (!isAppError(error) || !error.fieldErrors) throw error;
      errors = Object.entries(error.fieldErrors).map(([field, keys]) => ({ field, message: `${t(`calculator.fields.${field}`)}: ${keys.map((k) => te(k)).join(" ")}` }));
    }
  }
  const fieldError = (name: string) => errors.find((e) => e.field === name)?.message;
  const value = (name: (typeof FIELDS)[number], fallback = "") => values[name] ?? fallback;

  return (
    <>
      <PageHeading lead={t("calculator.lead", { km: AVERAGE_HAUL_KM })}>{t("calculator.title")}</PageHeading>
      <ErrorSummaryStatic title={tc("error_title")} errors={errors} />
      {result ? <CalculatorResult result={result} t={t} locale={locale} /> : null}
      <form method="get" action="/customs/calculator" className="no-print mt-6 space-y-4" noValidate>
        <input type="hidden" name="calculate" value="1" />
        {product ? <input type="hidden" name="product" value={product} /> : null}
        {destination ? <input type="hidden" name="destination" value={destination} /> : null}
        {FIELDS.map((name) => {
          const error = fieldError(name);
          const hint = t(`calculator.hints.${name}`, { defaultValue: "" });
          const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

          return (
            <div key={name} className="space-y-1">
              <label htmlFor={name} className="block font-semibold">{t(`calculator.fields.${name}`)}</label>
              {hint ? <p id={`${name}-hint`} className="text-slate-700">{hint}</p> : null}
              {error ? <p id={`${name}-error`} className="font-semibold text-red-700">{error}</p> : null}
              {name === "currency" ? (
                <select id={name} name={name} defaultValue={value(name, defaults.currency ?? "USD")} className={input} aria-describedby={describedBy}>
                  {CURRENCIES.map((c) => <option key={c} value={c}>{t(`currencies.${c}`)}</option>)}
                </select>
              ) : name === "rateDate" ? (
                <select id={name} name={name} defaultValue={value(name, dates[0] ?? "")} className={input} aria-describedby={describedBy} aria-invalid={Boolean(error)}>
                  {dates.map((d) => <option key={d} value={d}>{formatIsoDate(d, locale)}</option>)}
                </select>
              ) : (
                <input id={name} name={name} inputMode={name === "quantity" ? "numeric" : "decimal"} defaultValue={value(name, name === "dutyPercent" ? defaults.dutyPercent : "")} aria-invalid={Boolean(error)} aria-describedby={describedBy} className={input} />
              )}
            </div>
          );
        })}
        <button type="submit" className="min-h-12 rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white hover:bg-emerald-900">{t("calculator.submit")}</button>
      </form>
    </>
  );
}

function CalculatorResult({ result, t, locale }: { result: LandedCostResult; t: Awaited<ReturnType<typeof getT>>["t"]; locale: Awaited<ReturnType<typeof getT>>["locale"] }) {
  const money = (fen: number) => formatMoneyFen(fen, locale);

  return (
    <section aria-labelledby="calc-result" className="rounded border-2 border-emerald-800 bg-white p-4" data-testid="calculator-result">
      <h2 id="calc-result" className="text-2xl font-bold">{t("calculator.result.title")}</h2>
      <p className="mt-2">
        {t("calculator.result.rate", { currency: result.currency, date: formatIsoDate(result.rate.date, locale), rate: result.rate.rate, unit: result.rate.unit, quotation: t(`calculator.quotation.${result.rate.quotation}`) })}
        {result.currency !== "CNY" && !result.rateVerifiedOn ? <UnverifiedBadge t={t} /> : null}
      </p>
      {result.currency !== "CNY" ? <FactSource source={result.rateSource} verifiedOn={result.rateVerifiedOn} t={t} locale={locale} /> : null}
      <table className="mt-3 w-full border-collapse text-left">
        <caption className="sr-only">{t("calculator.result.title")}</caption>
        <tbody>
          <tr className="border-b-2 border-slate-700"><th scope="row" className="py-1">{t("calculator.result.revenue")}</th><td className="py-1 text-right font-bold">{money(result.revenueFen)}</td></tr>
          {result.lines.map((line) => (
            <tr key={line.key} className="border-b border-slate-200"><th scope="row" className="py-1 font-normal">{t(`calculator.lines.${line.key}`)}</th><td className="py-1 text-right">{money(line.fen)}</td></tr>
          ))}
          <tr className="border-b-2 border-slate-700"><th scope="row" className="py-1">{t("calculator.result.total")}</th><td className="py-1 text-right font-bold">{money(result.totalCostFen)}</td></tr>
          <tr><th scope="row" className="py-1">{t("calculator.result.margin")}</th><td className={`py-1 text-right text-xl font-bold ${result.marginFen < 0 ? "text-red-800" : "text-emerald-900"}`} data-testid="margin">{money(result.marginFen)}{result.marginBps !== null ? ` (${formatBasisPoints(result.marginBps, locale)})` : ""}</td></tr>
        </tbody>
      </table>
      <p className="mt-3 font-semibold" data-testid="break-even">{result.breakEvenUnitPrice ? t("calculator.result.break_even", { price: result.breakEvenUnitPrice, currency: result.currency }) : t("calculator.result.no_break_even")}</p>
      <p className="mt-2">
        {result.logisticsShareBps !== null
          ? t("calculator.result.logistics", { share: formatBasisPoints(result.logisticsShareBps, locale), guizhou: formatBasisPoints(result.benchmarks.guizhouBps, locale), coast: formatBasisPoints(result.benchmarks.coastBps, locale) })
          : t("calculator.result.no_costs")}
      </p>
    </section>
  );
}
