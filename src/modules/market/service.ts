import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/server/crypto";
import { PRODUCT_CODES } from "@/modules/customs/domain/product-codes";
import { notify } from "@/modules/notifications/service";
import type { Locale } from "@/i18n/settings";
import { actorCan, auditPeople, type Actor } from "@/server/actor";
import { appendAudit } from "@/server/audit";
import { db, type Tx } from "@/server/db";
import { AppError, forbidden, notFound, onUniqueViolation } from "@/server/errors";
import type { Permission } from "@/server/permissions";
import { fieldError, parseInput } from "@/server/validation";
import { decodeCursor, encodeCursor } from "./domain/cursor";
import { contentHash } from "./domain/dedup";
import { URGENT_PIN_DAYS, itemState, type ItemState, type MarketKind } from "./domain/kinds";
import { defaultFollows, isFollowerOf, type Follows } from "./domain/matching";
import { renderMarkdown } from "./domain/sanitize";
import * as repo from "./repository";
import { ZFeedSourceInput, ZFollowsInput, ZItemsQuery, ZMarketItemInput, ZRetractInput, type TMarketItemInput, type TMarketItemSummaryDto } from "./schemas";

export const LIST_PAGE_SIZE = 15;
const PINNED_MAX = 5;

function requirePermission(actor: Actor, permission: Permission): void {
  if (!actorCan(actor, permission)) throw forbidden(permission);
}

/** For callers outside the service (the "gather now" action): only publishers may run a source. */
export function assertCanPublish(actor: Actor): void {
  requirePermission(actor, "market.publish");
}

// --- views ------------------------------------------------------------------------------

export type ItemView = {
  id: string;
  kind: MarketKind;
  urgent: boolean;
  state: ItemState;
  /** The language the title and summary below are in (a translation when one matches the reader). */
  language: string;
  title: string;
  summary: string;
  products: string[];
  countries: string[];
  publishedAt: Date;
  expiresAt: Date | null;
  sourceName: string;
  sourceUrl: string | null;
  sourceRef: string | null;
  fromFeed: boolean;
};

export type ItemDetailView = ItemView & {
  bodyHtml: string;
  body: string;
  retractReason: string | null;
  link: string | null;
  originalLanguage: string;
  translations: { language: string; title: string; summary: string }[];
};

function pickText<T extends { language: string; title: string; summary: string }>(row: { language: string; title: string; summary: string; translations: T[] }, locale: Locale): { language: string; title: string; summary: string; translation: T | null } {
  if (row.language === locale) return { language: row.language, title: row.title, summary: row.summary, translation: null };
  const translation = row.translations.find((t) => t.language === locale) ?? null;

  return translation ? { language: translation.language, title: translation.title, summary: translation.summary, translation } : { language: row.language, title: row.title, summary: row.summary, translation: null };
}

function toView(row: repo.ItemRow, locale: Locale, now: Date): ItemView {
  const text = pickText(row, locale);

  return {
    id: row.id,
    kind: row.kind as MarketKind,
    urgent: row.urgent,
    state: itemState(row, now),
    language: text.language,
    title: text.title,
    summary: text.summary,
    products: row.products.map((p) => p.code).sort(),
    countries: row.countries.map((c) => c.iso).sort(),
    publishedAt: row.publishedAt,
    expiresAt: row.expiresAt,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    sourceRef: row.sourceRef,
    fromFeed: row.feedSourceId !== null,
  };
}

export function toSummaryDto(view: ItemView): TMarketItemSummaryDto {
  return {
    id: view.id,
    kind: view.kind,
    title: view.title,
    summary: view.summary,
    countries: view.countries,
    products: view.products,
    publishedAt: view.publishedAt.toISOString(),
    source: { name: view.sourceName, url: view.sourceUrl, ref: view.sourceRef },
    urgent: view.urgent,
  };
}

// --- follows ------------------------------------------------------------------------------

