import type { TFunction } from "i18next";
import Link from "next/link";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { daysReleasedByDeparture } from "../domain/departure";
import type { Quote } from "../domain/quote";
import { formatCentiM3 } from "../domain/volume";
import type { AvailabilityDay, BookingView, SearchResult, WarehouseView } from "../service";

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function shortDay(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", weekday: "short", timeZone: "UTC" }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)));
}

export function warehouseName(w: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === "en" ? w.nameEn : w.nameZh;
}

const linkClass = "inline-block min-h-12 rounded px-4 py-3 font-bold";

/** One warehouse in a list, with what a search found about it. */
export async function WarehouseCard({ warehouse: w, result, canBook }: { warehouse: WarehouseView; result?: SearchResult; canBook: boolean }) {
  const { t, locale } = await getT("warehouse");
  const { t: te } = await getT("errors");

  return (
    <li className="rounded border border-slate-300 bg-white p-4" data-testid={`warehouse-${w.code}`}>
      <h3 className="text-lg font-bold">
        <Link href={`/warehouses/${w.code}`} className="text-emerald-800 underline">{warehouseName(w, locale)}</Link>
      </h3>
      <p className="text-slate-700">{t("card.city", { city: locale === "en" ? w.cityEn : w.cityZh, country: countryName(w.countryCode, locale) })} · {t(`kind.${w.kind}`)} · {w.coldChain ? t("card.cold_chain") : t("card.no_cold_chain")}</p>
      <p className="text-slate-700">{w.opened ? t("card.opened") : t("card.planned", { date: formatIsoDate(w.openingDate, locale) })}</p>
      {w.subsidyBps > 0 ? <p className="font-semibold text-emerald-900">{t("card.subsidy", { percent: w.subsidyBps, cap: w.subsidyCapFen })}</p> : null}
      {result?.problem ? <p className="mt-2 font-semibold text-red-800">{t("search.problem", { reason: te(result.problem) })}</p> : null}
      {result && result.minFree !== null ? (
        <p className={`mt-2 font-semibold ${result.fits === false ? "text-red-800" : "text-emerald-900"}`}>
          {result.fits === true && result.quote ? t("search.fits", { volume: formatCentiM3(result.quote.volumeCenti) }) : result.fits === false ? t("search.short", { free: formatCentiM3(result.minFree) }) : t("search.min_free", { free: formatCentiM3(result.minFree) })}
        </p>
      ) : null}
      {result?.quote ? <p>{t("search.estimated_total", { total: result.quote.totalFen, subsidy: result.quote.subsidyFen })}</p> : null}
      <div className="mt-3 flex flex-wrap gap-3">
        <Link href={`/warehouses/${w.code}`} className={`${linkClass} border-2 border-emerald-800 text-emerald-900`}>{t("card.calendar")}</Link>
        {canBook ? <Link href={`/warehouses/${w.code}/book`} className={`${linkClass} bg-emerald-800 text-white`}>{t("card.book")}</Link> : null}
      </div>
    </li>
  );
}

export async function PriceListView({ warehouse: w }: { warehouse: WarehouseView }) {
  const { t } = await getT("warehouse");
  const section = (temperature: "ambient" | "cold") => {
    const prices = w.priceList[temperature];
    return (
      <div key={temperature}>
        <h3 className="font-bold">{t(`temperature.${temperature}`)}</h3>
        <ul className="list-disc pl-5">
          {prices.freeDays > 0 ? <li>{t("detail.storage_free", { days: prices.freeDays })}</li> : null}
          {prices.tiers.map((tier) => <li key={tier.fromDay}>{t("detail.storage_tier", { from: tier.fromDay, fee: tier.fenPerM3Day })}</li>)}
        </ul>
      </div>
    );
  };

  return (
    <section aria-labelledby="prices" className="mb-6 space-y-2 rounded border border-slate-300 bg-white p-4">
      <h2 id="prices" className="text-xl font-bold">{t("detail.prices")}</h2>
      <p>{t("detail.capacity", { ambient: formatCentiM3(w.ambientCapacity), cold: formatCentiM3(w.coldCapacity) })}</p>
      {section("ambient")}
      {w.coldChain ? section("cold") : null}
      <p>{t("detail.inbound", { fee: w.priceList.inboundFenPerM3 })}</p>
      <p>{t("detail.outbound", { fee: w.priceList.outboundFenPerOrder })}</p>
      {w.subsidyBps > 0 ? <p className="font-semibold text-emerald-900">{t("card.subsidy", { percent: w.subsidyBps, cap: w.subsidyCapFen })}</p> : <p>{t("quote.no_subsidy")}</p>}
    </section>
  );
}

