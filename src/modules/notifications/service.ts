import "server-only";
/**
 * The shared in-app inbox (market alerts, subsidy decisions, …). Small API:
 *
 *   notify(tx, { userIds, kind, key, params, link })
 *     Call INSIDE your own `db().$transaction` so the notification commits with the state
 *     change that caused it. `key` is "<namespace>:<dotted.key>" of a registered i18n
 *     namespace (e.g. "notifications:subsidy.decided" — add the key to
 *     locales/{zh-CN,en}/<namespace>.json). `params` are the key's interpolation values;
 *     a value may be `{ "zh-CN": "…", "en": "…" }` and is resolved in each recipient's
 *     language when read. Put no personal data of anyone but the recipient in params.
 *     `link` is a same-site path ("/subsidy/applications/123"); anything else is dropped.
 *     Returns the number of notifications created (duplicate user ids count once).
 *
 *   dispatchPendingDeliveries()
 *     Pushes created notifications out through the configured channels (see channels.ts:
 *     NOTIFY_CHANNELS, default "dev_log"). Call it after your transaction commits
 *     (`void dispatchPendingDeliveries()`), or leave it to the in-app job, which sweeps
 *     pending deliveries every minute. A failed push is stored on its delivery row and
 *     shown in the recipient's inbox.
 *
 * Reading and marking read (`listInbox`, `unreadCount`, `markNotificationRead`,
 * `markAllNotificationsRead`) always act on the signed-in user's own inbox — a station
 * worker acting for a seller still sees their own inbox, not the seller's.
 */
import { randomUUID } from "node:crypto";
import { NAMESPACES, type Namespace } from "@/i18n/resources";
import { translatorFor } from "@/i18n/server";
import { toLocale, type Locale } from "@/i18n/settings";
import type { Actor } from "@/server/actor";
import { db, type Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { activeChannelNames, findChannel } from "./channels";
import { isSafeLink, parseParams, resolveParams, splitKey, type NotificationParams } from "./domain/render";
import * as repo from "./repository";

export type { NotificationParams } from "./domain/render";

export type NotifyInput = { userIds: readonly string[]; kind: string; key: string; params?: NotificationParams; link?: string | null };

function namespaceOf(key: string): Namespace {
  const { ns } = splitKey(key);
  if (!(NAMESPACES as readonly string[]).includes(ns)) throw new Error(`notification key uses an unregistered namespace: ${ns}`);

  return ns as Namespace;
}

export async function notify(tx: Tx, input: NotifyInput): Promise<number> {
  namespaceOf(input.key);
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return 0;
  const params = JSON.stringify(input.params ?? {});
  const link = isSafeLink(input.link) ? input.link : null;
  const rows = userIds.map((userId) => ({ id: randomUUID(), userId, kind: input.kind, key: input.key, params, link }));
  const channels = activeChannelNames();
  const deliveries = rows.flatMap((row) => channels.map((channel) => ({ notificationId: row.id, channel })));

  return repo.createNotifications(tx, rows, deliveries);
}

// One translator per locale and namespace (bundled resources, so nothing here goes stale).
const translators = new Map<string, ReturnType<typeof translatorFor>>();

function translator(locale: Locale, ns: Namespace) {
  const id = `${locale}|${ns}`;
  let t = translators.get(id);
  if (!t) translators.set(id, (t = translatorFor(locale, ns)));

  return t;
}

/** The notification's text in `locale`, as the inbox shows it and a channel sends it. */
export function renderNotificationText(key: string, paramsJson: string, locale: Locale): string {
  const t = translator(locale, namespaceOf(key));

  return t(splitKey(key).key, resolveParams(parseParams(paramsJson), locale));
}

const DISPATCH_BATCH = 200;

export async function dispatchPendingDeliveries(): Promise<{ sent: number; failed: number }> {
  const pending = await repo.listPendingDeliveries(db(), DISPATCH_BATCH);
  let sent = 0;
  let failed = 0;
  for (const delivery of pending) {
    const { count } = await repo.claimDelivery(db(), delivery.id);
    if (count === 0) continue;
    const channel = findChannel(delivery.channel);
    try {
      if (!channel) throw new Error(`no adapter registered for channel "${delivery.channel}"`);
      const n = delivery.notification;
      const locale = toLocale(n.user.locale);
      await channel.send({ notificationId: n.id, userId: n.userId, locale, text: renderNotificationText(n.key, n.params, locale), link: n.link });
      await repo.finishDelivery(db(), delivery.id, "sent", null);
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await repo.finishDelivery(db(), delivery.id, "failed", message.slice(0, 300));
      console.warn(`[notify] delivery ${delivery.id} via ${delivery.channel} failed`);
      failed += 1;
    }
  }

  return { sent, failed };
}

export type InboxEntry = {
  id: string;
  kind: string;
  text: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
  failedChannels: string[];
  pendingChannels: string[];
};

export const INBOX_PAGE_SIZE = 20;

export async function listInbox(actor: Actor, page: number, locale: Locale): Promise<{ entries: InboxEntry[]; total: number; page: number; pages: number }> {
  const total = await repo.countForUser(db(), actor.userId);
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await repo.listForUser(db(), actor.userId, (current - 1) * INBOX_PAGE_SIZE, INBOX_PAGE_SIZE);
  const entries = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    text: renderNotificationText(row.key, row.params, locale),
    link: isSafeLink(row.link) ? row.link : null,
    createdAt: row.createdAt,
    readAt: row.readAt,
    failedChannels: row.deliveries.filter((d) => d.status === "failed").map((d) => d.channel),
    pendingChannels: row.deliveries.filter((d) => d.status === "pending" || d.status === "sending").map((d) => d.channel),
  }));

  return { entries, total, page: current, pages };
}

export async function unreadCount(actor: Actor): Promise<number> {
  return repo.countUnread(db(), actor.userId);
}

// Reading is the user's own view state, not a decision: it is not written to the audit log.
export async function markNotificationRead(actor: Actor, id: string): Promise<void> {
  const { count } = await repo.markRead(db(), actor.userId, id, new Date());
  if (count === 0 && !(await repo.findOwned(db(), actor.userId, id))) throw notFound("notification");
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  return (await repo.markAllRead(db(), actor.userId, new Date())).count;
}
