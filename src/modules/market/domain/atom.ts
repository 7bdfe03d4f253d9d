// Atom 1.0 (RFC 4287) output: feed id/title/updated, a self link, and per entry id, title,
// updated, published, link, summary and category terms. Text is XML-escaped and stripped
// of characters XML 1.0 forbids, so any stored title yields a well-formed document.
export type AtomEntry = {
  id: string;
  title: string;
  summary: string;
  link: string;
  updated: Date;
  published: Date;
  categories: readonly string[];
  lang?: string;
};

export type AtomFeed = { id: string; title: string; selfUrl: string; alternateUrl: string; updated: Date; lang: string; entries: readonly AtomEntry[] };

const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function entryXml(entry: AtomEntry): string {
  const lang = entry.lang ? ` xml:lang="${escapeXml(entry.lang)}"` : "";

  return [
    `  <entry${lang}>`,
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <published>${entry.published.toISOString()}</published>`,
    `    <updated>${entry.updated.toISOString()}</updated>`,
    ...entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    "  <author><name>黔跨通 Qiankuatong</name></author>",
    "  <generator>Qiankuatong market module</generator>",
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
