import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { importRatesAction } from "@/modules/customs/actions";
import { CsvImportForm } from "@/modules/customs/components/reference-form";
import { RATES_CSV_HEADER } from "@/modules/customs/domain/rates-csv";
import { requireActor } from "@/server/session";

export default async function ImportRatesPage() {
  await requireActor("/customs/reference/import-rates", "reference.manage");
  const { t } = await getT("customs");
  const { t: tc } = await getT("common");

  return (
    <>
      <Link href="/customs/reference/rates" className="mb-4 inline-block min-h-11 py-2 text-emerald-900 underline">{t("reference.back_to", { table: t("reference.tables.rates") })}</Link>
      <PageHeading lead={t("import.lead")}>{t("import.title")}</PageHeading>
      <p className="mb-2 font-semibold">{t("import.format")}</p>
      <pre tabIndex={0} className="mb-4 overflow-x-auto rounded bg-slate-100 p-3 text-sm">{`${RATES_CSV_HEADER.join(",")}\nUSD,2025-07-16,7.1526,direct,1,https://english.news.cn/20250716/3db1b089e64a4a81a08c406879f06b32/c.html,2026-11-23`}</pre>
      <CsvImportForm action={importRatesAction} labels={{ errorTitle: tc("error_title"), file: t("import.file"), csv: t("import.csv"), hint: t("import.hint"), submit: t("import.submit") }} />
    </>
  );
}
