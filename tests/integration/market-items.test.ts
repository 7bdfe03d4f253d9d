// Officials publish; followers are matched and told; readers, the JSON API and Atom feeds
// see only what is due and visible.
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { PRODUCT_CODES } from "@/modules/customs/domain/product-codes";
import { registerApplicant } from "@/modules/identity/service";
import { parseFeed } from "@/modules/market/domain/feed-parse";
import { countryFeedHandler, getItemHandler, listItemsHandler, privateFeedHandler, productFeedHandler } from "@/modules/market/api";
import { createItem, createMyFeedToken, getItem, listItems, notifyDueUrgentAlerts, publishItem, retractItem, revokeMyFeedToken, setMyFollows, updateItem } from "@/modules/market/service";
import { listInbox, unreadCount } from "@/modules/notifications/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

let official: Actor;
let chiliOwner: Actor;
let teaOwner: Actor;
const tag = Math.random().toString(36).slice(2, 7);

function actorOf(user: { id: string; name: string; role: string; countyCode: string | null; prefectureCode: string | null; stationId: string | null }): Actor {
  return { userId: user.id, role: user.role as Actor["role"], name: user.name, countyCode: user.countyCode, prefectureCode: user.prefectureCode, stationId: user.stationId, actingFor: null, ip: "192.0.2.80" };
}

async function demo(phone: string) {
  return actorOf(await testDb().user.findUniqueOrThrow({ where: { phone } }));
}

const alert = (over: Record<string, unknown> = {}) => ({
  kind: "alert",
  urgent: "on",
  language: "zh-CN",
  title: `日本调整辣椒进口检查 ${tag}`,
  summary: "发往日本的干辣椒要加做黄曲霉毒素检测。",
  body: "**请注意**：<script>alert(1)</script>[详情](javascript:alert(1))",
  translationTitle: `Japan changes chili import checks ${tag}`,
  translationBody: "Test for aflatoxin.",
  products: ["dried-chili"],
  countries: ["JP"],
  sourceName: "测试来源",
  sourceUrl: "https://www.mhlw.go.jp/english/",
  ...over,
});

beforeAll(async () => {
  await seedDatabase(testDb());
  official = await demo("13800000003");
  chiliOwner = await demo("13800000005");
  teaOwner = await demo("13800000001");
});

