import Link from "next/link";
import { SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate, todayIsoInChina } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { addDays, isIsoDate } from "@/modules/warehouse/domain/date-range";
import { CapacityCalendar, countryName, PriceListView, warehouseName } from "@/modules/warehouse/components/display";
import { getAvailability } from "@/modules/warehouse/service";
import { actorCan } from "@/server/actor";
import { withNotFound } from "@/server/page-errors";
import { getActor } from "@/server/session";

type Params = Promise<{ code: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

/** A warehouse, its prices and a four-week calendar of free space. Public. */
export default async function WarehousePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { code } = await params;
  const query = await searchParams;
  const { t, locale } = await getT("warehouse");
  const today = todayIsoInChina();
  const requested = typeof query.from === "string" && isIsoDate(query.from) ? query.from : today;
  const cold = query.cold === "true";
  const from = requested;
  const to = addDays(from, 27);
  const { warehouse, days } = await withNotFound(getAvailability(code, { from, to, cold: String(cold) }));
  const actor = await getActor();
  const canBook = actor ? actorCan(actor, "warehouse.book") : true;
  const base = `/warehouses/${warehouse.code}`;

  return (
    <>
      <PageHeading lead={`${t("card.city", { city: locale === "en" ? warehouse.cityEn : warehouse.cityZh, country: countryName(warehouse.countryCode, locale) })} · ${t(`kind.${warehouse.kind}`)} · ${t("card.operator", { operator: locale === "en" ? warehouse.operatorEn : warehouse.operatorZh })}`}>
        {warehouseName(warehouse, locale)}
      </PageHeading>
      {!warehouse.opened ? <p className="mb-4 font-semibold">{t("card.planned", { date: formatIsoDate(warehouse.openingDate, locale) })}</p> : null}
      {canBook ? (
        <p className="mb-6">
          <Link href={`${base}/book`} className="inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("card.book")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="calendar-title" className="mb-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="calendar-title" className="mb-3 text-xl font-bold">{t("detail.calendar")}</h2>
        <form method="get" action={base} className="mb-4 space-y-3">
          <TextField name="from" type="date" label={t("search.from")} defaultValue={from} />
          {warehouse.coldChain ? <SelectField name="cold" label={t("search.temperature")} options={[{ value: "false", label: t("temperature.ambient") }, { value: "true", label: t("temperature.cold") }]} defaultValue={String(cold)} /> : null}
          <SubmitButton>{t("detail.show")}</SubmitButton>
        </form>
        <CapacityCalendar days={days} caption={`${t(`temperature.${cold ? "cold" : "ambient"}`)} · ${t("detail.calendar_lead", { from: formatIsoDate(from, locale) })}`} />
        <p className="mt-3 flex flex-wrap gap-4">
          {from > today ? <Link className="text-emerald-800 underline" href={`${base}?from=${addDays(from, -28) < today ? today : addDays(from, -28)}&cold=${cold}`}>{t("detail.earlier")}</Link> : null}
          <Link className="text-emerald-800 underline" href={`${base}?from=${addDays(from, 28)}&cold=${cold}`}>{t("detail.later")}</Link>
        </p>
      </section>
      <PriceListView warehouse={warehouse} />
    </>
  );
}
