import { sha256Hex } from "./crypto";

/**
 * Hash chain over the append-only audit log (ASVS 4.0.3 V7.3.3: protect logs
 * from unauthorised modification; GB/T 22239-2019 等保 2.0 level 3, 8.1.4.3 c:
 * 应对审计记录进行保护…避免受到未预期的删除、修改或覆盖). Each row stores the hash
 * of the row before it, so editing, deleting or reordering any row breaks the
 * chain from that point on.
 *
 * An unkeyed chain proves internal consistency only: someone with write access
 * can rewrite a suffix and recompute every hash. Publishing or storing the
 * latest hash elsewhere (a daily anchor) closes that gap.
 */

export type AuditRecord = {
  seq?: number;
  /** ISO 8601 instant; canonicalised to `Date#toISOString()` before hashing. */
  at: string;
  actorId: string | null;
  onBehalfOfId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: string | null;
  after: string | null;
  ip: string | null;
};

export type ChainedAuditRecord = AuditRecord & { seq: number; prevHash: string; hash: string };

export type AuditChainVerification =
  | { ok: true }
  | { ok: false; brokenAtSeq: number; reason: "hash_mismatch" | "link_mismatch" };

export const GENESIS_HASH = "0".repeat(64);

// A database round-trip turns "2025-06-01T16:00:00+08:00" into a Date and back
// into "2025-06-01T08:00:00.000Z"; hashing the canonical form keeps the chain
// verifiable whatever ISO spelling was used at write time.
function canonicalInstant(at: string): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) throw new RangeError(`Audit record has an invalid timestamp: ${at}`);
  return new Date(time).toISOString();
}

function hashedFields(record: AuditRecord): (string | null)[] {
  return [
    canonicalInstant(record.at),
    record.actorId,
    record.onBehalfOfId,
    record.action,
    record.targetType,
    record.targetId,
    record.before,
    record.after,
    record.ip,
  ];
}

/**
 * The hashed text after prevHash, for a database that hashes as it appends (PostgreSQL's
 * audit_append function): for a prevHash of hex digits, which JSON leaves as it is,
 * `sha256('["' + prevHash + '",' + auditHashTail(record))` is computeAuditHash(prevHash, record).
 */
export function auditHashTail(record: AuditRecord): string {
  return JSON.stringify(hashedFields(record)).slice(1);
}

/**
 * SHA-256 over a JSON array in fixed field order, prevHash first. JSON string
 * escaping makes the encoding unambiguous (no field can bleed into the next,
 * and null is distinct from "null"). `seq` is left out: it is assigned by the
 * database after the hash is computed, and order is already bound by prevHash.
 */
export function computeAuditHash(prevHash: string, record: AuditRecord): string {
  return sha256Hex(JSON.stringify([prevHash, ...hashedFields(record)]));
}

function hasValidHash(record: ChainedAuditRecord): boolean {
  try {
    return computeAuditHash(record.prevHash, record) === record.hash;
  } catch {
    // An unparseable timestamp can only be there by tampering.
    return false;
  }
}

/**
 * Check records given in seq order. `anchorHash` is the prevHash the first
 * record must carry: GENESIS_HASH for the whole log, or the hash of the row
 * before the window when verifying a slice.
 */
export function verifyAuditChain(
  records: readonly ChainedAuditRecord[],
  anchorHash: string = GENESIS_HASH,
): AuditChainVerification {
  let expectedPrev = anchorHash;
  for (const record of records) {
    if (record.prevHash !== expectedPrev) {
      return { ok: false, brokenAtSeq: record.seq, reason: "link_mismatch" };
    }
    if (!hasValidHash(record)) {
      return { ok: false, brokenAtSeq: record.seq, reason: "hash_mismatch" };
    }
    expectedPrev = record.hash;
  }
  return { ok: true };
}
