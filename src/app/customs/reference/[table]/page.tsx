import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { UnverifiedBadge } from "@/modules/customs/components/fact-source";
import { REFERENCE_TABLES, isReferenceTable } from "@/modules/customs/reference-tables";
import { listReferenceRows } from "@/modules/customs/service";
import { requireActor } from "@/server/session";

/** A row's label in the list: its Chinese name or title when it has one, else its key fields. */
function rowLabel(row: Record<string, unknown>): string {
  const named = row.nameZh ?? row.titleZh;
  if (typeof named === "string") return named;
  if (typeof row.currency === "string") return `${row.currency} ${String(row.date)} = ${String(row.rate)}`;
  if (typeof row.productId === "string") return `${row.productId} → ${String(row.destinationId)}`;
  if (typeof row.zoneId === "string") return `${row.zoneId} · ${String(row.modeId)}`;

  return String(row.id);
}

export default async function ReferenceTablePage({ params, searchParams }: { params: Promise<{ table: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { table } = await params;
  const actor = await requireActor(`/customs/reference/${table}`, "reference.manage");
  if (!isReferenceTable(table)) notFound();
  const { t } = await getT("customs");
  const rows = await listReferenceRows(actor, table);
  const { saved } = await searchParams;

  return (
    <>
      <Link href="/customs/reference" className="mb-4 inline-block min-h-11 py-2 text-emerald-900 underline">{t("reference.back")}</Link>
      <PageHeading lead={t("reference.table_lead")}>{t(`reference.tables.${table}`)}</PageHeading>
      {saved ? <Notice>{t("reference.saved", { id: saved })}</Notice> : null}
      <div className="mb-4 flex flex-wrap gap-4">
        {REFERENCE_TABLES[table].creatable ? <Link href={`/customs/reference/${table}/new`} className="font-semibold text-emerald-900 underline">{t("reference.new")}</Link> : null}
        {table === "rates" ? <Link href="/customs/reference/import-rates" className="font-semibold text-emerald-900 underline">{t("import.title")}</Link> : null}
      </div>
      <ul className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
        {rows.map((row) => (
          <li key={row.id} className="p-3">
            <Link href={`/customs/reference/${table}/${encodeURIComponent(row.id)}`} className="font-semibold text-emerald-900 underline">{rowLabel(row)}</Link>
            {row.verifiedOn ? <span className="ml-2 text-sm text-slate-700">{t("reference.verified_on", { date: String(row.verifiedOn) })}</span> : <UnverifiedBadge t={t} />}
          </li>
        ))}
      </ul>
    </>
  );
}
