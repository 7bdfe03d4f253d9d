import type { TFunction } from "i18next";
import { WAREHOUSE_FIELDS, type WarehouseField } from "./warehouse-fields";
import type { WarehouseView } from "../service";

/** Translated labels and hints of the warehouse form (server side). */
export function warehouseFormLabels(t: TFunction) {
  const labels = Object.fromEntries(WAREHOUSE_FIELDS.map((f) => [f, t(`manage.fields.${f}`)])) as Record<WarehouseField, string>;
  const hints: Partial<Record<WarehouseField, string>> = { ambientTiers: t("manage.tiers_hint"), coldTiers: t("manage.tiers_hint") };
  const kinds = [{ value: "public", label: t("kind.public") }, { value: "partner", label: t("kind.partner") }];

  return { labels, hints, kinds };
}

const yuan = (fen: number) => (fen / 100).toFixed(2).replace(/\.00$/, "");

export function warehouseFormDefaults(w: WarehouseView): Partial<Record<WarehouseField, string>> {
  const tiers = (list: { fromDay: number; fenPerM3Day: number }[]) => list.map((x) => `${x.fromDay}:${yuan(x.fenPerM3Day)}`).join(", ");

  return {
    code: w.code,
    nameZh: w.nameZh,
    nameEn: w.nameEn,
    countryCode: w.countryCode,
    cityZh: w.cityZh,
    cityEn: w.cityEn,
    operatorZh: w.operatorZh,
    operatorEn: w.operatorEn,
    kind: w.kind,
    openingDate: w.openingDate,
    ambientCapacityM3: String(Math.floor(w.ambientCapacity / 100)),
    coldCapacityM3: String(Math.floor(w.coldCapacity / 100)),
    ambientFreeDays: String(w.priceList.ambient.freeDays),
    ambientTiers: tiers(w.priceList.ambient.tiers),
    coldFreeDays: String(w.priceList.cold.freeDays),
    coldTiers: tiers(w.priceList.cold.tiers),
    inboundYuanPerM3: yuan(w.priceList.inboundFenPerM3),
    outboundYuanPerOrder: yuan(w.priceList.outboundFenPerOrder),
    subsidyPercent: String(w.subsidyBps / 100),
    subsidyCapYuan: yuan(w.subsidyCapFen),
  };
}
