import Link from "next/link";
import { formatMoneyFen, formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { TOpenApplicationsSimulation } from "../service";
import { formatAmountRange } from "./amount";
import { linkClass } from "./ui";
import { DataTable } from "@/components/table/data-table";

const signed = (fen: number, locale: "zh-CN" | "en") => `${fen > 0 ? "+" : fen < 0 ? "−" : ""}${formatMoneyFen(Math.abs(fen), locale)}`;

/** The open applications part of a draft's simulation (issue #3 §6), for the officials' simulation page. */
export async function OpenApplicationsSimulation({ simulation }: { simulation: TOpenApplicationsSimulation }) {
  const { t, locale } = await getT("applications");
  const { t: ts } = await getT("subsidy");
  const s = simulation;
  const payout = s.payoutDeltaMinFen === s.payoutDeltaMaxFen ? signed(s.payoutDeltaMinFen, locale) : `${signed(s.payoutDeltaMinFen, locale)} ～ ${signed(s.payoutDeltaMaxFen, locale)}`;
  const verdict = (status: string, amount: { minFen: number; maxFen: number }) => `${ts(`status.${status}`)}${status === "eligible" ? ` · ${formatAmountRange(amount, locale, "")}` : ""}`;

  return (
    <section aria-labelledby="open-applications" className="mb-8" data-testid="open-applications">
      <h2 id="open-applications" className="mb-2 text-xl font-bold">{t("simulation.title")}</h2>
      <p className="mb-3">{t("simulation.lead", { count: formatNumber(s.open, locale) })}</p>
      {s.open === 0 ? <p>{t("simulation.none")}</p> : (
        <>
          <p className="mb-1 text-lg font-bold text-emerald-900">{t("simulation.gained", { count: formatNumber(s.newlyEligible, locale) })}</p>
          <p className="mb-1 text-lg font-bold text-red-800">{t("simulation.lost", { count: formatNumber(s.noLongerEligible, locale) })}</p>
          <p className="mb-4">{t("simulation.payout", { change: payout })}</p>
          {s.changes.length === 0 ? <p>{t("simulation.no_changes")}</p> : (
            <DataTable columns={[t("review.reference"), t("review.subject"), t("review.county"), t("review.status"), t("simulation.before"), t("simulation.after")]}>
              {s.changes.map((c) => (
                <tr key={c.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal"><Link href={`/review/${c.id}`} className={linkClass}>{c.reference}</Link></th>
                  <td className="p-2">{c.subjectName}</td>
                  <td className="p-2">{locale === "en" ? c.countyNameEn : c.countyNameZh}</td>
                  <td className="p-2">{t(`status_short.${c.status}`)}</td>
                  <td className="p-2">{verdict(c.before, c.beforeAmount)}</td>
                  <td className="p-2 font-bold">{verdict(c.after, c.afterAmount)}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <p className="mt-2 text-sm text-slate-700">{t("simulation.kept_version")}</p>
        </>
      )}
    </section>
  );
}
