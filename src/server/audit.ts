import "server-only";
import { GENESIS_HASH, computeAuditHash, type AuditRecord } from "./audit-chain";
import { dbProvider, type Tx } from "./db";

export type AuditInput = {
  actorId: string | null;
  onBehalfOfId?: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

// Arbitrary constant naming the audit chain's advisory lock on PostgreSQL.
const AUDIT_CHAIN_LOCK = 73_100_001;

function serialise(value: unknown): string | null {
  if (value === undefined || value === null) return null;

  return JSON.stringify(value);
}

/**
 * Appends one event to the hash-chained log inside the caller's transaction, so the state
 * change and its audit row commit together or not at all. On PostgreSQL an advisory lock
 * serialises appenders; the unique prevHash is the backstop that stops the chain forking.
 *
 * Every audited write of every instance queues on that lock from here until its commit, so
 * call this last in a transaction and keep what follows the lock short: two raw statements
 * (a Prisma model query costs about three times the CPU of a raw one). The last hash is read
 * in a statement of its own after the lock is granted: a READ COMMITTED statement sees what
 * was committed when it started, and the previous holder commits before it lets go.
 */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  if (dbProvider() === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1`;
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const at = new Date();
  const record: AuditRecord = {
    at: at.toISOString(),
    actorId: input.actorId,
    onBehalfOfId: input.onBehalfOfId ?? null,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    before: serialise(input.before),
    after: serialise(input.after),
    ip: input.ip ?? null,
  };
  const hash = computeAuditHash(prevHash, record);
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("at", "actorId", "onBehalfOfId", "action", "targetType", "targetId", "before", "after", "ip", "prevHash", "hash")
    VALUES (${at}, ${record.actorId}, ${record.onBehalfOfId}, ${record.action}, ${record.targetType}, ${record.targetId}, ${record.before}, ${record.after}, ${record.ip}, ${prevHash}, ${hash})`;
}
