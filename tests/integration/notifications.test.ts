// The shared inbox: notify() inside the caller's transaction, read in the reader's
// language, mark read, and deliveries whose failure is recorded and shown, never silent.
import { randomInt } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/actor";
import { registerApplicant } from "@/modules/identity/service";
import { registerDeliveryChannel } from "@/modules/notifications/channels";
import { dispatchPendingDeliveries, listInbox, markAllNotificationsRead, markNotificationRead, notify, unreadCount } from "@/modules/notifications/service";
import { countyFollowSummary } from "@/modules/market/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

async function newUser(locale = "zh-CN"): Promise<Actor & { phone: string }> {
  const phone = `135${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
  const user = await registerApplicant({ phone, name: "收件人", password: "Inbox-reader-2026", countyCode: "520328" }, { ip: "192.0.2.90", locale });

  return { userId: user.id, role: "applicant", name: user.name, countyCode: "520328", prefectureCode: null, stationId: null, actingFor: null, ip: "192.0.2.90", phone };
}

const params = { title: { "zh-CN": "中文标题", en: "English title" } };

beforeAll(async () => {
  await seedDatabase(testDb());
});

afterEach(() => {
  delete process.env.NOTIFY_CHANNELS;
  vi.restoreAllMocks();
});

describe("notify and the inbox", () => {
  it("creates one notification per distinct user inside the caller's transaction, rendered per reader", async () => {
    const zh = await newUser("zh-CN");
    const en = await newUser("en");
    const count = await testDb().$transaction((tx) => notify(tx, { userIds: [zh.userId, en.userId, zh.userId], kind: "market.urgent_alert", key: "market:notify.urgent_alert", params, link: "/market/x" }));
    expect(count).toBe(2);
    expect((await listInbox(zh, 1, "zh-CN")).entries[0]?.text).toBe("紧急市场提醒：中文标题");
    expect((await listInbox(en, 1, "en")).entries[0]?.text).toBe("Urgent market alert: English title");
  });

  it("rolls back with the caller's transaction", async () => {
    const user = await newUser();
    await expect(testDb().$transaction(async (tx) => {
      await notify(tx, { userIds: [user.userId], kind: "test", key: "market:notify.urgent_alert", params });
      throw new Error("the caller's change failed");
    })).rejects.toThrow();
    expect(await unreadCount(user)).toBe(0);
  });

  it("drops off-site links and refuses unregistered namespaces", async () => {
    const user = await newUser();
    await testDb().$transaction((tx) => notify(tx, { userIds: [user.userId], kind: "test", key: "market:notify.urgent_alert", params, link: "https://evil.example/" }));
    expect((await listInbox(user, 1, "zh-CN")).entries[0]?.link).toBeNull();
    await expect(testDb().$transaction((tx) => notify(tx, { userIds: [user.userId], kind: "test", key: "nope:some.key" }))).rejects.toThrow(/unregistered/);
  });

  it("counts unread, marks one and all read, and never touches someone else's", async () => {
    const user = await newUser();
    const other = await newUser();
    await testDb().$transaction((tx) => notify(tx, { userIds: [user.userId], kind: "test", key: "market:notify.urgent_alert", params }));
    await testDb().$transaction((tx) => notify(tx, { userIds: [user.userId], kind: "test", key: "market:notify.urgent_alert", params }));
    expect(await unreadCount(user)).toBe(2);
    const [newest] = (await listInbox(user, 1, "zh-CN")).entries;
    await expect(markNotificationRead(other, newest!.id)).rejects.toMatchObject({ code: "not_found" });
    await markNotificationRead(user, newest!.id);
    expect(await unreadCount(user)).toBe(1);
    await markAllNotificationsRead(user);
    expect(await unreadCount(user)).toBe(0);
  });
});

describe("delivery channels", () => {
  it("the development channel logs a line without the text, the name or the phone number", async () => {
    process.env.NOTIFY_CHANNELS = "dev_log";
    const user = await newUser();
    const log = vi.spyOn(console, "info").mockImplementation(() => undefined);
    await testDb().$transaction((tx) => notify(tx, { userIds: [user.userId], kind: "test", key: "market:notify.urgent_alert", params }));
    await dispatchPendingDeliveries();
    const lines = log.mock.calls.map((c) => c.join(" ")).filter((l) => l.includes("[notify:dev_log]"));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(user.phone);
      expect(line).not.toContain("收件人");
      expect(line).not.toContain("中文标题");
    }
    const entry = (await listInbox(user, 1, "zh-CN")).entries[0];
    expect(entry).toMatchObject({ failedChannels: [], pendingChannels: [] });
  });

  it("records a failed delivery on its row and shows it in the inbox", async () => {
    registerDeliveryChannel({ name: "sms", send: async () => { throw new Error("SMS gateway answered 503"); } });
    process.env.NOTIFY_CHANNELS = "sms";
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const user = await newUser();
    await testDb().$transaction((tx) => notify(tx, { userIds: [user.userId], kind: "test", key: "market:notify.urgent_alert", params }));
    expect((await listInbox(user, 1, "zh-CN")).entries[0]?.pendingChannels).toEqual(["sms"]);
    const result = await dispatchPendingDeliveries();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const row = await testDb().notificationDelivery.findFirstOrThrow({ where: { notification: { userId: user.userId } } });
    expect(row).toMatchObject({ channel: "sms", status: "failed", attempts: 1, error: "SMS gateway answered 503" });
    expect((await listInbox(user, 1, "zh-CN")).entries[0]?.failedChannels).toEqual(["sms"]);
  });

  it("a channel name without an adapter fails visibly too", async () => {
    process.env.NOTIFY_CHANNELS = "wechat";
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const user = await newUser();
    await testDb().$transaction((tx) => notify(tx, { userIds: [user.userId], kind: "test", key: "market:notify.urgent_alert", params }));
    await dispatchPendingDeliveries();
    expect((await listInbox(user, 1, "zh-CN")).entries[0]?.failedChannels).toEqual(["wechat"]);
  });
});

describe("station staff see what their county's sellers follow", () => {
  it("summarises followed products of the county's applicants, defaults included, and refuses others", async () => {
    const staff = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000002" } });
    const actor: Actor = { userId: staff.id, role: "station_staff", name: staff.name, countyCode: "520328", prefectureCode: null, stationId: staff.stationId, actingFor: null, ip: "192.0.2.91" };
    const summary = await countyFollowSummary(actor);
    expect(summary.applicants).toBeGreaterThan(0);
    expect(summary.products.map((p) => p.code)).toContain("green-tea");
    const teaSeller = summary.sellers.find((s) => s.name === "田茶农");
    expect(teaSeller?.follows).toMatchObject({ origin: "default", products: expect.arrayContaining(["green-tea", "black-tea"]) });
    const applicant = await newUser();
    await expect(countyFollowSummary(applicant)).rejects.toMatchObject({ code: "forbidden" });
  });
});
