import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate, todayIsoInChina } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { addDays } from "@/modules/warehouse/domain/date-range";
import { CapacityCalendar, warehouseName } from "@/modules/warehouse/components/display";
import { CapacityForm, WarehouseForm } from "@/modules/warehouse/components/forms";
import { warehouseFormDefaults, warehouseFormLabels } from "@/modules/warehouse/components/warehouse-form-props";
import { assignOperatorAction, removeOperatorAction } from "@/modules/warehouse/actions";
import { getAvailability, getMaintainableWarehouse, listWarehouseOperators } from "@/modules/warehouse/service";
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
  const manager = actorCan(actor, "warehouse.manage");
  const operators = manager ? await listWarehouseOperators(actor, warehouse.code) : [];
  const operatorNotice = typeof query.operator === "string" ? t("manage.operator_added", { name: query.operator }) : query.removed ? t("manage.operator_removed") : null;

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
      {manager ? (
        <section id="operators" aria-labelledby="operators-title" className="mb-8 space-y-3 rounded border border-slate-300 bg-white p-4">
          <h2 id="operators-title" className="text-xl font-bold">{t("manage.operators")}</h2>
          <p>{t("manage.operators_lead")}</p>
          {operatorNotice ? <Notice>{operatorNotice}</Notice> : null}
          {operators.length === 0 ? <p>{t("manage.operators_none")}</p> : (
            <ul className="divide-y divide-slate-200" data-testid="operators">
              {operators.map((operator) => (
                <li key={operator.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {operator.name} <span className="font-mono">{operator.phoneMasked ?? ""}</span> {operator.disabled ? t("manage.operator_disabled") : null}
                  </span>
                  <ActionForm action={removeOperatorAction} errorTitle={tc("error_title")} fieldLabels={{}} className="inline">
                    <input type="hidden" name="code" value={warehouse.code} />
                    <input type="hidden" name="userId" value={operator.userId} />
                    <button type="submit" className="min-h-11 rounded border-2 border-red-700 px-3 py-1 font-semibold text-red-800" aria-label={`${t("manage.operator_remove")} ${operator.name}`}>{t("manage.operator_remove")}</button>
                  </ActionForm>
                </li>
              ))}
            </ul>
          )}
          <ActionForm action={assignOperatorAction} errorTitle={tc("error_title")} fieldLabels={{ phone: t("manage.operator_phone") }} className="max-w-md space-y-3">
            <input type="hidden" name="code" value={warehouse.code} />
            <TextField name="phone" type="tel" inputMode="tel" label={t("manage.operator_phone")} maxLength={11} autoComplete="off" />
            <SubmitButton>{t("manage.operator_add")}</SubmitButton>
          </ActionForm>
        </section>
      ) : null}
      {manager ? (
        <section aria-labelledby="details-title" className="space-y-3 rounded border border-slate-300 bg-white p-4">
          <h2 id="details-title" className="text-xl font-bold">{t("manage.details")}</h2>
          <WarehouseForm existingCode={warehouse.code} defaults={warehouseFormDefaults(warehouse)} labels={labels} hints={hints} kinds={kinds} submit={t("manage.save")} errorTitle={tc("error_title")} />
        </section>
      ) : null}
    </>
  );
}
