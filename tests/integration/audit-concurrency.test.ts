// The audit hash chain under concurrency (SQLite by default; PostgreSQL when DATABASE_URL is
// one). appendAudit runs last in many transactions at once — on PostgreSQL from several
// Prisma clients, as several app instances would — and the chain must come out one unbroken
// line: every row links to the one before it, no two rows share a prevHash (no fork), and
// every hash is what the verifier recomputes, whatever characters the rows hold.
import { afterAll, describe, expect, it } from "vitest";
import { appendAudit } from "@/server/audit";
import { GENESIS_HASH, verifyAuditChain, type ChainedAuditRecord } from "@/server/audit-chain";
import { createDb, dbProvider } from "@/server/db";
import { testDatabaseUrl, testDb } from "./support/db";

const TRICKY = { note: 'quote " backslash \\ newline\n tab\t line separator \u2028 苹果 🍎 <b>&amp;</b>', amountFen: 123_456 };

async function chainRows(): Promise<ChainedAuditRecord[]> {
  const rows = await testDb().auditEvent.findMany({ orderBy: { seq: "asc" } });
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

/** One transaction that writes something and appends its audit row last, as services do. */
function auditedWrite(client: ReturnType<typeof testDb>, n: number, marker: string) {
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1`;
    await appendAudit(tx, { actorId: `actor-${n % 5}`, onBehalfOfId: n % 3 === 0 ? null : `applicant-${n}`, action: "test.concurrent", targetType: "test", targetId: `${marker}-${n}`, before: n % 2 ? null : TRICKY, after: { n, marker, ...TRICKY }, ip: n % 4 ? "192.0.2.7" : null });
  });
}

const extraClients: ReturnType<typeof createDb>[] = [];

afterAll(async () => {
  await Promise.all(extraClients.map((c) => c.$disconnect()));
});

describe("the audit chain under concurrent appenders", () => {
  it("stays one unbroken, unforked line", async () => {
    // SQLite mode is one process (one client); PostgreSQL mode may run many app processes.
    const clients = [testDb()];
    if (dbProvider() === "postgresql") for (let i = 0; i < 2; i += 1) clients.push(extraClients[extraClients.push(createDb(testDatabaseUrl())) - 1]!);
    const marker = `burst-${Date.now().toString(36)}`;
    const before = await testDb().auditEvent.count();

    const writes = Array.from({ length: 60 }, (_, n) => auditedWrite(clients[n % clients.length]!, n, marker));
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const rows = await chainRows();
    expect(rows.length).toBe(before + 60);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(verifyAuditChain(rows)).toEqual({ ok: true });
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
    const burst = rows.filter((r) => r.targetId.startsWith(`${marker}-`));
    expect(burst).toHaveLength(60);
    expect(JSON.parse(burst[0]!.after!)).toMatchObject({ note: TRICKY.note });
  });

  it("a rolled-back transaction leaves no audit row and no gap in the chain", async () => {
    const marker = `rollback-${Date.now().toString(36)}`;
    const failing = testDb().$transaction(async (tx) => {
      await appendAudit(tx, { actorId: null, action: "test.rolled_back", targetType: "test", targetId: marker });
      throw new Error("undo");
    });
    await expect(failing).rejects.toThrow("undo");
    await auditedWrite(testDb(), 1, marker);
    const rows = await chainRows();
    expect(rows.some((r) => r.action === "test.rolled_back" && r.targetId === marker)).toBe(false);
    expect(verifyAuditChain(rows)).toEqual({ ok: true });
  });
});
