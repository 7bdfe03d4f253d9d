import "server-only";
// Gathering: every active source is fetched, parsed, deduplicated and turned into draft
// items (or published ones — trusted source, tags complete: domain/tagging.ts). Each
// source runs in its own try/catch and its outcome is logged against it (FeedFetchLog),
// so a dead host, a malformed document or an oversized body never stops the others.
import { appendAudit } from "@/server/audit";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors";
import { contentHash, feedKey, judgeEntry } from "../domain/dedup";
import { FeedParseError, parseFeed, type FeedEntry } from "../domain/feed-parse";
import { isMarketKind } from "../domain/kinds";
import { tagEntry } from "../domain/tagging";
import * as repo from "../repository";
import { FeedFetchError, fetchFeedText, type FetchOptions } from "./fetch";

export type SourceOutcome = { sourceId: string; name: string; status: "ok" | "error"; entries: number; created: number; published: number; duplicate: number; error: string | null };

type Source = Awaited<ReturnType<typeof repo.listSources>>[number];

function describeError(error: unknown): string {
  if (error instanceof FeedFetchError || error instanceof FeedParseError) return error.message.slice(0, 300);

  return `unexpected: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
}

async function storeEntries(source: Source, entries: FeedEntry[], now: Date): Promise<{ created: number; published: number; duplicate: number }> {
  const seen = await repo.seenIndex(
    db(),
    entries.map((e) => feedKey(source.id, e)),
    entries.map((e) => e.link).filter((l): l is string => Boolean(l)),
    entries.map((e) => contentHash(e.title, e.summary)),
  );
  const rules = { trusted: source.trusted, defaultProducts: JSON.parse(source.defaultProducts) as string[], defaultCountries: JSON.parse(source.defaultCountries) as string[] };
  let created = 0;
  let published = 0;
  let duplicate = 0;
  for (const entry of entries) {
    const verdict = judgeEntry(source.id, entry, seen);
    if (verdict.duplicate) {
      duplicate += 1;
      continue;
    }
    const tags = tagEntry(entry, rules);
    const publishedAt = entry.publishedAt && entry.publishedAt <= now ? entry.publishedAt : now;
    try {
      await db().$transaction(async (tx) => {
        const row = await repo.createItem(tx, {
          kind: isMarketKind(source.defaultKind) ? source.defaultKind : "demand",
          status: tags.publish ? "published" : "draft",
          urgent: false,
          language: source.language,
          title: entry.title || entry.summary.slice(0, 80),
          summary: entry.summary.slice(0, 300) || entry.title,
          // Gathered text is plain (tags stripped by the parser); it is rendered as Markdown and sanitised like any body.
          body: entry.summary || entry.title,
          sourceName: source.name,
          sourceUrl: entry.link,
          sourceRef: null,
          publishedAt,
          expiresAt: null,
          contentHash: verdict.hash,
          link: entry.link,
          feedSourceId: source.id,
          feedKey: verdict.key,
          products: tags.products,
          countries: tags.countries,
        });
        await appendAudit(tx, { actorId: null, action: tags.publish ? "market.item.gathered_published" : "market.item.gathered", targetType: "market_item", targetId: row.id, after: { sourceId: source.id, products: tags.products, countries: tags.countries } });
      });
      created += 1;
      if (tags.publish) published += 1;
    } catch (error) {
      // Another process stored the same entry first: a duplicate, not a failure.
      if (isUniqueViolation(error)) duplicate += 1;
      else throw error;
    }
  }

  return { created, published, duplicate };
}

export async function gatherSource(source: Source, options: FetchOptions & { now?: Date } = {}): Promise<SourceOutcome> {
  const now = options.now ?? new Date();
  let outcome: SourceOutcome;
  try {
    const feed = parseFeed(await fetchFeedText(source.url, options));
    const stored = await storeEntries(source, feed.entries, now);
    outcome = { sourceId: source.id, name: source.name, status: "ok", entries: feed.entries.length, ...stored, error: null };
  } catch (error) {
    outcome = { sourceId: source.id, name: source.name, status: "error", entries: 0, created: 0, published: 0, duplicate: 0, error: describeError(error) };
  }
  try {
    await repo.recordFetch(db(), source.id, { status: outcome.status, entries: outcome.entries, created: outcome.created, duplicate: outcome.duplicate, error: outcome.error }, now);
  } catch (error) {
    console.error(`[feeds] could not record the fetch of source ${source.id}:`, error instanceof Error ? error.message : error);
  }

  return outcome;
}

/** Fetches every active source, one after another (one writer on SQLite). */
export async function gatherAllFeeds(options: FetchOptions & { now?: Date } = {}): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = [];
  for (const source of await repo.listSources(db(), true)) outcomes.push(await gatherSource(source, options));

  return outcomes;
}

export async function gatherOneFeed(sourceId: string, options: FetchOptions = {}): Promise<SourceOutcome | null> {
  const source = await repo.findSource(db(), sourceId);

  return source ? gatherSource(source, options) : null;
}
