import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { ItemCard } from "@/modules/market/components/item-card";
import { countryOptions, productOptions } from "@/modules/market/components/labels";
import { MARKET_KINDS } from "@/modules/market/domain/kinds";
import { listItems } from "@/modules/market/service";
import { withNotFound } from "@/server/page-errors";
import { getActor } from "@/server/session";
import { isAppError } from "@/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("market");

  return { title: t("title") };
}

type Search = { view?: string; product?: string; country?: string; kind?: string; q?: string; cursor?: string };

const selectClass = "block w-full rounded border-2 border-slate-700 bg-white px-3 py-2";

/** Server-rendered and paginated with plain links and a GET form: readable with no JavaScript. */
export default async function MarketPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const actor = await getActor();
  const { t, locale } = await getT("market");
  const wantsAll = search.view === "all";
  const query = { product: search.product, country: search.country, kind: search.kind, q: search.q, cursor: search.cursor };
  const { t: te } = await getT("errors");
  // A filter the list cannot take (a search over 100 characters, an edited cursor or code)
  // is explained above the unfiltered list rather than failing the page.
  const options = { locale, personal: !wantsAll };
  const filtered = await withNotFound(
    listItems(actor, query, options).then(
      (items) => ({ items, problem: null as string | null }),
      (error: unknown) => {
        if (!isAppError(error) || error.code !== "validation_failed") throw error;
        return { items: null, problem: Object.values(error.fieldErrors ?? {}).flat().map((key) => te(key)).join(" ") || te(error.code) };
      },
    ),
  );
  const problem = filtered.problem;
  const list = filtered.items ?? (await withNotFound(listItems(actor, {}, options)));
  const keep = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ view: search.view, product: search.product, country: search.country, kind: search.kind, q: search.q, ...extra })) if (v) params.set(k, v);
    const s = params.toString();

    return s ? `/market?${s}` : "/market";
  };

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {problem ? <p role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{problem}</p> : null}
      {list.follows ? (
        <nav aria-label={t("view.label")} className="mb-4 flex flex-wrap gap-2">
          <Link href={keep({ view: undefined, cursor: undefined })} aria-current={!wantsAll ? "page" : undefined} className={`min-h-11 rounded border-2 border-emerald-800 px-4 py-2 font-semibold ${!wantsAll ? "bg-emerald-800 text-white" : "text-emerald-900"}`}>{t("view.mine")}</Link>
          <Link href={keep({ view: "all", cursor: undefined })} aria-current={wantsAll ? "page" : undefined} className={`min-h-11 rounded border-2 border-emerald-800 px-4 py-2 font-semibold ${wantsAll ? "bg-emerald-800 text-white" : "text-emerald-900"}`}>{t("view.all")}</Link>
          <Link href="/market/follow" className="min-h-11 px-2 py-2 text-emerald-800 underline">{t("home.follow")}</Link>
        </nav>
      ) : null}
      <p className="mb-4 text-slate-700">{list.personal ? t("list.results_mine") : list.follows && !wantsAll ? t("list.follows_none") : t("list.results_all")}</p>

      <form method="get" action="/market" role="search" aria-label={t("filters.title")} className="mb-6 grid gap-3 rounded border border-slate-300 bg-white p-4 sm:grid-cols-2">
        {wantsAll ? <input type="hidden" name="view" value="all" /> : null}
        <div className="sm:col-span-2">
          <label htmlFor="q" className="block font-semibold">{t("filters.q")}</label>
          <input id="q" name="q" type="search" maxLength={100} defaultValue={search.q ?? ""} placeholder={t("filters.q_hint")} className={selectClass} />
        </div>
        <div>
          <label htmlFor="product" className="block font-semibold">{t("filters.product")}</label>
          <select id="product" name="product" defaultValue={search.product ?? ""} className={selectClass}>
            <option value="">{t("filters.any")}</option>
            {productOptions(locale).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="country" className="block font-semibold">{t("filters.country")}</label>
          <select id="country" name="country" defaultValue={search.country ?? ""} className={selectClass}>
            <option value="">{t("filters.any")}</option>
            {countryOptions(locale).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="kind" className="block font-semibold">{t("filters.kind")}</label>
          <select id="kind" name="kind" defaultValue={search.kind ?? ""} className={selectClass}>
            <option value="">{t("filters.any")}</option>
            {MARKET_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="min-h-12 rounded bg-emerald-800 px-6 py-2 font-bold text-white">{t("filters.submit")}</button>
          <Link href={wantsAll ? "/market?view=all" : "/market"} className="py-2 text-emerald-800 underline">{t("filters.clear")}</Link>
        </div>
      </form>

      {list.pinned.length ? (
        <section aria-labelledby="pinned" className="mb-6 space-y-3">
          <h2 id="pinned" className="text-xl font-bold text-red-800">{t("list.pinned")}</h2>
          <ul className="space-y-3">{list.pinned.map((item) => <li key={item.id}><ItemCard item={item} /></li>)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="latest" className="space-y-3">
        <h2 id="latest" className="text-xl font-bold">{t("list.latest")}</h2>
        {list.items.length === 0 && list.pinned.length === 0 ? <p className="rounded bg-white p-4">{t("list.empty")}</p> : null}
        <ul className="space-y-3" data-testid="market-list">{list.items.map((item) => <li key={item.id}><ItemCard item={item} /></li>)}</ul>
      </section>
      <p className="mt-6 flex flex-wrap gap-6">
        {search.cursor ? <Link href={keep({ cursor: undefined })} className="font-semibold text-emerald-800 underline">{t("list.first")}</Link> : null}
        {list.nextCursor ? <Link href={keep({ cursor: list.nextCursor })} rel="next" className="font-semibold text-emerald-800 underline">{t("list.next")}</Link> : null}
      </p>
    </>
  );
}
