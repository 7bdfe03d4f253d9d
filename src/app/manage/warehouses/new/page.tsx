import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { WarehouseForm } from "@/modules/warehouse/components/forms";
import { warehouseFormLabels } from "@/modules/warehouse/components/warehouse-form-props";
import { requireActor } from "@/server/session";

export default async function NewWarehousePage() {
  await requireActor("/manage/warehouses/new", "warehouse.manage");
  const { t } = await getT("warehouse");
  const { t: tc } = await getT("common");
  const { labels, hints, kinds } = warehouseFormLabels(t);

  return (
    <>
      <PageHeading>{t("manage.new_title")}</PageHeading>
      <WarehouseForm defaults={{ kind: "public", ambientFreeDays: "30", coldFreeDays: "0", subsidyPercent: "50", subsidyCapYuan: "5000" }} labels={labels} hints={hints} kinds={kinds} submit={t("manage.save")} errorTitle={tc("error_title")} />
    </>
  );
}
