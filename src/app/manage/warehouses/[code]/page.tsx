import { Notice, PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate, todayIsoInChina } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { addDays } from "@/modules/warehouse/domain/date-range";
import { CapacityCalendar, warehouseName } from "@/modules/warehouse/components/display";
import { CapacityForm, WarehouseForm } from "@/modules/warehouse/components/forms";
import { warehouseFormDefaults, warehouseFormLabels } from "@/modules/warehouse/components/warehouse-form-props";
import { getAvailability, getMaintainableWarehouse } from "@/modules/warehouse/service";
import { actorCan } from "@/server/actor";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

type Params = Promise<{ code: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function MaintainWarehousePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { code } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/manage/warehouses/${code}`);
  const warehouse = await withNotFound(getMaintainableWarehouse(actor, code));
  const { t, locale } = await getT("warehouse");
  const { t: tc } = await getT("common");
  const today = todayIsoInChina();
  const { days } = await getAvailability(warehouse.code, { from: today, to: addDays(today, 13), cold: "false" });
  const { labels, hints, kinds } = warehouseFormLabels(t);

  return (
    <>
      <PageHeading>{`${warehouse.code} · ${warehouseName(warehouse, locale)}`}</PageHeading>
      {query.saved ? <Notice>{t("manage.saved")}</Notice> : null}
      <section aria-labelledby="capacity-title" className="mb-8 space-y-3 rounded border border-slate-300 bg-white p-4">
        <h2 id="capacity-title" className="text-xl font-bold">{t("manage.capacity")}</h2>
        <p>{t("manage.capacity_lead")}</p>
        <CapacityForm
          code={warehouse.code}
          labels={{ temperature: t("search.temperature"), ambient: t("temperature.ambient"), cold: t("temperature.cold"), from: t("manage.capacity_from"), to: t("manage.capacity_to"), toHint: t("manage.capacity_to_hint"), capacity: t("manage.capacity_m3"), capacityHint: t("manage.capacity_m3_hint"), submit: t("manage.capacity_submit"), errorTitle: tc("error_title") }}
          conflictLabels={{ title: t("manage.conflicts"), reference: t("bookings.reference"), subject: t("booking.subject"), dates: t("check.dates"), volume: t("check.volume") }}
        />
        <CapacityCalendar days={days} caption={`${t("temperature.ambient")} · ${t("detail.calendar_lead", { from: formatIsoDate(today, locale) })}`} />
      </section>
      {actorCan(actor, "warehouse.manage") ? (
        <section aria-labelledby="details-title" className="space-y-3 rounded border border-slate-300 bg-white p-4">
          <h2 id="details-title" className="text-xl font-bold">{t("manage.details")}</h2>
          <WarehouseForm existingCode={warehouse.code} defaults={warehouseFormDefaults(warehouse)} labels={labels} hints={hints} kinds={kinds} submit={t("manage.save")} errorTitle={tc("error_title")} />
        </section>
      ) : null}
    </>
  );
}
