import { PageHeading } from "@/components/shell/page-heading";
import { SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import { getT } from "@/i18n/server";
import { countryName, WarehouseCard } from "@/modules/warehouse/components/display";
import { listCountries, searchWarehouses } from "@/modules/warehouse/service";
import { actorCan } from "@/server/actor";
import { isAppError } from "@/server/errors";
import { getActor } from "@/server/session";

type Search = Promise<Record<string, string | string[] | undefined>>;

// Public: anyone may look for space; booking needs an account.
export default async function WarehousesPage({ searchParams }: { searchParams: Search }) {
  const { t, locale } = await getT("warehouse");
  const { t: te } = await getT("errors");
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const actor = await getActor();
  const canBook = actor ? actorCan(actor, "warehouse.book") : true;
  const countries = await listCountries();
  let search: Awaited<ReturnType<typeof searchWarehouses>> | null = null;
  let problem: string | null = null;
  try {
    search = await searchWarehouses({ country: params.country ?? "", from: params.from ?? "", to: params.to ?? "", volumeM3: params.volumeM3 || undefined, cold: params.cold === "true" ? "true" : "false" });
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = Object.values(error.fieldErrors ?? {}).flat().map((key) => te(key)).join(" ") || te(error.code);
  }

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <section aria-labelledby="search-title" className="mb-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="search-title" className="mb-3 text-xl font-bold">{t("search.title")}</h2>
        <form method="get" action="/warehouses" className="space-y-4">
          <SelectField name="country" label={t("search.country")} options={[{ value: "", label: t("search.any_country") }, ...countries.map((c) => ({ value: c, label: countryName(c, locale) }))]} defaultValue={params.country ?? ""} />
          <TextField name="from" type="date" label={t("search.from")} defaultValue={params.from} />
          <TextField name="to" type="date" label={t("search.to")} defaultValue={params.to} />
          <TextField name="volumeM3" label={t("search.volume")} hint={t("search.volume_hint")} inputMode="decimal" maxLength={10} defaultValue={params.volumeM3} />
          <SelectField name="cold" label={t("search.temperature")} options={[{ value: "false", label: t("temperature.ambient") }, { value: "true", label: t("temperature.cold") }]} defaultValue={params.cold === "true" ? "true" : "false"} />
          <SubmitButton>{t("search.submit")}</SubmitButton>
        </form>
      </section>
      {problem ? <p role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{problem}</p> : null}
      {search ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="mb-3 text-xl font-bold">{t("search.results", { count: search.results.length })}</h2>
          {search.results.length === 0 ? <p>{t("search.none")}</p> : (
            <ul className="space-y-3">
              {search.results.map((r) => <WarehouseCard key={r.warehouse.code} warehouse={r.warehouse} result={r} canBook={canBook} />)}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
