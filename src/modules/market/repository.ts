import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import type { Db, Tx } from "@/server/db";

// The only Prisma importer of the market module.
type Client = Db | Tx;

export const itemSelect = {
  id: true,
  kind: true,
  status: true,
  urgent: true,
  language: true,
  title: true,
  summary: true,
  sourceName: true,
  sourceUrl: true,
  sourceRef: true,
  publishedAt: true,
  expiresAt: true,
  retractedAt: true,
  notifiedAt: true,
  feedSourceId: true,
  link: true,
  createdAt: true,
  updatedAt: true,
  products: { select: { code: true } },
  countries: { select: { iso: true } },
  translations: { select: { language: true, title: true, summary: true } },
} as const;

export const itemDetailSelect = {
  ...itemSelect,
  body: true,
  retractReason: true,
  translations: { select: { language: true, title: true, summary: true, body: true } },
} as const;

export type ItemRow = Prisma.MarketItemGetPayload<{ select: typeof itemSelect }>;
export type ItemDetailRow = Prisma.MarketItemGetPayload<{ select: typeof itemDetailSelect }>;

export type ItemFilter = {
  /** Strict filters: the item carries one of these tags. */
  products?: readonly string[];
  countries?: readonly string[];
  /** Personal matching (domain/matching.ts matchesFollows): an untagged item matches every product (country). */
  follows?: { products: readonly string[]; countries: readonly string[] };
  kind?: string;
  q?: string;
};

/** Published, due, not expired: what readers may see at `now`. */
export function visibleWhere(now: Date): Prisma.MarketItemWhereInput {
  return { status: "published", publishedAt: { lte: now }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

export function filterWhere(filter: ItemFilter): Prisma.MarketItemWhereInput[] {
  const and: Prisma.MarketItemWhereInput[] = [];
  if (filter.products?.length) and.push({ products: { some: { code: { in: [...filter.products] } } } });
  if (filter.countries?.length) and.push({ countries: { some: { iso: { in: [...filter.countries] } } } });
  if (filter.follows?.products.length) and.push({ OR: [{ products: { some: { code: { in: [...filter.follows.products] } } } }, { products: { none: {} } }] });
  if (filter.follows?.countries.length) and.push({ OR: [{ countries: { some: { iso: { in: [...filter.follows.countries] } } } }, { countries: { none: {} } }] });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.q) {
    const q = filter.q;
    and.push({ OR: [{ title: { contains: q } }, { summary: { contains: q } }, { body: { contains: q } }, { translations: { some: { OR: [{ title: { contains: q } }, { summary: { contains: q } }] } } }] });
  }

  return and;
}

export function listVisibleItems(client: Client, args: { now: Date; filter: ItemFilter; cursor: { publishedAt: Date; id: string } | null; take: number; excludeIds?: string[] }) {
  const and = [visibleWhere(args.now), ...filterWhere(args.filter)];
  if (args.cursor) {
    const { publishedAt, id } = args.cursor;
    and.push({ OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: id } }] });
  }
  if (args.excludeIds?.length) and.push({ id: { notIn: args.excludeIds } });

  return client.marketItem.findMany({ where: { AND: and }, select: itemSelect, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: args.take });
}

export function listPinnedUrgent(client: Client, args: { now: Date; since: Date; filter: ItemFilter; take: number }) {
  return client.marketItem.findMany({
    where: { AND: [visibleWhere(args.now), { urgent: true, publishedAt: { gte: args.since } }, ...filterWhere(args.filter)] },
    select: itemSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: args.take,
  });
}

export function findItem(client: Client, id: string) {
  return client.marketItem.findUnique({ where: { id }, select: itemDetailSelect });
}

export function listAllItemsForOfficials(client: Client, args: { status?: string; skip: number; take: number }) {
  const where: Prisma.MarketItemWhereInput = args.status ? { status: args.status } : {};

  return Promise.all([
    client.marketItem.findMany({ where, select: itemSelect, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], skip: args.skip, take: args.take }),
    client.marketItem.count({ where }),
  ]);
}

export type ItemWrite = {
  kind: string;
  status: string;
  urgent: boolean;
  language: string;
  title: string;
  summary: string;
  body: string;
  sourceName: string;
  sourceUrl: string | null;
  sourceRef: string | null;
  publishedAt: Date;
  expiresAt: Date | null;
  contentHash: string;
  link?: string | null;
  feedSourceId?: string | null;
  feedKey?: string | null;
  createdById?: string | null;
};

