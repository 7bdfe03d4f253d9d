import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { countryName, productName } from "@/modules/market/components/labels";
import { countyFollowSummary } from "@/modules/market/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("market");

  return { title: t("county.title") };
}

export default async function CountyFollowsPage() {
  const actor = await requireActor("/market/county", "applicants.read.county");
  const { t, locale } = await getT("market");
  const summary = await withNotFound(countyFollowSummary(actor));

  return (
    <>
      <PageHeading lead={t("county.lead")}>{t("county.title")}</PageHeading>
      <p className="mb-4 font-semibold">{t("county.applicants", { count: formatNumber(summary.applicants, locale) })}</p>
      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="county-products">
          <h2 id="county-products" className="text-xl font-bold">{t("county.products")}</h2>
          {summary.products.length === 0 ? <p>{t("county.none")}</p> : (
            <ul className="mt-2 space-y-1">
              {summary.products.map((p) => (
                <li key={p.code}><Link href={`/market?view=all&product=${p.code}`} className="text-emerald-800 underline">{productName(p.code, locale)}</Link> — {t("county.count", { count: p.count })}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="county-countries">
          <h2 id="county-countries" className="text-xl font-bold">{t("county.countries")}</h2>
          {summary.countries.length === 0 ? <p>{t("county.none")}</p> : (
            <ul className="mt-2 space-y-1">
              {summary.countries.map((c) => (
                <li key={c.iso}><Link href={`/market?view=all&country=${c.iso}`} className="text-emerald-800 underline">{countryName(c.iso, locale)}</Link> — {t("county.count", { count: c.count })}</li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="county-sellers" className="mt-8">
        <h2 id="county-sellers" className="text-xl font-bold">{t("county.sellers")}</h2>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse bg-white text-left">
            <thead>
              <tr><th scope="col" className="border p-2">{t("county.seller")}</th><th scope="col" className="border p-2">{t("county.follows")}</th><th scope="col" className="border p-2">{t("county.origin")}</th></tr>
            </thead>
            <tbody>
              {summary.sellers.map((s) => (
                <tr key={s.id}>
                  <td className="border p-2">{s.name}</td>
                  <td className="border p-2">{[...s.follows.products.map((p) => productName(p, locale)), ...s.follows.countries.map((c) => countryName(c, locale))].join("、") || t("follow.nothing")}</td>
                  <td className="border p-2">{t(`county.origins.${s.follows.origin}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