describe("publishing and reaching followers", () => {
  it("publishes an urgent alert, audits it, and tells every follower once, in their language", async () => {
    const before = await unreadCount(chiliOwner);
    const enUser = await registerApplicant({ phone: `137${String(Date.now()).slice(-8)}`, name: "English reader", password: "Chili-to-Japan-2026", countyCode: "520304" }, { ip: "192.0.2.81", locale: "en" });
    const enActor = actorOf({ ...enUser, role: "applicant" });
    await setMyFollows(enActor, { products: [], countries: ["JP"] });

    const item = await createItem(official, alert(), { publish: true });
    expect(await testDb().auditEvent.count({ where: { targetId: item.id, action: "market.item.published" } })).toBe(1);

    // The Bozhou chili cooperative follows chili by default (its subjects' products).
    expect(await unreadCount(chiliOwner)).toBe(before + 1);
    const zhInbox = await listInbox(chiliOwner, 1, "zh-CN");
    expect(zhInbox.entries[0]).toMatchObject({ text: `紧急市场提醒：日本调整辣椒进口检查 ${tag}`, link: `/market/${item.id}` });
    // An English reader following Japan gets the English title.
    const enInbox = await listInbox(enActor, 1, "en");
    expect(enInbox.entries[0]?.text).toBe(`Urgent market alert: Japan changes chili import checks ${tag}`);
    // The Meitan tea cooperative is not a follower.
    expect((await listInbox(teaOwner, 1, "zh-CN")).entries.some((e) => e.link === `/market/${item.id}`)).toBe(false);

    // Editing the alert does not notify again.
    await updateItem(official, item.id, alert({ summary: "更新后的摘要，仍然要检测。" }));
    expect(await unreadCount(chiliOwner)).toBe(before + 1);
  });

  it("schedules an urgent alert: nobody is told, and readers do not see it, until it is due", async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const before = await unreadCount(chiliOwner);
    const item = await createItem(official, alert({ title: `定时提醒 ${tag}`, translationTitle: "", translationBody: "", publishedAt: future }), { publish: true });
    expect(await unreadCount(chiliOwner)).toBe(before);
    await expect(getItem(chiliOwner, item.id, "zh-CN")).rejects.toMatchObject({ code: "not_found" });
    expect((await getItem(official, item.id, "zh-CN")).state).toBe("scheduled");
    await notifyDueUrgentAlerts(new Date(Date.now() + 4 * 86_400_000));
    expect(await unreadCount(chiliOwner)).toBe(before + 1);
  });

  it("keeps drafts from readers until published, and shows a retraction with its reason", async () => {
    const draft = await createItem(official, alert({ urgent: "", title: `草稿 ${tag}` }), { publish: false });
    await expect(getItem(null, draft.id, "zh-CN")).rejects.toMatchObject({ code: "not_found" });
    await publishItem(official, draft.id);
    await expect(publishItem(official, draft.id)).rejects.toMatchObject({ code: "conflict" });
    expect((await getItem(null, draft.id, "zh-CN")).state).toBe("published");
    await retractItem(official, draft.id, { reason: "信息有误，已更正" });
    const retracted = await getItem(null, draft.id, "zh-CN");
    expect(retracted).toMatchObject({ state: "retracted", retractReason: "信息有误，已更正", bodyHtml: "" });
    expect(await testDb().auditEvent.count({ where: { targetId: draft.id, action: { in: ["market.item.drafted", "market.item.published", "market.item.retracted"] } } })).toBe(3);
  });

  it("renders the body sanitised", async () => {
    const item = await createItem(official, alert({ urgent: "", title: `消毒 ${tag}` }), { publish: true });
    const detail = await getItem(null, item.id, "zh-CN");
    expect(detail.bodyHtml).toContain("<strong>请注意</strong>");
    expect(detail.bodyHtml).not.toMatch(/<script|javascript:/i);
  });

  it("refuses applicants and bad input", async () => {
    await expect(createItem(chiliOwner, alert(), { publish: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createItem(official, alert({ title: "", countries: ["XX"], products: ["durian"] }), { publish: true })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: expect.objectContaining({ title: ["title_required"] }),
    });
  });
});