type Tags = { products: readonly string[]; countries: readonly string[]; translation?: { language: string; title: string; summary: string; body: string } | null };

/** The item's product and country tags and its translation, as nested creates. */
function tagRows({ products, countries, translation }: Tags) {
  return {
    products: { create: products.map((code) => ({ code })) },
    countries: { create: countries.map((iso) => ({ iso })) },
    ...(translation ? { translations: { create: [translation] } } : {}),
  };
}

export function createItem(client: Client, data: ItemWrite & Tags & { id?: string }) {
  const { products, countries, translation, ...item } = data;

  return client.marketItem.create({ data: { ...item, ...tagRows({ products, countries, translation }) }, select: itemSelect });
}

export async function updateItem(client: Client, id: string, data: Partial<ItemWrite> & Tags) {
  const { products, countries, translation, ...item } = data;
  await client.marketItemProduct.deleteMany({ where: { itemId: id } });
  await client.marketItemCountry.deleteMany({ where: { itemId: id } });
  await client.marketItemTranslation.deleteMany({ where: { itemId: id } });

  return client.marketItem.update({ where: { id }, data: { ...item, ...tagRows({ products, countries, translation }) }, select: itemSelect });
}

/** Conditional state change: only from the expected status, so two officials cannot both "win". */
export function setStatus(client: Client, id: string, from: string[], data: { status: string; publishedAt?: Date; retractedAt?: Date | null; retractReason?: string | null }) {
  return client.marketItem.updateMany({ where: { id, status: { in: from } }, data });
}

/** Claims an urgent alert for notifying: exactly one caller gets count 1. */
export function claimUrgentNotification(client: Client, id: string, now: Date) {
  return client.marketItem.updateMany({ where: { id, urgent: true, notifiedAt: null, ...visibleWhere(now) }, data: { notifiedAt: now } });
}

export function listDueUrgentUnnotified(client: Client, now: Date) {
  return client.marketItem.findMany({ where: { urgent: true, notifiedAt: null, ...visibleWhere(now) }, select: { id: true }, take: 50 });
}

// --- follows ------------------------------------------------------------------------------

export function listFollows(client: Client, userId: string) {
  return client.marketFollow.findMany({ where: { userId }, select: { kind: true, value: true }, orderBy: [{ kind: "asc" }, { value: "asc" }] });
}

export function findPrefs(client: Client, userId: string) {
  return client.marketFollowPrefs.findUnique({ where: { userId }, select: { customisedAt: true, feedTokenHash: true, feedTokenAt: true } });
}

export async function replaceFollows(client: Client, userId: string, follows: { kind: string; value: string }[], at: Date) {
  await client.marketFollow.deleteMany({ where: { userId } });
  if (follows.length) await client.marketFollow.createMany({ data: follows.map((f) => ({ userId, ...f })) });
  await client.marketFollowPrefs.upsert({ where: { userId }, create: { userId, customisedAt: at }, update: { customisedAt: at }, select: { userId: true } });
}

export function setFeedToken(client: Client, userId: string, tokenHash: string | null, at: Date | null) {
  return client.marketFollowPrefs.upsert({ where: { userId }, create: { userId, feedTokenHash: tokenHash, feedTokenAt: at }, update: { feedTokenHash: tokenHash, feedTokenAt: at }, select: { userId: true } });
}

export function findFeedReader(client: Client, userId: string) {
  return client.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
}

export function findUserByFeedTokenHash(client: Client, tokenHash: string) {
  return client.marketFollowPrefs.findUnique({ where: { feedTokenHash: tokenHash }, select: { userId: true } });
}

/** Users who named one of these products or countries (explicit follows only). */
export function explicitFollowersOf(client: Client, products: readonly string[], countries: readonly string[]) {
  const or: Prisma.MarketFollowWhereInput[] = [];
  if (products.length) or.push({ kind: "product", value: { in: [...products] } });
  if (countries.length) or.push({ kind: "country", value: { in: [...countries] } });
  if (!or.length) return Promise.resolve([]);

  return client.marketFollow.findMany({ where: { OR: or }, select: { userId: true }, distinct: ["userId"] });
}

export function followsOfUsers(client: Client, userIds: string[]) {
  return client.marketFollow.findMany({ where: { userId: { in: userIds } }, select: { userId: true, kind: true, value: true } });
}

