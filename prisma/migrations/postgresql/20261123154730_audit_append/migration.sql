-- Hand-written (PostgreSQL only; Prisma does not model functions, so later generated
-- migrations neither see nor drop it): appends one event to the audit hash chain in one round
-- trip, for src/server/audit.ts. Every audited write of every app instance queues on the
-- chain's lock until it commits; one statement instead of three keeps that queue short.
--   1. the advisory lock (held until the transaction ends);
--   2. the last hash, read by a statement of its own: in a VOLATILE function each statement
--      takes a fresh snapshot, which under READ COMMITTED holds everything committed before
--      it, and the lock's previous holder committed before releasing it;
--   3. hash = sha256('["' || prevHash || '",' || tail), where tail is the JSON of the other
--      fields written by auditHashTail() in src/server/audit-chain.ts: the same digest as
--      computeAuditHash(prevHash, record), which verifyAuditChain recomputes;
--   4. the row; the unique prevHash still refuses a fork.
-- SQLite needs none of this: one writer at a time, and audit.ts reads and inserts itself.
CREATE FUNCTION "audit_append"(
    lock_key BIGINT, at TIMESTAMP(3), actor_id TEXT, on_behalf_of_id TEXT, action TEXT,
    target_type TEXT, target_id TEXT, before_json TEXT, after_json TEXT, ip TEXT, tail TEXT
) RETURNS TEXT
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    prev TEXT;
    digest TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    SELECT e."hash" INTO prev FROM "AuditEvent" e ORDER BY e."seq" DESC LIMIT 1;
    prev := COALESCE(prev, repeat('0', 64));
    digest := encode(sha256(convert_to('["' || prev || '",' || tail, 'UTF8')), 'hex');
    INSERT INTO "AuditEvent" ("at", "actorId", "onBehalfOfId", "action", "targetType", "targetId", "before", "after", "ip", "prevHash", "hash")
    VALUES (at, actor_id, on_behalf_of_id, action, target_type, target_id, before_json, after_json, ip, prev, digest);
    RETURN digest;
END;
$$;
