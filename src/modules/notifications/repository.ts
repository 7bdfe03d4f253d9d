import "server-only";
import type { Db, Tx } from "@/server/db";

// The only Prisma importer of the notifications module.
type Client = Db | Tx;

export const notificationSelect = {
  id: true,
  kind: true,
  key: true,
  params: true,
  link: true,
  createdAt: true,
  readAt: true,
  deliveries: { select: { channel: true, status: true, error: true, updatedAt: true }, orderBy: { createdAt: "asc" } },
} as const;

export function createNotifications(
  client: Client,
  rows: { id: string; userId: string; kind: string; key: string; params: string; link: string | null }[],
  deliveries: { notificationId: string; channel: string }[],
) {
  return client.notification.createMany({ data: rows }).then(async (created) => {
    if (deliveries.length) await client.notificationDelivery.createMany({ data: deliveries.map((d) => ({ ...d, status: "pending" })) });

    return created.count;
  });
}

export function listForUser(client: Client, userId: string, skip: number, take: number) {
  return client.notification.findMany({ where: { userId }, select: notificationSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take });
}

export function countForUser(client: Client, userId: string) {
  return client.notification.count({ where: { userId } });
}

export function countUnread(client: Client, userId: string) {
  return client.notification.count({ where: { userId, readAt: null } });
}

export function markRead(client: Client, userId: string, id: string, at: Date) {
  return client.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: at } });
}

export function markAllRead(client: Client, userId: string, at: Date) {
  return client.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: at } });
}

export function findOwned(client: Client, userId: string, id: string) {
  return client.notification.findFirst({ where: { id, userId }, select: { id: true } });
}

export function listPendingDeliveries(client: Client, take: number) {
  return client.notificationDelivery.findMany({
    where: { status: "pending" },
    select: { id: true, channel: true, notification: { select: { id: true, userId: true, key: true, params: true, link: true, user: { select: { locale: true } } } } },
    orderBy: { createdAt: "asc" },
    take,
  });
}

/** Conditional claim: only one dispatcher (of possibly many processes) sends a delivery. */
export function claimDelivery(client: Client, id: string) {
  return client.notificationDelivery.updateMany({ where: { id, status: "pending" }, data: { status: "sending", attempts: { increment: 1 } } });
}

export function finishDelivery(client: Client, id: string, status: "sent" | "failed", error: string | null) {
  return client.notificationDelivery.update({ where: { id }, data: { status, error }, select: { id: true } });
}
