import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { countryName, warehouseName } from "@/modules/warehouse/components/display";
import { formatCentiM3 } from "@/modules/warehouse/domain/volume";
import { listOperatedWarehouses } from "@/modules/warehouse/service";
import { actorCan } from "@/server/actor";
import { requireActor } from "@/server/session";

export default async function ManageWarehousesPage() {
  const actor = await requireActor("/manage/warehouses");
  if (!actorCan(actor, "warehouse.manage") && !actorCan(actor, "warehouse.operate")) notFound();
  const { t, locale } = await getT("warehouse");
  const warehouses = await listOperatedWarehouses(actor);

  return (
    <>
      <PageHeading lead={t("manage.lead")}>{t("manage.title")}</PageHeading>
      <ul className="mb-6 space-y-3">
        {warehouses.map((w) => (
          <li key={w.code} className="rounded border border-slate-300 bg-white p-4">
            <p className="font-bold">{w.code} · {warehouseName(w, locale)}</p>
            <p>{countryName(w.countryCode, locale)} · {t(`kind.${w.kind}`)} · {t("detail.capacity", { ambient: formatCentiM3(w.ambientCapacity), cold: formatCentiM3(w.coldCapacity) })}</p>
            <Link href={`/manage/warehouses/${w.code}`} className="text-emerald-800 underline">{t("manage.edit")}</Link>
          </li>
        ))}
      </ul>
      {actorCan(actor, "warehouse.manage") ? <Link href="/manage/warehouses/new" className="inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("manage.add")}</Link> : null}
    </>
  );
}