export type EffectiveFollows = Follows & { origin: "custom" | "default" | "none" };

async function followsOf(userId: string, role: string | null): Promise<EffectiveFollows> {
  const prefs = await repo.findPrefs(db(), userId);
  if (prefs?.customisedAt) {
    const rows = await repo.listFollows(db(), userId);

    return { products: rows.filter((r) => r.kind === "product").map((r) => r.value), countries: rows.filter((r) => r.kind === "country").map((r) => r.value), origin: "custom" };
  }
  if (role !== "applicant") return { products: [], countries: [], origin: "none" };
  const subjects = await repo.applicantSubjectProducts(db(), { ownerIds: [userId] });
  const follows = defaultFollows(subjects.map((s) => JSON.parse(s.products) as string[]));

  return { ...follows, origin: follows.products.length ? "default" : "none" };
}

/** What the signed-in person follows (or, acting for a seller, what that seller follows). */
export async function getMyFollows(actor: Actor): Promise<EffectiveFollows> {
  requirePermission(actor, "market.read");
  if (actor.actingFor) return followsOf(actor.actingFor.applicantId, "applicant");

  return followsOf(actor.userId, actor.role);
}

export async function setMyFollows(actor: Actor, input: unknown): Promise<EffectiveFollows> {
  requirePermission(actor, "market.read");
  const data = parseInput(ZFollowsInput, input);
  const userId = actor.actingFor?.applicantId ?? actor.userId;
  const follows = [...new Set(data.products)].map((value) => ({ kind: "product", value })).concat([...new Set(data.countries)].map((value) => ({ kind: "country", value })));
  await db().$transaction(async (tx) => {
    await repo.replaceFollows(tx, userId, follows, new Date());
    await appendAudit(tx, { ...auditPeople(actor), action: "market.follows.updated", targetType: "user", targetId: userId, after: { products: data.products, countries: data.countries } });
  });

  return { products: data.products, countries: data.countries, origin: "custom" };
}

// --- reading --------------------------------------------------------------------------------

export type ItemList = { pinned: ItemView[]; items: ItemView[]; nextCursor: string | null; follows: EffectiveFollows | null; personal: boolean };

/**
 * Items newest first, urgent alerts of the last URGENT_PIN_DAYS pinned on top of the first
 * page. `personal` narrows to what the viewer follows (the default for signed-in people
 * who follow something); explicit filters apply on top.
 */
export async function listItems(viewer: Actor | null, rawQuery: unknown, options: { locale: Locale; personal: boolean; now?: Date; pageSize?: number }): Promise<ItemList> {
  const query = parseInput(ZItemsQuery, rawQuery);
  const now = options.now ?? new Date();
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw fieldError("cursor", "cursor_invalid");
  const follows = viewer && actorCan(viewer, "market.read") ? await getMyFollows(viewer) : null;
  const personal = options.personal && follows !== null && (follows.products.length > 0 || follows.countries.length > 0);
  const filter: repo.ItemFilter = {
    kind: query.kind,
    q: query.q,
    products: query.product ? [query.product] : undefined,
    countries: query.country ? [query.country] : undefined,
    follows: personal && follows ? follows : undefined,
  };
  const pageSize = options.pageSize ?? LIST_PAGE_SIZE;
  const since = new Date(now.getTime() - URGENT_PIN_DAYS * 86_400_000);
  const pinnedRows = cursor ? [] : await repo.listPinnedUrgent(db(), { now, since, filter, take: PINNED_MAX });
  const pinnedIds = pinnedRows.map((r) => r.id);
  const rows = await repo.listVisibleItems(db(), { now, filter, cursor, take: pageSize + 1, excludeIds: pinnedIds });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);

  return {
    pinned: pinnedRows.map((r) => toView(r, options.locale, now)),
    items: page.map((r) => toView(r, options.locale, now)),
    nextCursor: rows.length > pageSize && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null,
    follows,
    personal,
  };
}

