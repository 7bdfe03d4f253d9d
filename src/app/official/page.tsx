import { PageHeading } from "@/components/shell/page-heading";
import { formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import Link from "next/link";
import { listAreaSubjects, officialSummary } from "@/modules/identity/service";
import { requireActor } from "@/server/session";
import { DataTable } from "@/components/table/data-table";

export default async function OfficialPage({ searchParams }: { searchParams: Promise<{ county?: string; page?: string }> }) {
  const actor = await requireActor("/official", "subsidy.review");
  const { t, locale } = await getT("identity");
  const query = await searchParams;
  const [{ totals, counties }, area] = await Promise.all([officialSummary(actor), listAreaSubjects(actor, { countyCode: query.county ?? null, page: Number(query.page ?? 1) || 1 })]);
  const pageLink = (page: number) => `/official?${new URLSearchParams({ ...(query.county ? { county: query.county } : {}), page: String(page) }).toString()}#subjects`;

  return (
    <>
      <PageHeading lead={t("official.lead")}>{t("official.title")}</PageHeading>
      <dl className="mb-8 grid grid-cols-2 gap-3">
        {(["applicants", "subjects", "stations", "delegations"] as const).map((key) => (
          <div key={key} className="rounded border border-slate-300 bg-white p-3">
            <dt className="text-sm text-slate-700">{t(`official.totals.${key}`)}</dt>
            <dd className="text-2xl font-bold">{formatNumber(totals[key], locale)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-xl font-bold">{t("official.by_county")}</h2>
      <DataTable columns={[t("official.county"), t("official.totals.users"), t("official.totals.subjects"), t("official.totals.stations")]}>
        {counties.map((c) => (
          <tr key={c.code} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-normal">{locale === "en" ? c.nameEn : c.nameZh}</th>
            <td className="p-2">{formatNumber(c._count.users, locale)}</td>
            <td className="p-2">{formatNumber(c._count.subjects, locale)}</td>
            <td className="p-2">{formatNumber(c._count.stations, locale)}</td>
          </tr>
        ))}
      </DataTable>

      <h2 id="subjects" className="mb-2 mt-8 text-xl font-bold">{t("subjects.area_title")}</h2>
      <form method="get" action="/official#subjects" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="county" className="block font-semibold">{t("subjects.area_filter")}</label>
          <select id="county" name="county" defaultValue={query.county ?? ""} className="rounded border-2 border-slate-700 bg-white px-3 py-2">
            <option value="">{t("subjects.area_all")}</option>
            {counties.map((c) => <option key={c.code} value={c.code}>{locale === "en" ? c.nameEn : c.nameZh}</option>)}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-emerald-800 px-4 py-2 font-bold text-white">{t("subjects.area_show")}</button>
      </form>
      <p className="mb-2">{t("subjects.area_count", { total: formatNumber(area.total, locale) })}</p>
      <ul className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
        {area.subjects.map((s) => (
          <li key={s.id} className="p-3">
            <Link href={`/subjects/${s.id}`} className="font-semibold text-emerald-800 underline">{s.name}</Link>
            <span className="block text-sm text-slate-700">{t(`subject_types.${s.type}`)} · {locale === "en" ? s.countyNameEn : s.countyNameZh} · <span className="font-mono">{s.idMasked}</span></span>
          </li>
        ))}
      </ul>
      <nav aria-label={t("subjects.page", { page: area.page, pages: area.pages })} className="mt-3 flex items-center gap-4">
        {area.page > 1 ? <Link href={pageLink(area.page - 1)} className="text-emerald-800 underline">{t("subjects.previous")}</Link> : null}
        <span>{t("subjects.page", { page: area.page, pages: area.pages })}</span>
        {area.page < area.pages ? <Link href={pageLink(area.page + 1)} className="text-emerald-800 underline">{t("subjects.next")}</Link> : null}
      </nav>
    </>
  );
}
