import Link from "next/link";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { ItemView } from "../service";
import { countryName, productName } from "./labels";

export async function ItemCard({ item, headingLevel = 3 }: { item: ItemView; headingLevel?: 2 | 3 }) {
  const { t, locale } = await getT("market");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const tags = [...item.products.map((p) => productName(p, locale)), ...item.countries.map((c) => countryName(c, locale))];

  return (
    <article className={`rounded border-2 bg-white p-4 ${item.urgent ? "border-red-700" : "border-slate-300"}`} lang={item.language !== locale ? item.language : undefined}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {item.urgent ? <span className="rounded bg-red-700 px-2 py-0.5 font-bold text-white">{t("urgent")}</span> : null}
        <span className="rounded bg-emerald-100 px-2 py-0.5 font-semibold text-emerald-900">{t(`kinds.${item.kind}`)}</span>
        <time dateTime={item.publishedAt.toISOString()} className="text-slate-700">{formatDateTime(item.publishedAt, locale)}</time>
      </p>
      <Heading className="mt-2 text-lg font-bold leading-snug">
        <Link href={`/market/${item.id}`} className="text-emerald-900 underline underline-offset-2">{item.title}</Link>
      </Heading>
      <p className="mt-1 text-slate-800">{item.summary}</p>
      {tags.length ? <p className="mt-2 text-sm text-slate-700">{tags.join(" · ")}</p> : null}
      <p className="mt-1 text-sm text-slate-600">{t("card.source", { source: item.sourceName })}</p>
    </article>
  );
}