export async function getItem(viewer: Actor | null, id: string, locale: Locale, now = new Date()): Promise<ItemDetailView> {
  const row = await repo.findItem(db(), id);
  if (!row) throw notFound("market item");
  const state = itemState(row, now);
  const isEditor = viewer !== null && actorCan(viewer, "market.publish");
  if ((state === "draft" || state === "scheduled") && !isEditor) throw notFound("market item");
  const text = pickText(row, locale);
  const body = state === "retracted" && !isEditor ? "" : (text.translation?.body ?? row.body);

  return {
    ...toView(row, locale, now),
    body,
    bodyHtml: body ? renderMarkdown(body) : "",
    retractReason: row.retractReason,
    link: row.link,
    originalLanguage: row.language,
    translations: row.translations.map((tr) => ({ language: tr.language, title: tr.title, summary: tr.summary })),
  };
}

// --- writing (officials) --------------------------------------------------------------------

function itemWrite(data: TMarketItemInput) {
  const translation = data.translationTitle && data.translationBody
    ? { language: data.language === "zh-CN" ? "en" : "zh-CN", title: data.translationTitle, summary: data.translationSummary || data.translationTitle, body: data.translationBody }
    : null;
  if (data.expiresAt && data.publishedAt && data.expiresAt <= data.publishedAt) throw fieldError("expiresAt", "expiry_before_publication");

  return {
    write: {
      kind: data.kind,
      urgent: data.urgent,
      language: data.language,
      title: data.title,
      summary: data.summary,
      body: data.body,
      sourceName: data.sourceName,
      sourceUrl: data.sourceUrl ?? null,
      sourceRef: data.sourceRef || null,
      expiresAt: data.expiresAt ?? null,
      contentHash: contentHash(data.title, data.body),
    },
    products: [...new Set(data.products)],
    countries: [...new Set(data.countries)],
    translation,
  };
}

function auditShape(view: { kind: string; urgent: boolean; title: string; products: string[]; countries: string[]; publishedAt: Date; expiresAt: Date | null; state?: string }) {
  return { kind: view.kind, urgent: view.urgent, title: view.title, products: view.products, countries: view.countries, publishedAt: view.publishedAt.toISOString(), expiresAt: view.expiresAt?.toISOString() ?? null, state: view.state };
}

/** Creates an item as a draft, or publishes it at once (or at its scheduled time). */
export async function createItem(actor: Actor, input: unknown, options: { publish: boolean }): Promise<ItemView> {
  requirePermission(actor, "market.publish");
  const data = parseInput(ZMarketItemInput, input);
  const { write, products, countries, translation } = itemWrite(data);
  const now = new Date();

  return db().$transaction(async (tx) => {
    const row = await repo.createItem(tx, { ...write, status: options.publish ? "published" : "draft", publishedAt: data.publishedAt ?? now, products, countries, translation, createdById: actor.userId });
    const view = toView(row, "zh-CN", now);
    await appendAudit(tx, { ...auditPeople(actor), action: options.publish ? "market.item.published" : "market.item.drafted", targetType: "market_item", targetId: row.id, after: auditShape(view) });
    if (options.publish) await notifyFollowersIfDue(tx, row.id, now);

    return view;
  });
}

export async function updateItem(actor: Actor, id: string, input: unknown): Promise<ItemView> {
  requirePermission(actor, "market.publish");
  const data = parseInput(ZMarketItemInput, input);
  const { write, products, countries, translation } = itemWrite(data);
  const now = new Date();
  const before = await repo.findItem(db(), id);
  if (!before) throw notFound("market item");
  if (before.status === "retracted") throw new AppError("conflict", "item_retracted");

  return db().$transaction(async (tx) => {
    const row = await repo.updateItem(tx, id, { ...write, publishedAt: data.publishedAt ?? before.publishedAt, products, countries, translation });
    const view = toView(row, "zh-CN", now);
    await appendAudit(tx, { ...auditPeople(actor), action: "market.item.updated", targetType: "market_item", targetId: id, before: auditShape(toView(before, "zh-CN", now)), after: auditShape(view) });
    if (row.status === "published") await notifyFollowersIfDue(tx, id, now);

    return view;
  });
}

