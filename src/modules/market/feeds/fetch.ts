import "server-only";
// Fetching an external feed: http(s) only, a timeout, and a byte limit enforced while
// streaming (a 50 MB body is cut off at the limit, never buffered whole). Private and
// loopback addresses are refused unless FEEDS_ALLOW_PRIVATE_HOSTS=1 (tests, intranet
// sources), so a registered URL cannot be used to probe the portal's own network.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

export const FEED_MAX_BYTES = 3 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 15_000;

export class FeedFetchError extends Error {
  constructor(readonly reason: "bad_url" | "private_host" | "timeout" | "http_status" | "too_large" | "network", detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "FeedFetchError";
  }
}

function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  const v6 = address.toLowerCase();
  if (v6.startsWith("::ffff:")) return isPrivateAddress(v6.slice(7));

  return v6 === "::1" || v6 === "::" || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80");
}

async function assertPublicHost(url: URL): Promise<void> {
  if (process.env.FEEDS_ALLOW_PRIVATE_HOSTS === "1") return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new FeedFetchError("network", "host not found");
  if (addresses.some(isPrivateAddress)) throw new FeedFetchError("private_host");
}

export type FetchOptions = { timeoutMs?: number; maxBytes?: number };

const MAX_REDIRECTS = 3;

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FeedFetchError("bad_url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FeedFetchError("bad_url");

  return url;
}

/** The body as text, or a FeedFetchError. Redirects are followed by hand so each target passes the host check. */
export async function fetchFeedText(rawUrl: string, options: FetchOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs ?? FEED_TIMEOUT_MS);
  let url = parseHttpUrl(rawUrl);
  let response: Response | undefined;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    await assertPublicHost(url);
    try {
      response = await fetch(url, { signal, redirect: "manual", headers: { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8", "user-agent": "Qiankuatong-feed-reader/1.0" } });
    } catch (error) {
      throw toFetchError(error);
    }
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) break;
    await response.body?.cancel().catch(() => undefined);
    if (hop === MAX_REDIRECTS) throw new FeedFetchError("http_status", "too many redirects");
    url = parseHttpUrl(location, url);
  }
  if (!response) throw new FeedFetchError("network");
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedFetchError("http_status", String(response.status));
  }
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedFetchError("too_large", `${declared} bytes declared`);
  }

  return readLimited(response, maxBytes);
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FeedFetchError("too_large", `more than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    throw toFetchError(error);
  }

  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

function toFetchError(error: unknown): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") return new FeedFetchError("timeout");
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);

  return new FeedFetchError("network", cause.slice(0, 200));
}
