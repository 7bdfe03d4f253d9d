// Deduplicating gathered entries: the same story arrives again on every fetch (same GUID),
// under a new GUID with the same link, or copied by another source (same text).
import { createHash } from "node:crypto";

export function normaliseForHash(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function contentHash(title: string, body: string): string {
  return createHash("sha256").update(`${normaliseForHash(title)}\n${normaliseForHash(body)}`).digest("hex");
}

/** Per-source identity of an entry: its GUID, else its link, else its content hash. */
export function feedKey(sourceId: string, entry: { guid: string | null; link: string | null; title: string; summary: string }): string {
  return `${sourceId}:${entry.guid ?? entry.link ?? contentHash(entry.title, entry.summary)}`;
}

export type DedupVerdict = { duplicate: false; key: string; hash: string } | { duplicate: true; by: "guid" | "link" | "content" };

/** Decides one entry against what is stored and what this batch already took (the index grows as entries are taken). */
export function judgeEntry(
  sourceId: string,
  entry: { guid: string | null; link: string | null; title: string; summary: string },
  seen: { keys: Set<string>; links: Set<string>; hashes: Set<string> },
): DedupVerdict {
  const key = feedKey(sourceId, entry);
  const hash = contentHash(entry.title, entry.summary);
  if (seen.keys.has(key)) return { duplicate: true, by: "guid" };
  if (entry.link && seen.links.has(entry.link)) return { duplicate: true, by: "link" };
  if (seen.hashes.has(hash)) return { duplicate: true, by: "content" };
  seen.keys.add(key);
  if (entry.link) seen.links.add(entry.link);
  seen.hashes.add(hash);

  return { duplicate: false, key, hash };
}