export async function publishItem(actor: Actor, id: string): Promise<void> {
  requirePermission(actor, "market.publish");
  const now = new Date();
  await db().$transaction(async (tx) => {
    const existing = await repo.findItem(tx, id);
    if (!existing) throw notFound("market item");
    // A draft whose time has passed is published now; a future time keeps it scheduled.
    const publishedAt = existing.publishedAt > now ? existing.publishedAt : now;
    const { count } = await repo.setStatus(tx, id, ["draft"], { status: "published", publishedAt });
    if (count === 0) throw new AppError("conflict", "item_not_draft");
    await appendAudit(tx, { ...auditPeople(actor), action: "market.item.published", targetType: "market_item", targetId: id, before: { status: "draft" }, after: { status: "published", publishedAt: publishedAt.toISOString() } });
    await notifyFollowersIfDue(tx, id, now);
  });
}

export async function retractItem(actor: Actor, id: string, input: unknown): Promise<void> {
  requirePermission(actor, "market.publish");
  const { reason } = parseInput(ZRetractInput, input);
  const now = new Date();
  await db().$transaction(async (tx) => {
    const { count } = await repo.setStatus(tx, id, ["draft", "published"], { status: "retracted", retractedAt: now, retractReason: reason });
    if (count === 0) throw notFound("market item");
    await appendAudit(tx, { ...auditPeople(actor), action: "market.item.retracted", targetType: "market_item", targetId: id, after: { status: "retracted", reason } });
  });
}

export async function listItemsForOfficials(actor: Actor, status: string | undefined, page: number, locale: Locale) {
  requirePermission(actor, "market.publish");
  const take = 20;
  const current = Math.max(1, Math.floor(page) || 1);
  const [rows, total] = await repo.listAllItemsForOfficials(db(), { status: status && ["draft", "published", "retracted"].includes(status) ? status : undefined, skip: (current - 1) * take, take });
  const now = new Date();

  return { items: rows.map((r) => toView(r, locale, now)), page: current, pages: Math.max(1, Math.ceil(total / take)), total };
}

/** The stored input of an item, for the edit form. */
export async function getItemForEdit(actor: Actor, id: string) {
  requirePermission(actor, "market.publish");
  const row = await repo.findItem(db(), id);
  if (!row) throw notFound("market item");
  const translation = row.translations.find((t) => t.language !== row.language) ?? null;

  return { row, translation };
}

// --- urgent alerts reach followers ---------------------------------------------------------

/**
 * Everyone who follows one of the item's products or countries (explicitly, or — sellers
 * who never chose — through their subjects' products), filtered by isFollowerOf.
 */
async function followersOf(tx: Tx, item: { products: string[]; countries: string[] }): Promise<string[]> {
  const explicit = (await repo.explicitFollowersOf(tx, item.products, item.countries)).map((r) => r.userId);
  const followRows = await repo.followsOfUsers(tx, explicit);
  const byUser = new Map<string, { products: string[]; countries: string[] }>();
  for (const r of followRows) {
    const f = byUser.get(r.userId) ?? { products: [], countries: [] };
    (r.kind === "product" ? f.products : f.countries).push(r.value);
    byUser.set(r.userId, f);
  }
  const result = new Set(explicit.filter((id) => isFollowerOf(item, byUser.get(id) ?? { products: [], countries: [] })));
  if (item.products.length === 0) return [...result];

  const subjects = await repo.applicantSubjectProducts(tx);
  const owners = [...new Set(subjects.map((s) => s.ownerId))];
  const custom = new Set((await repo.usersWithCustomFollows(tx, owners)).map((r) => r.userId));
  const productsByOwner = new Map<string, string[][]>();
  for (const s of subjects) {
    if (custom.has(s.ownerId)) continue;
    const list = productsByOwner.get(s.ownerId) ?? [];
    list.push(JSON.parse(s.products) as string[]);
    productsByOwner.set(s.ownerId, list);
  }
  for (const [owner, lists] of productsByOwner) if (isFollowerOf(item, defaultFollows(lists))) result.add(owner);

  return [...result];
}

