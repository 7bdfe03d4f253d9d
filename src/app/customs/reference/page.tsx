import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { referenceOverview } from "@/modules/customs/service";
import { requireActor } from "@/server/session";

export default async function ReferencePage() {
  const actor = await requireActor("/customs/reference", "reference.manage");
  const { t } = await getT("customs");
  const tables = await referenceOverview(actor);

  return (
    <>
      <PageHeading lead={t("reference.lead")}>{t("reference.title")}</PageHeading>
      <ul className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
        {tables.map((row) => (
          <li key={row.table} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
            <Link href={`/customs/reference/${row.table}`} className="font-semibold text-emerald-900 underline">{t(`reference.tables.${row.table}`)}</Link>
            <span className="text-slate-700">{t("reference.counts", { total: row.total, unverified: row.unverified })}</span>
          </li>
        ))}
      </ul>
      <p className="mt-4"><Link href="/customs/reference/import-rates" className="font-semibold text-emerald-900 underline">{t("import.title")}</Link></p>
    </>
  );
}