export function usersWithCustomFollows(client: Client, userIds: string[]) {
  return client.marketFollowPrefs.findMany({ where: { userId: { in: userIds }, customisedAt: { not: null } }, select: { userId: true } });
}

// Reads identity's MarketSubject table (read-only, two columns) because the fan-out of an
// urgent alert needs every applicant's product words in one query; identity's service has
// no bulk read and a per-user service call would be one query per seller.
export function applicantSubjectProducts(client: Client, where: { countyCode?: string; ownerIds?: string[] } = {}) {
  return client.marketSubject.findMany({
    where: { owner: { role: "applicant", disabledAt: null }, ...(where.countyCode ? { countyCode: where.countyCode } : {}), ...(where.ownerIds ? { ownerId: { in: where.ownerIds } } : {}) },
    select: { ownerId: true, products: true },
  });
}

export function listCountyApplicants(client: Client, countyCode: string) {
  return client.user.findMany({ where: { role: "applicant", countyCode, disabledAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 });
}

// --- feed sources -------------------------------------------------------------------------

export const sourceSelect = {
  id: true,
  name: true,
  url: true,
  language: true,
  trusted: true,
  defaultKind: true,
  defaultProducts: true,
  defaultCountries: true,
  active: true,
  lastFetchedAt: true,
  lastStatus: true,
  lastError: true,
  createdAt: true,
} as const;

export function listSources(client: Client, onlyActive = false) {
  return client.feedSource.findMany({ where: onlyActive ? { active: true } : {}, select: sourceSelect, orderBy: { createdAt: "asc" } });
}

export function findSource(client: Client, id: string) {
  return client.feedSource.findUnique({ where: { id }, select: sourceSelect });
}

export function findSourceByUrl(client: Client, url: string) {
  return client.feedSource.findUnique({ where: { url }, select: { id: true } });
}

export function createSource(client: Client, data: { name: string; url: string; language: string; trusted: boolean; defaultKind: string; defaultProducts: string; defaultCountries: string; createdById: string }) {
  return client.feedSource.create({ data, select: sourceSelect });
}

export function setSourceActive(client: Client, id: string, active: boolean) {
  return client.feedSource.updateMany({ where: { id }, data: { active } });
}

export function recordFetch(client: Client, sourceId: string, log: { status: string; entries: number; created: number; duplicate: number; error: string | null }, at: Date) {
  return Promise.all([
    client.feedFetchLog.create({ data: { sourceId, at, ...log }, select: { id: true } }),
    client.feedSource.update({ where: { id: sourceId }, data: { lastFetchedAt: at, lastStatus: log.status, lastError: log.error }, select: { id: true } }),
  ]);
}

export function listFetchLogs(client: Client, sourceId: string, take = 10) {
  return client.feedFetchLog.findMany({ where: { sourceId }, select: { id: true, at: true, status: true, entries: true, created: true, duplicate: true, error: true }, orderBy: { at: "desc" }, take });
}

/** What is already stored, for deduplicating a batch: its keys, links and content hashes. */
export async function seenIndex(client: Client, keys: string[], links: string[], hashes: string[]) {
  const rows = await client.marketItem.findMany({
    where: { OR: [{ feedKey: { in: keys } }, ...(links.length ? [{ link: { in: links } }, { sourceUrl: { in: links } }] : []), { contentHash: { in: hashes } }] },
    select: { feedKey: true, link: true, sourceUrl: true, contentHash: true },
  });

  return {
    keys: new Set(rows.map((r) => r.feedKey).filter((v): v is string => Boolean(v))),
    links: new Set(rows.flatMap((r) => [r.link, r.sourceUrl]).filter((v): v is string => Boolean(v))),
    hashes: new Set(rows.map((r) => r.contentHash)),
  };
}

// --- job lease ------------------------------------------------------------------------------

export async function tryAcquireLease(client: Client, name: string, holder: string, now: Date, until: Date): Promise<boolean> {
  const taken = await client.jobLease.updateMany({ where: { name, OR: [{ expiresAt: { lte: now } }, { holder }] }, data: { holder, expiresAt: until } });
  if (taken.count === 1) return true;
  try {
    await client.jobLease.create({ data: { name, holder, expiresAt: until } });

    return true;
  } catch {
    return false;
  }
}

export function releaseLease(client: Client, name: string, holder: string) {
  return client.jobLease.updateMany({ where: { name, holder }, data: { expiresAt: new Date(0) } });
}