/** If the item is a due, visible urgent alert not yet announced, tells its followers (once). */
async function notifyFollowersIfDue(tx: Tx, id: string, now: Date): Promise<number> {
  const { count } = await repo.claimUrgentNotification(tx, id, now);
  if (count === 0) return 0;
  const row = await repo.findItem(tx, id);
  if (!row) return 0;
  const item = { products: row.products.map((p) => p.code), countries: row.countries.map((c) => c.iso) };
  const userIds = await followersOf(tx, item);
  const title: Partial<Record<Locale, string>> = { [row.language as Locale]: row.title };
  for (const t of row.translations) title[t.language as Locale] = t.title;
  const sent = await notify(tx, { userIds, kind: "market.urgent_alert", key: "market:notify.urgent_alert", params: { title }, link: `/market/${id}` });
  await appendAudit(tx, { actorId: null, action: "market.item.followers_notified", targetType: "market_item", targetId: id, after: { recipients: sent } });

  return sent;
}

/** Scheduled urgent alerts whose time has come (run by the in-app job). */
export async function notifyDueUrgentAlerts(now = new Date()): Promise<number> {
  let total = 0;
  for (const { id } of await repo.listDueUrgentUnnotified(db(), now)) {
    total += await db().$transaction((tx) => notifyFollowersIfDue(tx, id, now));
  }

  return total;
}

// --- private Atom feed --------------------------------------------------------------------

/** A new private feed token (replacing any old one). Shown once; only its hash is kept. */
export async function createMyFeedToken(actor: Actor): Promise<string> {
  requirePermission(actor, "market.read");
  if (actor.actingFor) throw forbidden("own_account_only");
  const token = randomBytes(24).toString("base64url");
  await db().$transaction(async (tx) => {
    await repo.setFeedToken(tx, actor.userId, hashToken(token), new Date());
    await appendAudit(tx, { ...auditPeople(actor), action: "market.feed_token.created", targetType: "user", targetId: actor.userId });
  });

  return token;
}

export async function revokeMyFeedToken(actor: Actor): Promise<void> {
  requirePermission(actor, "market.read");
  if (actor.actingFor) throw forbidden("own_account_only");
  await db().$transaction(async (tx) => {
    await repo.setFeedToken(tx, actor.userId, null, null);
    await appendAudit(tx, { ...auditPeople(actor), action: "market.feed_token.revoked", targetType: "user", targetId: actor.userId });
  });
}

export async function hasFeedToken(actor: Actor): Promise<{ active: boolean; createdAt: Date | null }> {
  const prefs = await repo.findPrefs(db(), actor.userId);

  return { active: Boolean(prefs?.feedTokenHash), createdAt: prefs?.feedTokenAt ?? null };
}

/** The personalised items behind a private feed token, or not_found for an unknown or revoked one. */
export async function itemsForFeedToken(token: string, locale: Locale): Promise<ItemView[]> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound("feed");
  const prefs = await repo.findUserByFeedTokenHash(db(), hashToken(token));
  if (!prefs) throw notFound("feed");
  const user = await repo.findFeedReader(db(), prefs.userId);
  if (!user || user.disabledAt) throw notFound("feed");
  const follows = await followsOf(prefs.userId, user.role);
  const now = new Date();
  const filter: repo.ItemFilter = follows.products.length || follows.countries.length ? { follows } : {};

  return (await repo.listVisibleItems(db(), { now, filter, cursor: null, take: 50 })).map((r) => toView(r, locale, now));
}

