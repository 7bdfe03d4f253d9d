// Faults the booking path must survive (issue #6's traps), against a real database:
//   - a process killed (SIGKILL) in the middle of a booking transaction, on both databases:
//     nothing half-written, the ledger equals its bookings, new bookings go through;
//   - SQLite: another process holding a lock on the file. In WAL mode (what the app sets)
//     a reader never blocks a COMMIT, and a writer holding the lock makes a booking wait and
//     retry; when COMMIT itself fails — SQLITE_BUSY in rollback-journal mode, the trigger of
//     prisma/orm#29933 — the connection must come out of the transaction, so that later
//     transactions still work and their writes are kept.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { todayIsoInChina } from "@/i18n/format";
import { addDays, eachDay } from "@/modules/warehouse/domain/date-range";
import { heldDays } from "@/modules/warehouse/domain/departure";
import { reservedByDay } from "@/modules/warehouse/domain/ledger";
import { bookStorage, cancelBooking } from "@/modules/warehouse/service";
import type { Actor } from "@/server/actor";
import { verifyAuditChain } from "@/server/audit-chain";
import { dbProvider, hardenSqliteAdapter } from "@/server/db";
import { applyMigrations } from "../../scripts/db/migrate-lib";
import { seedDatabase } from "../../prisma/seed";
import { testDatabaseUrl, testDb } from "./support/db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TODAY = todayIsoInChina();
const PRICES = JSON.stringify({ ambient: { freeDays: 30, tiers: [{ fromDay: 31, fenPerM3Day: 220 }] }, cold: { freeDays: 0, tiers: [{ fromDay: 1, fenPerM3Day: 450 }] }, inboundFenPerM3: 1100, outboundFenPerOrder: 70 });
const isSqlite = dbProvider() === "sqlite";