/** Free capacity per day as a table: readable by screen readers and on a 360 px phone. */
export async function CapacityCalendar({ days, caption }: { days: AvailabilityDay[]; caption: string }) {
  const { t, locale } = await getT("warehouse");

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="capacity-calendar">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">{t("calendar.date")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("calendar.free")}</th>
            <th scope="col" className="py-2 text-right">{t("calendar.capacity")}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day} className="border-b border-slate-300">
              <th scope="row" className="py-2 pr-3 font-normal">{shortDay(d.day, locale)}</th>
              <td className={`py-2 pr-3 text-right font-bold ${d.free === 0 ? "text-red-800" : "text-emerald-900"}`}>
                {d.capacity === 0 ? t("calendar.closed") : d.free === 0 ? t("calendar.full") : formatCentiM3(d.free)}
              </td>
              <td className="py-2 text-right text-slate-700">{formatCentiM3(d.capacity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function QuoteTable({ quote }: { quote: Quote }) {
  const { t, locale } = await getT("warehouse");
  const money = (fen: number) => new Intl.NumberFormat(locale, { style: "currency", currency: "CNY" }).format(fen / 100);
  const row = (label: string, fen: number, strong = false, testId?: string) => (
    <tr className="border-b border-slate-300">
      <th scope="row" className={`py-2 pr-3 text-left ${strong ? "font-bold" : "font-normal"}`}>{label}</th>
      <td className={`py-2 text-right ${strong ? "text-lg font-bold" : ""}`} data-testid={testId}>{money(fen)}</td>
    </tr>
  );

  return (
    <section aria-labelledby="quote-title" className="mb-6 rounded border-2 border-emerald-800 bg-white p-4">
      <h2 id="quote-title" className="text-xl font-bold">{t("quote.title")}</h2>
      <table className="mt-2 w-full border-collapse">
        <tbody>
          {quote.storageLines.map((line) => (
            <tr key={line.fromDay} className="border-b border-slate-300">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {line.fenPerM3Day === 0 ? t("quote.storage_free_line", { from: line.fromDay, to: line.toDay }) : t("quote.storage_line", { from: line.fromDay, to: line.toDay, fee: line.fenPerM3Day })}
              </th>
              <td className="py-2 text-right">{money(line.amountFen)}</td>
            </tr>
          ))}
          {row(t("quote.inbound"), quote.inboundFen)}
          {row(t("quote.subtotal"), quote.subtotalFen)}
          {quote.subsidyBps > 0 ? row(t("quote.subsidy", { percent: quote.subsidyBps }), -quote.subsidyFen, false, "quote-subsidy") : null}
          {row(t("quote.total"), quote.totalFen, true, "quote-total")}
        </tbody>
      </table>
      <p className="mt-2 text-slate-700">{t("quote.outbound", { fee: quote.outboundFenPerOrder })}</p>
      {quote.subsidyBps === 0 ? <p className="text-slate-700">{t("quote.no_subsidy")}</p> : null}
    </section>
  );
}

function DepartureLine({ booking, departedOn, t, locale }: { booking: BookingView; departedOn: string; t: TFunction; locale: Locale }) {
  const released = daysReleasedByDeparture(booking, departedOn);
  const date = formatIsoDate(departedOn, locale);

  return <p data-testid="booking-departed-on">{released ? t("booking.departed_on_early", { date, from: formatIsoDate(released.from, locale) }) : t("booking.departed_on", { date })}</p>;
}

export async function BookingItem({ booking: b, children }: { booking: BookingView; children?: React.ReactNode }) {
  const { t, locale } = await getT("warehouse");

  return (
    <li className="rounded border border-slate-300 bg-white p-4" data-testid={`booking-${b.reference}`}>
      <p className="font-mono text-lg font-bold">{b.reference}</p>
      <p>{warehouseName(b.warehouse, locale)} · {t(`temperature.${b.temperature}`)} · {t("check.volume_value", { volume: formatCentiM3(b.volume) })}</p>
      <p>{t("check.dates_value", { from: formatIsoDate(b.fromDate, locale), to: formatIsoDate(b.toDate, locale), days: b.days })}</p>
      <p>{b.subject.name}</p>
      <p className="font-semibold">{t("booking.status_line", { status: t(`status.${b.status}`) })}</p>
      {b.departedOn ? <DepartureLine booking={b} departedOn={b.departedOn} t={t} locale={locale} /> : null}
      {children}
    </li>
  );
}
