// Gathering external feeds against a local HTTP server serving tests/fixtures/feeds —
// no outside network. One bad source (malformed, oversized, dead host, slow) never stops
// the others; re-fetching creates nothing new.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { gatherAllFeeds, gatherOneFeed } from "@/modules/market/feeds/gather";
import { FeedFetchError, fetchFeedText } from "@/modules/market/feeds/fetch";
import { registerFeedSource, setFeedSourceActive } from "@/modules/market/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/feeds");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

let server: Server;
let base: string;
let official: Actor;
let bytesSentForHuge = 0;
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  process.env.FEEDS_ALLOW_PRIVATE_HOSTS = "1";
  await seedDatabase(testDb());
  const user = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000003" } });
  official = { userId: user.id, role: "official", name: user.name, countyCode: null, prefectureCode: "5203", stationId: null, actingFor: null, ip: "192.0.2.70" };
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/rss")) return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(fixture("mofcom-rss2.xml"));
    if (url.startsWith("/atom")) return void res.writeHead(200, { "content-type": "application/atom+xml" }).end(fixture("customs-atom.xml"));
    if (url.startsWith("/malformed")) return void res.writeHead(200, { "content-type": "application/xml" }).end(fixture("malformed.xml"));
    if (url.startsWith("/declared-huge")) return void res.writeHead(200, { "content-length": String(50 * 1024 * 1024) }).end();
    if (url.startsWith("/huge")) {
      // 50 MB in 64 kB chunks, no Content-Length: the reader must stop at its limit.
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          bytesSentForHuge = sent;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => undefined);
      return pump();
    }
    if (url.startsWith("/slow")) return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  delete process.env.FEEDS_ALLOW_PRIVATE_HOSTS;
});

let serial = 0;

async function register(name: string, urlPath: string, extra: Record<string, unknown> = {}, tag = `${run}-${(serial += 1)}`) {
  return registerFeedSource(official, { name: `${name} ${run}`, url: `${base}${urlPath}?run=${tag}`, language: "zh-CN", defaultKind: "demand", ...extra });
}

describe("fetching with limits", () => {
  it("refuses a body over the limit without reading all of it", async () => {
    await expect(fetchFeedText(`${base}/huge`, { maxBytes: 1024 * 1024 })).rejects.toMatchObject({ reason: "too_large" });
    // The server was cut off long before 50 MB (socket buffers allow some slack).
    await new Promise((r) => setTimeout(r, 100));
    expect(bytesSentForHuge).toBeLessThan(20 * 1024 * 1024);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    await expect(fetchFeedText(`${base}/declared-huge`)).rejects.toMatchObject({ reason: "too_large" });
  });

  it("times out a host that never answers", async () => {
    await expect(fetchFeedText(`${base}/slow`, { timeoutMs: 300 })).rejects.toMatchObject({ reason: "timeout" });
  });

  it("refuses private and loopback addresses unless allowed, and non-http schemes", async () => {
    delete process.env.FEEDS_ALLOW_PRIVATE_HOSTS;
    try {
      await expect(fetchFeedText(`${base}/rss`)).rejects.toMatchObject({ reason: "private_host" });
    } finally {
      process.env.FEEDS_ALLOW_PRIVATE_HOSTS = "1";
    }
    await expect(fetchFeedText("file:///etc/passwd")).rejects.toBeInstanceOf(FeedFetchError);
  });
});

describe("gathering feeds", () => {
  it("turns RSS 2.0 and Atom 1.0 entries into items, logs failures per source, and never lets one stop the others", async () => {
    const rss = await register("商务动态", "/rss");
    const atom = await register("Customs notices", "/atom", { language: "en", trusted: "on", defaultKind: "alert" });
    const malformed = await register("坏掉的源", "/malformed");
    const huge = await register("超大的源", "/huge");
    const dead = await registerFeedSource(official, { name: `没人的主机 ${run}`, url: `http://127.0.0.1:1/feed?run=${run}`, language: "zh-CN", defaultKind: "demand" });

    const outcomes = await gatherAllFeeds({ maxBytes: 1024 * 1024, timeoutMs: 2000 });
    const by = (id: string) => outcomes.find((o) => o.sourceId === id);
    expect(by(rss.id)).toMatchObject({ status: "ok", entries: 3, created: 3, published: 0 });
    expect(by(atom.id)).toMatchObject({ status: "ok", entries: 2, created: 2 });
    expect(by(malformed.id)).toMatchObject({ status: "error" });
    expect(by(malformed.id)?.error).toMatch(/malformed/);
    expect(by(huge.id)?.error).toMatch(/too_large/);
    expect(by(dead.id)?.error).toMatch(/network/);

    // The failure is on the source for officials to see.
    const stored = await testDb().feedSource.findUniqueOrThrow({ where: { id: malformed.id } });
    expect(stored).toMatchObject({ lastStatus: "error" });
    expect(await testDb().feedFetchLog.count({ where: { sourceId: huge.id, status: "error" } })).toBe(1);

    // Untrusted source → drafts; the script in the RSS description is gone.
    const rssItems = await testDb().marketItem.findMany({ where: { feedSourceId: rss.id }, select: { status: true, body: true, title: true, products: { select: { code: true } }, countries: { select: { iso: true } } } });
    expect(rssItems.every((i) => i.status === "draft")).toBe(true);
    const apples = rssItems.find((i) => i.title.includes("苹果"));
    expect(apples?.body).not.toContain("script");
    expect(apples?.products.map((p) => p.code)).toEqual(["apple"]);
    expect(apples?.countries.map((c) => c.iso)).toEqual(["VN"]);

    // Trusted source: the Thailand tea entry is fully tagged and published; the rail entry (Hanoi, no product) waits as a draft.
    const atomItems = await testDb().marketItem.findMany({ where: { feedSourceId: atom.id }, select: { status: true, title: true } });
    expect(atomItems.find((i) => i.title.startsWith("Thailand"))?.status).toBe("published");
    expect(atomItems.find((i) => i.title.startsWith("Rail"))?.status).toBe("draft");
  });

  it("deduplicates: fetching again creates nothing, and a second source with the same stories adds nothing", async () => {
    const first = await register("重复一", "/rss");
    const again1 = await gatherOneFeed(first.id);
    const again2 = await gatherOneFeed(first.id);
    // The earlier test's RSS source already stored these links: everything is a duplicate.
    expect(again1).toMatchObject({ status: "ok", created: 0, duplicate: 3 });
    expect(again2).toMatchObject({ status: "ok", created: 0, duplicate: 3 });
  });

  it("skips paused sources", async () => {
    const paused = await register("暂停的源", "/atom");
    await setFeedSourceActive(official, paused.id, false);
    const outcomes = await gatherAllFeeds();
    expect(outcomes.some((o) => o.sourceId === paused.id)).toBe(false);
    expect(await testDb().auditEvent.count({ where: { targetId: paused.id, action: "market.feed_source.paused" } })).toBe(1);
  });

  it("refuses to register the same address twice, and a non-http address", async () => {
    await register("唯一", "/rss", {}, `${run}-unique`);
    await expect(register("唯一", "/rss", {}, `${run}-unique`)).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { url: ["feed_url_taken"] } });
    await expect(registerFeedSource(official, { name: "坏地址", url: "javascript:alert(1)", language: "zh-CN", defaultKind: "demand" })).rejects.toMatchObject({ code: "validation_failed" });
  });
});