describe("reading", () => {
  it("lists a follower's items first by their follows, urgent alerts pinned on top", async () => {
    const item = await createItem(official, alert({ title: `置顶 ${tag}`, translationTitle: "", translationBody: "" }), { publish: true });
    const mine = await listItems(chiliOwner, {}, { locale: "zh-CN", personal: true });
    expect(mine.personal).toBe(true);
    expect(mine.pinned[0]?.id).toBe(item.id);
    expect(mine.items.some((i) => i.id === item.id)).toBe(false);
    // Everything listed for the chili seller concerns chili or no product in particular.
    for (const i of [...mine.pinned, ...mine.items]) expect(i.products.length === 0 || i.products.some((p) => p.includes("chili"))).toBe(true);
    const tea = await listItems(teaOwner, {}, { locale: "zh-CN", personal: true });
    expect([...tea.pinned, ...tea.items].some((i) => i.id === item.id)).toBe(false);
  });

  it("paginates with a cursor and filters by product, country, kind and words", async () => {
    const first = await listItems(null, {}, { locale: "zh-CN", personal: false, pageSize: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).toBeTruthy();
    const second = await listItems(null, { cursor: first.nextCursor }, { locale: "zh-CN", personal: false, pageSize: 5 });
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
    expect(second.items[0]!.publishedAt.getTime()).toBeLessThanOrEqual(first.items[4]!.publishedAt.getTime());

    const apples = await listItems(null, { product: "apple", country: "VN" }, { locale: "zh-CN", personal: false });
    expect(apples.items.map((i) => i.id)).toContain("seed-weining-apple-vietnam-2023");
    const laos = await listItems(null, { q: "琅南塔" }, { locale: "zh-CN", personal: false });
    expect(laos.items.map((i) => i.id)).toEqual(["seed-laos-chili-contract-2024"]);
    const fairs = await listItems(null, { kind: "fair" }, { locale: "zh-CN", personal: false, pageSize: 50 });
    expect(fairs.items.every((i) => i.kind === "fair")).toBe(true);
    await expect(listItems(null, { cursor: "garbage!" }, { locale: "zh-CN", personal: false })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("shows a translation to readers of that language", async () => {
    const en = await getItem(null, "seed-weining-apple-vietnam-2023", "en");
    expect(en).toMatchObject({ language: "en", title: "Weining apple exports to Vietnam up 672.6% in 2023" });
  });
});

describe("JSON API and Atom feeds", () => {
  const get = (url: string) => new Request(`http://portal.test${url}`, { headers: { "accept-language": "zh-CN" } });

  it("lists items in the issue's shape, with a cursor", async () => {
    const response = await listItemsHandler(get("/api/v1/market/items?product=dried-chili&country=JP"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["items", "nextCursor"]);
    expect(Object.keys(body.items[0]).sort()).toEqual(["countries", "id", "kind", "products", "publishedAt", "source", "summary", "title", "urgent"]);
    expect(body.items.every((i: { products: string[]; countries: string[] }) => i.products.includes("dried-chili") && i.countries.includes("JP"))).toBe(true);
    const bad = await listItemsHandler(get("/api/v1/market/items?kind=gossip"), { params: Promise.resolve({}) });
    expect(bad.status).toBe(422);
  });

  it("returns one item, and 404 for a draft or an unknown id", async () => {
    const ok = await getItemHandler(get("/api/v1/market/items/seed-laos-chili-contract-2024"), { params: Promise.resolve({ id: "seed-laos-chili-contract-2024" }) });
    expect(ok.status).toBe(200);
    expect((await ok.json()).countries).toEqual(["LA"]);
    const draft = await createItem(official, alert({ urgent: "", title: `API 草稿 ${tag}` }), { publish: false });
    expect((await getItemHandler(get(`/api/v1/market/items/${draft.id}`), { params: Promise.resolve({ id: draft.id }) })).status).toBe(404);
    expect((await getItemHandler(get("/api/v1/market/items/nope"), { params: Promise.resolve({ id: "nope" }) })).status).toBe(404);
  });

  it("serves valid Atom 1.0 per product and per country that parses back", async () => {
    for (const [handler, file] of [[productFeedHandler, "apple.atom"], [countryFeedHandler, "vn.atom"]] as const) {
      const response = await handler(get(`/api/v1/market/feeds/x/${file}`), { params: Promise.resolve({ file }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/atom+xml");
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = parseFeed(xml);
      expect(feed.format).toBe("atom");
      expect(feed.entries.map((e) => e.link)).toContain("http://portal.test/market/seed-weining-apple-vietnam-2023");
    }
    expect((await productFeedHandler(get("/x/durian.atom"), { params: Promise.resolve({ file: "durian.atom" }) })).status).toBe(404);
    expect((await countryFeedHandler(get("/x/xx.atom"), { params: Promise.resolve({ file: "xx.atom" }) })).status).toBe(404);
  });

  it("serves a private feed for a token until it is revoked", async () => {
    const token = await createMyFeedToken(chiliOwner);
    const file = `${token}.atom`;
    const ok = await privateFeedHandler(get(`/x/${file}`), { params: Promise.resolve({ file }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toContain("no-store");
    const entries = parseFeed(await ok.text()).entries;
    expect(entries.length).toBeGreaterThan(0);
    // Each entry is about chili, or about no product in particular.
    const productCodes = new Set(PRODUCT_CODES.map((p) => p.code));
    expect(entries.every((e) => e.categories.some((c) => c.includes("chili")) || !e.categories.some((c) => productCodes.has(c)))).toBe(true);
    await revokeMyFeedToken(chiliOwner);
    expect((await privateFeedHandler(get(`/x/${file}`), { params: Promise.resolve({ file }) })).status).toBe(404);
  });
});
