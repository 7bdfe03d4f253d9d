import "server-only";
// JSON and Atom handlers for /api/v1/market/* (issue #7 §5); route files only re-export these.
import { buildAtomFeed } from "./domain/atom";
import { findCountry } from "./domain/countries";
import { withPublicApi } from "@/server/api";
import { notFound } from "@/server/errors";
import { translatorFor } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { getSessionUser, actorFor } from "@/server/session";
import { clientIpFromRequest } from "@/server/request-context";
import { productName } from "./components/labels";
import { ZMarketItemDto, ZMarketItemListDto } from "./schemas";
import { getItem, itemsForFeedToken, itemsForPublicFeed, listItems, toSummaryDto, type ItemView } from "./service";

/** Optional viewer: the API is public; a signed-in officer also sees drafts by id. */
async function optionalActor(request: Request) {
  const user = await getSessionUser().catch(() => null);

  return user ? actorFor(user, undefined, clientIpFromRequest(request)) : null;
}

export const listItemsHandler = withPublicApi(async ({ request, locale }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const list = await listItems(null, params, { locale, personal: false, pageSize: 20 });
  // The API lists newest first without pinning: clients get `urgent` and sort as they wish.
  const items = [...list.pinned, ...list.items].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1));

  return Response.json(ZMarketItemListDto.parse({ items: items.map(toSummaryDto), nextCursor: list.nextCursor }));
});

export const getItemHandler = withPublicApi<{ id: string }>(async ({ request, params, locale }) => {
  const item = await getItem(await optionalActor(request), params.id, locale);

  return Response.json(
    ZMarketItemDto.parse({
      ...toSummaryDto(item),
      language: item.language,
      body: item.body,
      bodyHtml: item.bodyHtml,
      expiresAt: item.expiresAt?.toISOString() ?? null,
      link: item.link,
      translations: item.translations,
    }),
  );
});

function atomResponse(request: Request, items: ItemView[], title: string, alternatePath: string, locale: Locale): Response {
  const url = new URL(request.url);
  const origin = url.origin;
  const xml = buildAtomFeed({
    id: `${origin}${url.pathname}`,
    title,
    selfUrl: `${origin}${url.pathname}`,
    alternateUrl: `${origin}${alternatePath}`,
    updated: items[0]?.publishedAt ?? new Date(0),
    lang: locale,
    entries: items.map((item) => ({
      id: `${origin}/market/${item.id}`,
      title: item.urgent ? `【${translatorFor(locale, "market")("urgent")}】${item.title}` : item.title,
      summary: item.summary,
      link: `${origin}/market/${item.id}`,
      published: item.publishedAt,
      updated: item.publishedAt,
      categories: [...item.products, ...item.countries, item.kind],
      lang: item.language,
    })),
  });

  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}

function fileStem(file: string): string {
  const match = /^([A-Za-z0-9_-]{1,64})\.atom$/.exec(file);
  if (!match?.[1]) throw notFound("feed");

  return match[1];
}

export const productFeedHandler = withPublicApi<{ file: string }>(async ({ request, params, locale }) => {
  const code = fileStem(params.file);
  const items = await itemsForPublicFeed({ product: code }, locale);
  const t = translatorFor(locale, "market");

  return atomResponse(request, items, `${productName(code, locale)} · ${t("title")}`, `/market?view=all&product=${code}`, locale);
});

export const countryFeedHandler = withPublicApi<{ file: string }>(async ({ request, params, locale }) => {
  const iso = fileStem(params.file).toUpperCase();
  const country = findCountry(iso);
  if (!country) throw notFound("feed");
  const items = await itemsForPublicFeed({ country: iso }, locale);
  const t = translatorFor(locale, "market");

  return atomResponse(request, items, `${locale === "en" ? country.nameEn : country.nameZh} · ${t("title")}`, `/market?view=all&country=${iso}`, locale);
});

export const privateFeedHandler = withPublicApi<{ file: string }>(async ({ request, params, locale }) => {
  const items = await itemsForFeedToken(fileStem(params.file), locale);
  const response = atomResponse(request, items, translatorFor(locale, "market")("home.title"), "/market", locale);
  response.headers.set("cache-control", "private, no-store");
  response.headers.set("x-robots-tag", "noindex");

  return response;
});
