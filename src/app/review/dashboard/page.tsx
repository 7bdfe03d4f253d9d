import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatBasisPoints, formatMoneyFen, formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { BarChart, CoverageGauge, linkClass } from "@/modules/applications/components/ui";
import { COVERAGE_BASELINE_BPS, COVERAGE_TARGET_BPS } from "@/modules/applications/domain/dashboard";
import { APPLICATION_STATUSES } from "@/modules/applications/domain/state-machine";
import { loadProgrammeNames } from "@/modules/applications/programmes";
import { getDashboard } from "@/modules/applications/service";
import { requireActor } from "@/server/session";

/** The officials' dashboard for their area, charts drawn on the server as inline SVG. */
export default async function DashboardPage() {
  const actor = await requireActor("/review/dashboard", "subsidy.review");
  const d = await getDashboard(actor);
  const { t, locale } = await getT("applications");
  const { nameOf } = await loadProgrammeNames(locale);
  const count = (n: number) => formatNumber(n, locale);
  const countyName = new Map(d.counties.map((c) => [c.code, locale === "en" ? c.nameEn : c.nameZh]));

  return (
    <>
      <PageHeading lead={t("dashboard.lead")}>{t("dashboard.title")}</PageHeading>
      <p className="mb-6 space-x-4"><Link href="/review" className={linkClass}>{t("review.queue_title")}</Link><a href="/review/dashboard/csv" className={linkClass} download>{t("dashboard.csv")}</a></p>

      <section aria-labelledby="coverage" className="mb-8 rounded border-2 border-emerald-800 bg-white p-4">
        <h2 id="coverage" className="text-xl font-bold">{t("dashboard.coverage")}</h2>
        <p className="my-2 text-3xl font-bold" data-testid="coverage">{formatBasisPoints(d.coverageBps, locale)}</p>
        <p className="mb-3">{t("dashboard.coverage_lead", { supported: count(d.subjectsSupported), registered: count(d.subjectsRegistered) })}</p>
        <CoverageGauge
          label={t("dashboard.coverage_chart", { value: formatBasisPoints(d.coverageBps, locale), baseline: formatBasisPoints(COVERAGE_BASELINE_BPS, locale), target: formatBasisPoints(COVERAGE_TARGET_BPS, locale) })}
          coverageBps={d.coverageBps}
          baselineBps={COVERAGE_BASELINE_BPS}
          targetBps={COVERAGE_TARGET_BPS}
          baselineLabel={t("dashboard.baseline", { value: formatBasisPoints(COVERAGE_BASELINE_BPS, locale) })}
          targetLabel={t("dashboard.target", { value: formatBasisPoints(COVERAGE_TARGET_BPS, locale) })}
        />
      </section>

      <dl className="mb-8 grid grid-cols-2 gap-3 md:grid-cols-3">
        <div className="rounded border border-slate-300 bg-white p-3">
          <dt className="text-sm text-slate-700">{t("dashboard.approved_amount")}</dt>
          <dd className="text-2xl font-bold" data-testid="approved-amount">{formatMoneyFen(d.approvedAmountFen, locale)}</dd>
        </div>
        <div className="rounded border border-slate-300 bg-white p-3">
          <dt className="text-sm text-slate-700">{t("dashboard.approved_count")}</dt>
          <dd className="text-2xl font-bold">{count(d.approvedCount)}</dd>
        </div>
        <div className="rounded border border-slate-300 bg-white p-3">
          <dt className="text-sm text-slate-700">{t("dashboard.median")}</dt>
          <dd className="text-2xl font-bold" data-testid="median-days">{d.medianDaysToDecision === null ? t("dashboard.no_decisions") : t("dashboard.days", { days: formatNumber(d.medianDaysToDecision, locale) })}</dd>
        </div>
      </dl>

      <BarChart title={t("dashboard.by_status")} bars={APPLICATION_STATUSES.map((s) => ({ label: t(`status_short.${s}`), value: d.byStatus[s] ?? 0 }))} format={count} />
      <BarChart title={t("dashboard.by_programme")} bars={Object.entries(d.byProgramme).sort((x, y) => y[1] - x[1]).map(([p, v]) => ({ label: nameOf(p), value: v }))} format={count} />
      <BarChart title={t("dashboard.by_county")} bars={Object.entries(d.byCounty).sort((x, y) => y[1] - x[1]).map(([c, v]) => ({ label: countyName.get(c) ?? c, value: v }))} format={count} />

      <h2 className="mb-2 text-xl font-bold">{t("dashboard.table")}</h2>
      <table className="w-full max-w-xl border-collapse bg-white text-left">
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-2">{t("review.status")}</th>
            <th scope="col" className="p-2">{t("dashboard.applications")}</th>
          </tr>
        </thead>
        <tbody>
          {APPLICATION_STATUSES.map((s) => (
            <tr key={s} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">{t(`status_short.${s}`)}</th>
              <td className="p-2" data-testid={`count-${s}`}>{count(d.byStatus[s] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
