// RSS 2.0 / RSS 1.0 (RDF) / Atom 1.0 → plain entries, with fast-xml-parser (well kept, no
// native parts, validates well-formedness first). Entity declarations are refused outright:
// feeds never need them and they are the "billion laughs" door.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { htmlToText } from "./sanitize";

export type FeedEntry = {
  guid: string | null;
  link: string | null;
  title: string;
  summary: string;
  publishedAt: Date | null;
  categories: string[];
};

export type ParsedFeed = { format: "rss2" | "rss1" | "atom"; title: string; entries: FeedEntry[] };

export class FeedParseError extends Error {
  constructor(readonly reason: "malformed" | "entities" | "not_a_feed", detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "FeedParseError";
  }
}

/** More entries than this in one document are ignored (a feed is a window, not an archive). */
export const MAX_ENTRIES = 200;
const MAX_TITLE = 300;
const MAX_SUMMARY = 4000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ["item", "entry", "link", "category"].includes(name),
});

type Node = Record<string, unknown>;

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object") return text((value as Node)["#text"]);

  return "";
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());

    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function date(value: string): Date | null {
  if (!value) return null;
  const parsed = new Date(value.trim());

  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function plain(value: unknown): string {
  return htmlToText(text(value));
}

/** Plain text as written (RSS titles, Atom type="text"): only whitespace is tidied. */
function literal(value: unknown): string {
  return text(value).replace(/\s+/g, " ").trim();
}

/** Atom text constructs say whether they hold text or (escaped) HTML. */
function atomText(value: unknown): string {
  const type = value && typeof value === "object" && !Array.isArray(value) ? (value as Node)["@_type"] : undefined;

  return type === "html" || type === "xhtml" ? plain(value) : literal(value);
}

function rssEntry(item: Node): FeedEntry {
  const categories = ((item.category as unknown[]) ?? []).map(text).filter(Boolean);

  return {
    guid: text(item.guid).trim() || null,
    link: httpUrl(text(item.link)),
    title: clip(literal(item.title), MAX_TITLE),
    summary: clip(plain(item["content:encoded"] ?? item.description), MAX_SUMMARY),
    publishedAt: date(text(item.pubDate) || text(item["dc:date"])),
    categories,
  };
}

function atomLink(entry: Node): string | null {
  const links = (entry.link as Node[] | undefined) ?? [];
  const alternate = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];

  return alternate ? httpUrl(text(alternate["@_href"])) : null;
}

function atomEntry(entry: Node): FeedEntry {
  return {
    guid: text(entry.id).trim() || null,
    link: atomLink(entry),
    title: clip(atomText(entry.title), MAX_TITLE),
    summary: clip(entry.summary !== undefined ? atomText(entry.summary) : plain(entry.content), MAX_SUMMARY),
    publishedAt: date(text(entry.published) || text(entry.updated)),
    categories: ((entry.category as Node[] | undefined) ?? []).map((c) => text(c["@_term"])).filter(Boolean),
  };
}

export function parseFeed(xml: string): ParsedFeed {
  if (/<!ENTITY/i.test(xml)) throw new FeedParseError("entities");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedParseError("malformed", `line ${valid.err.line}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;

  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === "object") {
    const channel = (rss.channel ?? {}) as Node;
    const items = ((channel.item as Node[] | undefined) ?? []).slice(0, MAX_ENTRIES);

    return { format: "rss2", title: plain(channel.title), entries: items.map(rssEntry).filter((e) => e.title || e.summary) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === "object") {
    const entries = ((feed.entry as Node[] | undefined) ?? []).slice(0, MAX_ENTRIES);

    return { format: "atom", title: atomText(feed.title), entries: entries.map(atomEntry).filter((e) => e.title || e.summary) };
  }
  const rdf = doc["rdf:RDF"] as Node | undefined;
  if (rdf && typeof rdf === "object") {
    const items = ((rdf.item as Node[] | undefined) ?? []).slice(0, MAX_ENTRIES);

    return { format: "rss1", title: plain((rdf.channel as Node | undefined)?.title), entries: items.map((i) => ({ ...rssEntry(i), guid: text(i["@_rdf:about"]) || null })) };
  }

  throw new FeedParseError("not_a_feed");
}
