import "server-only";
import { GENESIS_HASH, auditHashTail, computeAuditHash, type AuditRecord } from "./audit-chain";
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

// Arbitrary constant naming the audit chain's advisory lock on PostgreSQL (passed to audit_append).
const AUDIT_CHAIN_LOCK = 73_100_001;

function serialise(value: unknown): string | null {
  if (value === undefined || value === null) return null;

  return JSON.stringify(value);
}

/**
 * Appends one event to the hash-chained log inside the caller's transaction, so the state
 * change and its audit row commit together or not at all. Appenders are serialised — on
 * PostgreSQL by an advisory lock held until commit, on SQLite by its single writer — and the
 * unique prevHash is the backstop that stops the chain forking.
 *
 * Every audited write of every instance queues on that lock from here until its commit, so
 * call this last in a transaction and keep what follows short. On PostgreSQL the whole append
 * is one round trip, the audit_append function (hand-written in the audit_append migration):
 * it takes the lock, reads the last hash in a statement of its own (a READ COMMITTED statement
 * sees what was committed when it started, and the previous holder commits before it lets go),
 * hashes prevHash with auditHashTail(record) — the same digest as computeAuditHash, which the
 * verifier recomputes — and inserts the row. On SQLite it is two raw statements.
 */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
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
  if (dbProvider() === "postgresql") {
    await tx.$queryRaw`SELECT "audit_append"(${AUDIT_CHAIN_LOCK}::bigint, ${at}::timestamp(3), ${record.actorId}::text, ${record.onBehalfOfId}::text, ${record.action}::text, ${record.targetType}::text, ${record.targetId}::text, ${record.before}::text, ${record.after}::text, ${record.ip}::text, ${auditHashTail(record)}::text)`;
    return;
  }
  const last = await tx.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1`;
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("at", "actorId", "onBehalfOfId", "action", "targetType", "targetId", "before", "after", "ip", "prevHash", "hash")
    VALUES (${at}, ${record.actorId}, ${record.onBehalfOfId}, ${record.action}, ${record.targetType}, ${record.targetId}, ${record.before}, ${record.after}, ${record.ip}, ${prevHash}, ${computeAuditHash(prevHash, record)})`;
}
