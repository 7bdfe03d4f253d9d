import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { countryName, productName } from "@/modules/market/components/labels";
import { getItem } from "@/modules/market/service";
import { actorCan } from "@/server/actor";
import { withNotFound } from "@/server/page-errors";
import { getActor } from "@/server/session";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await getT("market");
  try {
    const item = await getItem(await getActor(), (await params).id, locale);

    return { title: item.title, description: item.summary };
  } catch {
    return {};
  }
}

/**
 * The article page: server-rendered HTML and CSS only, no client component, so a slow
 * phone reads it without running JavaScript (scripts/bench/article-weight.ts measures it).
 */
export default async function ArticlePage({ params }: Params) {
  const actor = await getActor();
  const { t, locale } = await getT("market");
  const item = await withNotFound(getItem(actor, (await params).id, locale));
  const isEditor = actor !== null && actorCan(actor, "market.publish");

  return (
    <article className="space-y-4" lang={item.language !== locale ? item.language : undefined}>
      <p><Link href="/market" className="text-emerald-800 underline">{t("article.back")}</Link></p>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {item.urgent ? <span className="rounded bg-red-700 px-2 py-0.5 font-bold text-white">{t("urgent")}</span> : null}
        <span className="rounded bg-emerald-100 px-2 py-0.5 font-semibold text-emerald-900">{t(`kinds.${item.kind}`)}</span>
        {item.state !== "published" ? <span className="rounded bg-amber-200 px-2 py-0.5 font-semibold">{t(`states.${item.state}`)}</span> : null}
      </p>
      <h1 className="text-2xl font-bold leading-tight">{item.title}</h1>
      {item.state === "retracted" ? (
        <div role="note" className="rounded border-l-4 border-red-700 bg-red-50 p-3">
          <p className="font-semibold">{t("article.retracted")}</p>
          {item.retractReason ? <p>{t("article.retract_reason", { reason: item.retractReason })}</p> : null}
        </div>
      ) : null}
      {item.state === "expired" ? <p role="note" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3">{t("article.expired")}</p> : null}
      {item.state === "scheduled" ? <p role="note" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3">{t("article.scheduled", { date: formatDateTime(item.publishedAt, locale) })}</p> : null}
      {item.state === "draft" ? <p role="note" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3">{t("article.draft")}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("article.published")}</dt>
        <dd><time dateTime={item.publishedAt.toISOString()}>{formatDateTime(item.publishedAt, locale)}</time></dd>
        {item.expiresAt ? (<><dt className="font-semibold">{t("article.expires")}</dt><dd>{formatDateTime(item.expiresAt, locale)}</dd></>) : null}
        {item.products.length ? (<><dt className="font-semibold">{t("card.products")}</dt><dd>{item.products.map((p) => productName(p, locale)).join("、")}</dd></>) : null}
        {item.countries.length ? (<><dt className="font-semibold">{t("card.countries")}</dt><dd>{item.countries.map((c) => countryName(c, locale)).join("、")}</dd></>) : null}
      </dl>
      <p className="text-lg font-semibold">{item.summary}</p>
      {/* bodyHtml is Markdown rendered by marked and cleaned by sanitize-html (domain/sanitize.ts). */}
      <div className="article-body space-y-3 leading-relaxed" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
      <footer className="space-y-1 border-t border-slate-300 pt-3 text-sm">
        <p><span className="font-semibold">{t("article.source")}</span>{item.sourceUrl ? <a href={item.sourceUrl} rel="nofollow noopener noreferrer" className="break-all text-emerald-800 underline">{item.sourceName}</a> : item.sourceName}</p>
        {item.sourceRef ? <p>{t("article.source_ref", { ref: item.sourceRef })}</p> : null}
        {item.fromFeed ? <p>{t("article.from_feed")}</p> : null}
        {isEditor ? <p><Link href={`/market/manage/${item.id}`} className="text-emerald-800 underline">{t("article.edit")}</Link></p> : null}
      </footer>
    </article>
  );
}