let applicant: Actor;
let subjectId: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  await seedDatabase(testDb());
  const u = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000009" } });
  applicant = { userId: u.id, role: u.role as Actor["role"], name: u.name, countyCode: u.countyCode, prefectureCode: u.prefectureCode, stationId: u.stationId, actingFor: null, ip: "192.0.2.61" };
  subjectId = (await testDb().marketSubject.findFirstOrThrow({ where: { ownerId: u.id, type: "cooperative" } })).id;
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** A warehouse of its own per test (code Q + two letters, like warehouse-booking's, which leaves Q… out of its seed check). */
async function freshWarehouse(ambientM3: number): Promise<string> {
  const code = `Q${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
  if (await testDb().warehouse.findUnique({ where: { code } })) return freshWarehouse(ambientM3);
  await testDb().warehouse.create({ data: { code, nameZh: `故障测试${code}`, nameEn: `Fault ${code}`, countryCode: "VN", cityZh: "河内", cityEn: "Hanoi", operatorZh: "测试", operatorEn: "Test", kind: "public", ambientCapacity: ambientM3 * 100, coldCapacity: 0, openingDate: "2024-01-01", priceList: PRICES, subsidyBps: 5000, subsidyCapFen: 500_000 } });
  return code;
}

/** Everything the database holds for one warehouse, and whether the ledger is exactly its bookings. */
async function stateOf(code: string) {
  const w = await testDb().warehouse.findUniqueOrThrow({ where: { code } });
  const rows = await testDb().warehouseCapacityDay.findMany({ where: { warehouseId: w.id, temperature: "ambient" }, orderBy: { day: "asc" } });
  const bookings = await testDb().warehouseBooking.findMany({ where: { warehouseId: w.id, status: { not: "cancelled" } } });
  const audited = await testDb().auditEvent.count({ where: { action: "warehouse.booking.created", targetId: { in: bookings.map((b) => b.id) } } });
  const spans = bookings.flatMap((b) => {
    const held = heldDays(b);
    return held ? [{ ...held, volume: b.volume }] : [];
  });
  const expected = reservedByDay(spans, eachDay);
  const mismatches = rows.filter((r) => r.reserved !== (expected.get(r.day) ?? 0) || r.reserved > r.capacity).map((r) => r.day);
  return { rows, bookings, audited, mismatches };
}

async function expectChainIntact() {
  const rows = (await testDb().auditEvent.findMany({ orderBy: { seq: "asc" } })).map((r) => ({ ...r, at: r.at.toISOString() }));
  expect(verifyAuditChain(rows)).toEqual({ ok: true });
}

/** Starts a child process and resolves once it has printed `line` (rejects if it exits first). */
function startChild(command: string, args: string[], env: Record<string, string>, line: string): Promise<{ child: ChildProcess; output: () => string[] }> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const lines: string[] = [];
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      if (lines.includes(line)) resolve({ child, output: () => lines });
    });
    child.once("exit", (code, signal) => reject(new Error(`child exited (${code ?? signal}) before "${line}": ${stderr.slice(-500)}`)));
  });
}

function bookingChild(job: Record<string, unknown>, line: string) {
  // node itself with tsx's loader, not the tsx command: that one runs the script in a second
  // process, which SIGKILL on the first would leave running.
  return startChild(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/support/booking-child.ts"], { DATABASE_URL: testDatabaseUrl(), QKT_CHILD_JOB: JSON.stringify(job) }, line);
}

function lockHolder(file: string, mode: "read" | "write", holdMs: number) {
  return startChild(process.execPath, ["tests/integration/support/sqlite-lock-holder.mjs", file, mode, String(holdMs)], {}, "holding");
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

const sqliteFile = () => testDatabaseUrl().replace(/^file:/, "");

describe("a booking process killed with SIGKILL", () => {
  it("in the middle of its transaction (after reserving, booking and keying, before the audit row and COMMIT) leaves nothing", async () => {
    const code = await freshWarehouse(4);
    const from = addDays(TODAY, 3);
    const to = addDays(from, 4);
    const key = `kill-${randomUUID()}`;
    const input = { subjectId, from, to, volumeM3: "4", cold: false };
    // Ledger rows exist beforehand, so the child's transaction is the one that reserves.
    const warmup = await bookStorage(applicant, code, { ...input, volumeM3: "0.01" });
    await cancelBooking(applicant, (warmup.body as { id: string }).id);

    const { child } = await bookingChild({ mode: "pause", actor: applicant, code, input, key }, "paused");
    await killHard(child);

    const state = await stateOf(code);
    expect(state.mismatches).toEqual([]);
    expect(state.rows.map((r) => r.reserved)).toEqual([0, 0, 0, 0, 0]);
    expect(state.bookings).toEqual([]);
    expect(await testDb().idempotencyKey.count({ where: { userId: applicant.userId, key } })).toBe(0);
    await expectChainIntact();

    // The dead transaction holds no lock and no space: the same request (same key) is new and books all 4 m³.
    const again = await bookStorage(applicant, code, input, { idempotencyKey: key });
    expect([again.status, again.replayed]).toEqual([201, false]);
    expect((await stateOf(code)).mismatches).toEqual([]);
  });

  it("at a random moment of a stream of bookings: every committed booking is whole, nothing else is there", async () => {
    const code = await freshWarehouse(1000);
    const from = addDays(TODAY, 1);
    const { child, output } = await bookingChild({ mode: "burst", actor: applicant, code, input: { subjectId, from, to: addDays(from, 2), volumeM3: "0.5", cold: false } }, "201");
    while (output().filter((l) => l === "201").length < 5) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 40)));
    await killHard(child);

    const state = await stateOf(code);
    expect(state.mismatches).toEqual([]);
    expect(state.bookings.length).toBeGreaterThanOrEqual(output().filter((l) => l === "201").length);
    expect(state.audited).toBe(state.bookings.length);
    await expectChainIntact();
    expect((await bookStorage(applicant, code, { subjectId, from, to: from, volumeM3: "1", cold: false })).status).toBe(201);
    expect((await stateOf(code)).mismatches).toEqual([]);
  });
});

describe.runIf(isSqlite)("SQLite: another process holding a lock on the file", () => {
  it("the app's connections run in WAL mode, where a reader does not block COMMIT (prisma/orm#29933's trigger)", async () => {
    expect(await testDb().$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    const code = await freshWarehouse(10);
    const { child } = await lockHolder(sqliteFile(), "read", 60_000);
    try {
      const from = addDays(TODAY, 2);
      const results = await Promise.all(Array.from({ length: 12 }, () => bookStorage(applicant, code, { subjectId, from, to: addDays(from, 1), volumeM3: "1", cold: false })));
      expect(results.map((r) => r.status).sort()).toEqual([...Array(10).fill(201), 409, 409]);
      expect((await stateOf(code)).mismatches).toEqual([]);
    } finally {
      await killHard(child);
    }
  });

  it("a writer holding the lock past the busy timeout: the booking gets SQLITE_BUSY, retries and books; later transactions work", async () => {
    const code = await freshWarehouse(3);
    const from = addDays(TODAY, 2);
    await bookStorage(applicant, code, { subjectId, from, to: from, volumeM3: "1", cold: false });
    // 6 s: longer than the app's 5 s busy timeout, so the first attempt fails and a retry succeeds.
    const { child } = await lockHolder(sqliteFile(), "write", 6_000);
    const booked = await bookStorage(applicant, code, { subjectId, from, to: addDays(from, 2), volumeM3: "2", cold: false }, { idempotencyKey: `busy-${randomUUID()}` });
    await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
    expect(booked.status).toBe(201);

    const later = await bookStorage(applicant, code, { subjectId, from, to: from, volumeM3: "0.01", cold: false });
    expect(later.status).toBe(409);
    await cancelBooking(applicant, (booked.body as { id: string }).id);
    const state = await stateOf(code);
    expect(state.mismatches).toEqual([]);
    expect(state.rows.map((r) => r.reserved)).toEqual([100, 0, 0]);
    await expectChainIntact();
  });

  it("a COMMIT that fails with SQLITE_BUSY (rollback-journal mode, a reader in another process) leaves no open transaction: later transactions work and their writes are kept", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "qkt-busy-commit-"));
    const file = path.join(dir, "journal.db");
    const client = await (async () => {
      await applyMigrations(`file:${file}`);
      const setup = new Database(file);
      setup.pragma("journal_mode = DELETE");
      setup.close();
      // The app's adapter repairs without its WAL pragma: the one setting that prevents the fault.
      const inner = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 200 });
      return new SqliteClient({ adapter: { provider: inner.provider, adapterName: inner.adapterName, connect: async () => hardenSqliteAdapter(await inner.connect()) } });
    })();
    try {
      const count = (name: string) => client.$transaction((tx) => tx.$executeRaw`INSERT INTO "WarehouseCounter" ("name", "value") VALUES (${name}, 1) ON CONFLICT ("name") DO UPDATE SET "value" = "WarehouseCounter"."value" + 1`);
      await count("before");
      const { child } = await lockHolder(file, "read", 60_000);
      // The INSERT gets its RESERVED lock beside the reader; COMMIT needs EXCLUSIVE and gives up.
      await expect(count("blocked")).rejects.toMatchObject({ cause: { originalCode: "SQLITE_BUSY" } });
      await killHard(child);

      for (const name of ["after-1", "after-2", "after-2"]) await count(name);
      await client.$executeRaw`INSERT INTO "WarehouseCounter" ("name", "value") VALUES ('plain', 7)`;
      const check = new Database(file, { readonly: true });
      const rows = check.prepare('SELECT "name", "value" FROM "WarehouseCounter" ORDER BY "name"').all();
      check.close();
      expect(rows).toEqual([
        { name: "after-1", value: 1 },
        { name: "after-2", value: 2 },
        { name: "before", value: 1 },
        { name: "plain", value: 7 },
      ]);
    } finally {
      await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
