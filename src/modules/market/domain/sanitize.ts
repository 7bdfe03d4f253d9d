// Markdown → HTML that is safe to put in a page. marked turns Markdown into HTML (and
// passes any raw HTML through), then sanitize-html keeps an allow-list: no script, no
// event handlers, no style, no SVG/MathML (their content is dropped, not unwrapped), and
// links only to http(s) and mailto — so no javascript: or data: URLs. Images are lazy and
// https/http only. Chosen over DOMPurify because sanitize-html needs no DOM (jsdom) on the
// server and installs offline with no native parts.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: true, async: false });

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "hr", "h2", "h3", "h4", "strong", "em", "del", "blockquote", "ul", "ol", "li", "a", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "img"],
  // rel, loading and decoding are set by transformTags below, never taken from the input.
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt", "width", "height", "loading", "decoding"], th: ["align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https", "http"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Dropped together with everything inside them.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "svg", "math", "iframe", "object", "embed", "template", "title"],
  transformTags: {
    // A heading inside an article never competes with the page's own h1.
    h1: "h2",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener noreferrer" } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy", decoding: "async" } }),
  },
};

export function sanitizeHtmlFragment(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

export function renderMarkdown(markdown: string): string {
  return sanitizeHtmlFragment(marked.parse(markdown) as string);
}

/** Text only (for summaries of gathered HTML entries): every tag removed, entities decoded once. */
export function htmlToText(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: OPTIONS.nonTextTags });

  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
