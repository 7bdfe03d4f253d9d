import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatBasisPoints, formatMoneyFen, formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { OpenApplicationsSimulation } from "@/modules/applications/components/open-applications-simulation";
import { simulateOpenApplications } from "@/modules/applications/service";
import { getDraftReview, simulateDraft } from "@/modules/subsidy/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";
import { DataTable } from "@/components/table/data-table";

function signedRange(minFen: number, maxFen: number, format: (fen: number) => string): string {
  const sign = (fen: number) => (fen > 0 ? "+" : fen < 0 ? "−" : "");
  const one = (fen: number) => `${sign(fen)}${format(Math.abs(fen))}`;

  return minFen === maxFen ? one(minFen) : `${one(minFen)} ～ ${one(maxFen)}`;
}

export default async function SimulationPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const actor = await requireActor(`/official/programmes/drafts/${versionId}/simulation`, "programmes.manage");
  const [review, simulation, openApplications] = await withNotFound(Promise.all([getDraftReview(actor, versionId), simulateDraft(actor, versionId), simulateOpenApplications(actor, versionId)]));
  const { t, locale } = await getT("subsidy");
  const money = (fen: number) => formatMoneyFen(fen, locale);
  const num = (n: number) => formatNumber(n, locale);
  const name = locale === "en" ? review.programme.nameEn : review.programme.nameZh;
  const sides = [
    { key: "before", label: t("manage.sim_before"), side: simulation.before },
    { key: "after", label: t("manage.sim_after"), side: simulation.after },
  ];

  return (
    <>
      <PageHeading lead={t("manage.sim_lead", { date: simulation.date, count: simulation.populationSize, base: review.draft.basedOnVersion ?? "—" })}>
        {t("manage.sim_title", { name, version: review.draft.version })}
      </PageHeading>
      <dl className="mb-6 grid gap-3 sm:grid-cols-2">
        {sides.map(({ key, label, side }) => (
          <div key={key} className="rounded border border-slate-300 bg-white p-3">
            <dt className="font-bold">{label}</dt>
            <dd>{t("manage.sim_eligible")}: {num(side.eligible)} ({t("manage.sim_share")} {formatBasisPoints(side.shareEligibleBps, locale)})</dd>
            <dd>{t("manage.sim_total")}: {side.totalMinFen === side.totalMaxFen ? money(side.totalMinFen) : `${money(side.totalMinFen)} ～ ${money(side.totalMaxFen)}`}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-1 text-lg font-bold text-emerald-900">{t("manage.sim_gained", { count: simulation.newlyEligible })}</p>
      <p className="mb-6 text-lg font-bold text-red-800">{t("manage.sim_lost", { count: simulation.noLongerEligible })}</p>

      <h2 className="mb-2 text-xl font-bold">{t("manage.sim_by_county")}</h2>
      <DataTable columns={[t("manage.county"), t("manage.population"), t("manage.eligible_before"), t("manage.eligible_after"), t("manage.gained"), t("manage.lost"), t("manage.payout_change")]} testId="by-county" className="mb-8">
        {simulation.counties.map((county) => (
          <tr key={county.countyCode} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-normal">{locale === "en" ? county.nameEn : county.nameZh}</th>
            <td className="p-2">{num(county.population)}</td>
            <td className="p-2">{num(county.eligibleBefore)}</td>
            <td className="p-2">{num(county.eligibleAfter)}</td>
            <td className="p-2 font-bold text-emerald-900">{num(county.newlyEligible)}</td>
            <td className="p-2 text-red-800">{num(county.noLongerEligible)}</td>
            <td className="p-2">{signedRange(county.payoutDeltaMinFen, county.payoutDeltaMaxFen, money)}</td>
          </tr>
        ))}
      </DataTable>

      <h2 className="mb-2 text-xl font-bold">{t("manage.sim_changes")}</h2>
      {simulation.changes.length === 0 ? (
        <p>{t("manage.sim_no_changes")}</p>
      ) : (
        <ul className="mb-6 list-disc space-y-1 pl-5">
          {simulation.changes.map((change) => (
            <li key={change.subjectId}>{t("manage.sim_change", { name: change.name, before: t(`status.${change.before}`), after: t(`status.${change.after}`) })}</li>
          ))}
        </ul>
      )}
      <OpenApplicationsSimulation simulation={openApplications} />
      <p className="mt-6"><Link href={`/official/programmes/drafts/${versionId}`} className="text-emerald-800 underline">{t("manage.back_to_draft")}</Link></p>
    </>
  );
}
