import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { HomeTasks } from "@/modules/identity/components/home-tasks";
import { MarketHomeBlock } from "@/modules/market/components/market-home-block";
import { getActor } from "@/server/session";

const SERVICES = ["subsidy", "customs", "warehouse", "market"] as const;
// Services that are reachable today link from their card; the others still say "being built".
const SERVICE_LINKS: Partial<Record<(typeof SERVICES)[number], string>> = { subsidy: "/eligibility", customs: "/customs", warehouse: "/warehouses", market: "/market" };

export default async function HomePage() {
  const { t } = await getT("home");
  const actor = await getActor();

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {actor ? <HomeTasks actor={actor} /> : (
        <section aria-labelledby="start" className="mb-8 rounded border-2 border-emerald-800 bg-white p-4">
          <h2 id="start" className="text-xl font-bold">{t("start.title")}</h2>
          <p className="mt-2">{t("start.body")}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/register" className="min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("start.register")}</Link>
            <Link href="/login" className="min-h-12 rounded border-2 border-emerald-800 px-5 py-3 font-bold text-emerald-900">{t("start.login")}</Link>
          </div>
          <p className="mt-4 text-slate-700">{t("start.station")}</p>
        </section>
      )}
      <MarketHomeBlock actor={actor} />
      <section aria-labelledby="services" className="space-y-3">
        <h2 id="services" className="text-xl font-bold">{t("services.title")}</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {SERVICES.map((service) => (
            <li key={service} className="rounded border border-slate-300 bg-white p-4">
              <h3 className="font-bold">
                {SERVICE_LINKS[service] ? <Link href={SERVICE_LINKS[service]} className="text-emerald-900 underline">{t(`services.${service}.name`)}</Link> : t(`services.${service}.name`)}
              </h3>
              <p className="mt-1 text-slate-700">{t(`services.${service}.body`)}</p>
              <p className="mt-2 text-sm font-semibold text-slate-600">{t(`services.${service}.status`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