export async function itemsForPublicFeed(by: { product?: string; country?: string }, locale: Locale): Promise<ItemView[]> {
  if (by.product && !PRODUCT_CODES.some((p) => p.code === by.product)) throw notFound("feed");
  const now = new Date();
  const filter: repo.ItemFilter = { products: by.product ? [by.product] : undefined, countries: by.country ? [by.country] : undefined };

  return (await repo.listVisibleItems(db(), { now, filter, cursor: null, take: 50 })).map((r) => toView(r, locale, now));
}

// --- station staff: what their county's sellers follow -------------------------------------

export type CountyFollowSummary = { applicants: number; products: { code: string; count: number }[]; countries: { iso: string; count: number }[]; sellers: { id: string; name: string; follows: EffectiveFollows }[] };

export async function countyFollowSummary(actor: Actor): Promise<CountyFollowSummary> {
  requirePermission(actor, "applicants.read.county");
  if (actor.role !== "station_staff" || !actor.countyCode) throw forbidden("county_staff_only");
  const applicants = await repo.listCountyApplicants(db(), actor.countyCode);
  const sellers = [];
  const productCount = new Map<string, number>();
  const countryCount = new Map<string, number>();
  for (const a of applicants) {
    const follows = await followsOf(a.id, "applicant");
    sellers.push({ id: a.id, name: a.name, follows });
    for (const p of follows.products) productCount.set(p, (productCount.get(p) ?? 0) + 1);
    for (const c of follows.countries) countryCount.set(c, (countryCount.get(c) ?? 0) + 1);
  }
  const sorted = <K extends string>(m: Map<string, number>, key: K) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, count]) => ({ [key]: k, count }) as Record<K, string> & { count: number });

  return { applicants: applicants.length, products: sorted(productCount, "code"), countries: sorted(countryCount, "iso"), sellers };
}

// --- feed sources (officials) --------------------------------------------------------------

export async function listFeedSources(actor: Actor) {
  requirePermission(actor, "market.publish");
  const sources = await repo.listSources(db());

  return Promise.all(sources.map(async (s) => ({ ...s, defaultProducts: JSON.parse(s.defaultProducts) as string[], defaultCountries: JSON.parse(s.defaultCountries) as string[], logs: await repo.listFetchLogs(db(), s.id, 5) })));
}

export async function registerFeedSource(actor: Actor, input: unknown) {
  requirePermission(actor, "market.publish");
  const data = parseInput(ZFeedSourceInput, input);

  return onUniqueViolation(() => db().$transaction(async (tx) => {
    if (await repo.findSourceByUrl(tx, data.url)) throw fieldError("url", "feed_url_taken");
    const source = await repo.createSource(tx, { name: data.name, url: data.url, language: data.language, trusted: data.trusted, defaultKind: data.defaultKind, defaultProducts: JSON.stringify(data.defaultProducts), defaultCountries: JSON.stringify(data.defaultCountries), createdById: actor.userId });
    await appendAudit(tx, { ...auditPeople(actor), action: "market.feed_source.registered", targetType: "feed_source", targetId: source.id, after: { name: data.name, url: data.url, trusted: data.trusted } });

    return source;
  }), () => fieldError("url", "feed_url_taken"));
}

export async function setFeedSourceActive(actor: Actor, id: string, active: boolean): Promise<void> {
  requirePermission(actor, "market.publish");
  await db().$transaction(async (tx) => {
    const { count } = await repo.setSourceActive(tx, id, active);
    if (count === 0) throw notFound("feed source");
    await appendAudit(tx, { ...auditPeople(actor), action: active ? "market.feed_source.resumed" : "market.feed_source.paused", targetType: "feed_source", targetId: id });
  });
}
