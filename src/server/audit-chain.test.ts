import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type AuditRecord, type ChainedAuditRecord, auditHashTail, computeAuditHash, GENESIS_HASH, verifyAuditChain } from "./audit-chain";

function record(n: number, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    at: new Date(Date.UTC(2025, 5, 1, 8, 0, n)).toISOString(),
    actorId: "staff-1",
    onBehalfOfId: n % 2 === 0 ? "applicant-7" : null,
    action: "subject.update",
    targetType: "subject",
    targetId: `subject-${n}`,
    before: JSON.stringify({ phone: "138****0001" }),
    after: JSON.stringify({ phone: "139****0002" }),
    ip: "10.0.0.1",
    ...overrides,
  };
}

/** Build a valid chain of `count` records, seq 1..count. */
function buildChain(count: number): ChainedAuditRecord[] {
  const out: ChainedAuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const r = record(seq);
    const hash = computeAuditHash(prevHash, r);
    out.push({ ...r, seq, prevHash, hash });
    prevHash = hash;
  }
  return out;
}

const FIELDS = ["at", "actorId", "onBehalfOfId", "action", "targetType", "targetId", "before", "after", "ip"] as const;

describe("computeAuditHash", () => {
  it("is a stable sha256 hex digest", () => {
    const h = computeAuditHash(GENESIS_HASH, record(1));
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(computeAuditHash(GENESIS_HASH, record(1))).toBe(h);
  });

  it("pins the canonical serialisation", () => {
    const fixed: AuditRecord = {
      at: "2025-06-01T08:00:00.000Z",
      actorId: null,
      onBehalfOfId: null,
      action: "a",
      targetType: "t",
      targetId: "1",
      before: null,
      after: null,
      ip: null,
    };
    const expected = createHash("sha256")
      .update(`["${"0".repeat(64)}","2025-06-01T08:00:00.000Z",null,null,"a","t","1",null,null,null]`)
      .digest("hex");
    expect(computeAuditHash(GENESIS_HASH, fixed)).toBe(expected);
  });

  it("depends on prevHash and on every field", () => {
    const base = record(1);
    const h = computeAuditHash(GENESIS_HASH, base);
    expect(computeAuditHash("f".repeat(64), base)).not.toBe(h);
    for (const field of FIELDS) {
      const changed = { ...base, [field]: field === "at" ? "2025-06-01T08:00:02.000Z" : "changed" };
      expect(computeAuditHash(GENESIS_HASH, changed), field).not.toBe(h);
    }
  });

  it("distinguishes null from the string 'null' and resists field shifting", () => {
    const base = record(1, { before: null, after: "x" });
    expect(computeAuditHash(GENESIS_HASH, { ...base, before: "null" })).not.toBe(computeAuditHash(GENESIS_HASH, base));
    // Moving a character across a field boundary must change the hash.
    const a = record(1, { targetType: "subject", targetId: "1" });
    const b = record(1, { targetType: "subject1", targetId: "" });
    expect(computeAuditHash(GENESIS_HASH, a)).not.toBe(computeAuditHash(GENESIS_HASH, b));
  });

  it("ignores seq and treats equivalent ISO spellings of the same instant alike", () => {
    const base = record(1, { at: "2025-06-01T16:00:00+08:00" });
    expect(computeAuditHash(GENESIS_HASH, { ...base, seq: 99 })).toBe(computeAuditHash(GENESIS_HASH, base));
    expect(computeAuditHash(GENESIS_HASH, base)).toBe(
      computeAuditHash(GENESIS_HASH, { ...base, at: "2025-06-01T08:00:00.000Z" }),
    );
  });

  it("rejects an unparseable timestamp", () => {
    expect(() => computeAuditHash(GENESIS_HASH, record(1, { at: "yesterday" }))).toThrow(RangeError);
  });
});

describe("verifyAuditChain", () => {
  it("accepts an empty chain and a valid chain", () => {
    expect(verifyAuditChain([])).toEqual({ ok: true });
    expect(verifyAuditChain(buildChain(10))).toEqual({ ok: true });
  });

  it.each(FIELDS)("detects tampering with %s", (field) => {
    const chain = buildChain(5);
    const target = chain[2]!;
    chain[2] = { ...target, [field]: field === "at" ? "2025-06-01T09:00:00.000Z" : "tampered" };
    expect(verifyAuditChain(chain)).toEqual({ ok: false, brokenAtSeq: 3, reason: "hash_mismatch" });
  });

  it("detects a tampered row whose own hash was recomputed (the next link breaks)", () => {
    const chain = buildChain(5);
    const forged = { ...chain[2]!, action: "subject.delete" };
    chain[2] = { ...forged, hash: computeAuditHash(forged.prevHash, forged) };
    expect(verifyAuditChain(chain)).toEqual({ ok: false, brokenAtSeq: 4, reason: "link_mismatch" });
  });

  it("detects a tampered timestamp that no longer parses", () => {
    const chain = buildChain(3);
    chain[1] = { ...chain[1]!, at: "not a date" };
    expect(verifyAuditChain(chain)).toEqual({ ok: false, brokenAtSeq: 2, reason: "hash_mismatch" });
  });

  it("detects a tampered stored hash", () => {
    const chain = buildChain(3);
    chain[2] = { ...chain[2]!, hash: "a".repeat(64) };
    expect(verifyAuditChain(chain)).toEqual({ ok: false, brokenAtSeq: 3, reason: "hash_mismatch" });
  });

  it("detects reordering", () => {
    const chain = buildChain(5);
    const swapped = [chain[0]!, chain[2]!, chain[1]!, chain[3]!, chain[4]!];
    expect(verifyAuditChain(swapped)).toEqual({ ok: false, brokenAtSeq: 3, reason: "link_mismatch" });
  });

  it("detects a deleted middle row", () => {
    const chain = buildChain(5);
    chain.splice(2, 1);
    expect(verifyAuditChain(chain)).toEqual({ ok: false, brokenAtSeq: 4, reason: "link_mismatch" });
  });

  it("detects a deleted first row", () => {
    expect(verifyAuditChain(buildChain(3).slice(1))).toEqual({ ok: false, brokenAtSeq: 2, reason: "link_mismatch" });
  });

  it("verifies a window when given the hash before it", () => {
    const chain = buildChain(6);
    expect(verifyAuditChain(chain.slice(3), chain[2]!.hash)).toEqual({ ok: true });
    expect(verifyAuditChain(chain.slice(3), chain[1]!.hash)).toEqual({
      ok: false,
      brokenAtSeq: 4,
      reason: "link_mismatch",
    });
  });
});

describe("auditHashTail", () => {
  it("hashed after '[\"<prevHash>\",' gives computeAuditHash, whatever the fields hold", () => {
    const tricky = record(3, { actorId: null, before: JSON.stringify({ note: 'quote " backslash \\ line\nbreak \u2028 tab\t 苹果 🍎' }), after: "\u0000 nul", ip: null });
    for (const [prev, r] of [[GENESIS_HASH, record(1)], [computeAuditHash(GENESIS_HASH, record(1)), tricky]] as const) {
      const hashedAsDatabase = createHash("sha256").update(`["${prev}",${auditHashTail(r)}`, "utf8").digest("hex");
      expect(hashedAsDatabase).toBe(computeAuditHash(prev, r));
    }
  });
});
