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
 */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  if (dbProvider() === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const record: AuditRecord = {
    at: new Date().toISOString(),
    actorId: input.actorId,
    onBehalfOfId: input.onBehalfOfId ?? null,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    before: serialise(input.before),
    after: serialise(input.after),
    ip: input.ip ?? null,
  };
  await tx.auditEvent.create({
    data: { ...record, at: new Date(record.at), prevHash, hash: computeAuditHash(prevHash, record) },
    select: { seq: true },
  });
}
