import "server-only";
// The in-app background job: inside the server process (SQLite allows one writer process —
// prisma/orm#29933, shared/notes/toolchain-offline.md), every FEEDS_INTERVAL_MINUTES
// (default 60; 0 turns it off) it gathers feeds, and every minute it announces scheduled
// urgent alerts that have come due and pushes pending notification deliveries. With
// PostgreSQL several app processes may run it: a database lease lets one work at a time.
import { randomUUID } from "node:crypto";
import { dispatchPendingDeliveries } from "@/modules/notifications/service";
import { db } from "@/server/db";
import * as repo from "../repository";
import { notifyDueUrgentAlerts } from "../service";
import { gatherAllFeeds } from "./gather";

const HOLDER = `${process.pid}-${randomUUID().slice(0, 8)}`;
const TICK_MS = 60_000;

async function withLease<T>(name: string, ttlMs: number, work: () => Promise<T>): Promise<T | null> {
  const now = new Date();
  if (!(await repo.tryAcquireLease(db(), name, HOLDER, now, new Date(now.getTime() + ttlMs)))) return null;
  try {
    return await work();
  } finally {
    await repo.releaseLease(db(), name, HOLDER).catch(() => undefined);
  }
}

export async function runMinuteTasks(): Promise<void> {
  await withLease("market.minute", 55_000, async () => {
    await notifyDueUrgentAlerts();
    await dispatchPendingDeliveries();
  });
}

export async function runFeedGathering(): Promise<void> {
  const outcomes = await withLease("market.feeds", 30 * 60_000, () => gatherAllFeeds());
  if (!outcomes) return;
  const failed = outcomes.filter((o) => o.status === "error").length;
  console.info(`[feeds] ${outcomes.length} source(s) fetched, ${outcomes.reduce((n, o) => n + o.created, 0)} new item(s), ${failed} failed (see each source's log)`);
}

const globalForJob = globalThis as typeof globalThis & { qktMarketJob?: boolean };

/** Starts the timers once per process (called from src/instrumentation.ts). */
export function startMarketJobs(): void {
  if (globalForJob.qktMarketJob) return;
  globalForJob.qktMarketJob = true;
  const minutes = Number(process.env.FEEDS_INTERVAL_MINUTES ?? "60");
  const safely = (name: string, task: () => Promise<void>) => () => {
    task().catch((error: unknown) => console.error(`[jobs] ${name} failed:`, error instanceof Error ? error.message : error));
  };
  setInterval(safely("minute tasks", runMinuteTasks), TICK_MS).unref();
  if (Number.isFinite(minutes) && minutes > 0) {
    setTimeout(safely("feed gathering", runFeedGathering), 30_000).unref();
    setInterval(safely("feed gathering", runFeedGathering), minutes * 60_000).unref();
  }
}
