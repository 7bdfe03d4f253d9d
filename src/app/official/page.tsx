import { PageHeading } from "@/components/shell/page-heading";
import { formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { officialSummary } from "@/modules/identity/service";
import { requireActor } from "@/server/session";

export default async function OfficialPage() {
  const actor = await requireActor("/official", "subsidy.review");
  const { t, locale } = await getT("identity");
  const { totals, counties } = await officialSummary(actor);

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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left">
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="p-2">{t("official.county")}</th>
              <th scope="col" className="p-2">{t("official.totals.users")}</th>
              <th scope="col" className="p-2">{t("official.totals.subjects")}</th>
              <th scope="col" className="p-2">{t("official.totals.stations")}</th>
            </tr>
          </thead>
          <tbody>
            {counties.map((c) => (
              <tr key={c.code} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">{locale === "en" ? c.nameEn : c.nameZh}</th>
                <td className="p-2">{formatNumber(c._count.users, locale)}</td>
                <td className="p-2">{formatNumber(c._count.subjects, locale)}</td>
                <td className="p-2">{formatNumber(c._count.stations, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
