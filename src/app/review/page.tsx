import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatDateTime, formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { StatusTag, linkClass } from "@/modules/applications/components/ui";
import { APPLICATION_STATUSES } from "@/modules/applications/domain/state-machine";
import { loadProgrammeNames } from "@/modules/applications/programmes";
import { countiesForReview, listApplications } from "@/modules/applications/service";
import { requireActor } from "@/server/session";
import { DataTable } from "@/components/table/data-table";

const selectClass = "rounded border-2 border-slate-700 bg-white px-3 py-2";

/** The area's review queue, filtered by county, programme, status and age; oldest first. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ county?: string; programme?: string; status?: string; age?: string }> }) {
  const actor = await requireActor("/review", "subsidy.review");
  const query = await searchParams;
  const { t, locale } = await getT("applications");
  const [rows, counties, programmes] = await Promise.all([
    listApplications(actor, { countyCode: query.county || undefined, programmeId: query.programme || undefined, status: query.status || undefined, minAgeDays: query.age || undefined }),
    countiesForReview(actor),
    loadProgrammeNames(locale),
  ]);
  const countyName = new Map(counties.map((c) => [c.code, locale === "en" ? c.nameEn : c.nameZh]));

  return (
    <>
      <PageHeading lead={t("review.queue_lead")}>{t("review.queue_title")}</PageHeading>
      <p className="mb-4"><Link href="/review/dashboard" className={linkClass}>{t("dashboard.title")}</Link></p>
      <form method="get" action="/review" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="county" className="block font-semibold">{t("review.filter_county")}</label>
          <select id="county" name="county" defaultValue={query.county ?? ""} className={selectClass}>
            <option value="">{t("review.all")}</option>
            {counties.map((c) => <option key={c.code} value={c.code}>{countyName.get(c.code)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="programme" className="block font-semibold">{t("review.filter_programme")}</label>
          <select id="programme" name="programme" defaultValue={query.programme ?? ""} className={selectClass}>
            <option value="">{t("review.all")}</option>
            {programmes.ids.map((p) => <option key={p} value={p}>{programmes.nameOf(p)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">{t("review.filter_status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
            <option value="">{t("review.waiting")}</option>
            {APPLICATION_STATUSES.filter((s) => s !== "draft").map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="age" className="block font-semibold">{t("review.filter_age")}</label>
          <select id="age" name="age" defaultValue={query.age ?? ""} className={selectClass}>
            <option value="">{t("review.any_age")}</option>
            {["7", "14", "30", "60"].map((d) => <option key={d} value={d}>{t("review.older_than", { days: d })}</option>)}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-emerald-800 px-4 py-2 font-bold text-white">{t("review.show")}</button>
      </form>
      <p className="mb-2">{t("review.count", { count: rows.length, total: formatNumber(rows.length, locale) })}</p>
      {rows.length === 0 ? <p>{t("review.empty")}</p> : (
        <DataTable columns={[t("review.reference"), t("review.programme"), t("review.subject"), t("review.county"), t("review.status"), t("review.waiting_since")]}>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal"><Link href={`/review/${r.id}`} className={linkClass}>{r.reference}</Link></th>
              <td className="p-2">{programmes.nameOf(r.programmeId)}</td>
              <td className="p-2">{r.subjectName}</td>
              <td className="p-2">{countyName.get(r.countyCode) ?? r.countyCode}</td>
              <td className="p-2"><StatusTag status={r.status} label={t(`status.${r.status}`)} /></td>
              <td className="p-2">{r.submittedAt ? `${formatDateTime(r.submittedAt, locale)} · ${t("review.days", { count: r.waitingDays ?? 0 })}` : ""}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
