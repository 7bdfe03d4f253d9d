// `npm run bench:booking`: the proof that booking never overbooks (issue #6).
//
// Starts the production server with scripts/e2e-server.sh on a fresh, seeded database —
// SQLite (a temp file) by default, PostgreSQL when DATABASE_URL is a postgres URL (a throwaway
// database qkt_bench_* on that server) — and runs two phases through the JSON API, each with
// BENCH_CONCURRENCY (default 50) clients:
//   cold — a fresh server's first requests (route compilation, JIT, connection pools):
//          BENCH_WARMUP_REQUESTS (default 1000) bookings at another warehouse
//          (BENCH_WARMUP_WAREHOUSE, default HAN cold chain), every third one followed by an
//          availability read there; the measured warehouse's ledger is not touched;
//   warm — the measurement: BENCH_REQUESTS (default 600) booking requests at one warehouse's
//          cold chain (BKK, 100 m³ a day).
// Both send random overlapping 1–7-day ranges in a 14-day window, random volumes of 1–5 m³ in
// 0.01 steps, every request with an Idempotency-Key and one in ten sent twice at once.
// Then it stops the server and checks, from the database, for each phase's warehouse:
//   1. no day's reserved volume exceeds its capacity;
//   2. the ledger equals a replay of the bookings (Σ volumes per day), and every 201 is a
//      booking with the requested range and volume;
//   3. every 409 was really short: its day lies in the range and, since nothing is cancelled
//      during the run, that day still has less free than the request asked for;
//   4. one idempotency key never made two bookings, and both copies got the same answer;
//   5. no request got a 5xx (or any status other than 201/409).
// Prints, per phase, requests and bookings per second, latency percentiles and the CPU the
// servers and the load generator spent per request (on a shared machine the CPU figures say
// what the latency would be without the neighbours); exits 1 on any violation.
//
// BENCH_WORKERS=N (PostgreSQL only: SQLite mode is one process) starts N servers on
// consecutive ports against the same database, as behind a load balancer, and sends the
// requests to them in turn.
import type { ChildProcess } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { dropPgDatabase, isPostgresUrl, redactUrl, withDatabase } from "../lib/db-admin";
import { benchAgent, benchRequest } from "./http-client";
import { freePort, startBenchServer, stopBenchServer, waitForHealth } from "./server";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const WARMUP_REQUESTS = Number(process.env.BENCH_WARMUP_REQUESTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const WAREHOUSE = process.env.BENCH_WAREHOUSE ?? "BKK";
const WARMUP_WAREHOUSE = process.env.BENCH_WARMUP_WAREHOUSE ?? "HAN";
const COLD = process.env.BENCH_COLD !== "false";
const READ_EVERY = 3;
const DUPLICATE_SHARE = 0.1;
const APPLICANT = { phone: "13800000009", password: "Qkt-demo-2026" };

type Request = { key: string; warehouse: string; body: { subjectId: string; from: string; to: string; volumeM3: string; cold: boolean } };
type Outcome = { request: Request; status: number; body: Record<string, unknown>; ms: number };
type Job = { kind: "book"; request: Request } | { kind: "read"; warehouse: string; from: string; to: string };
type ReadOutcome = { status: number; ms: number };

function log(line: string): void {
  process.stderr.write(`[bench:booking] ${line}\n`);
}

function isoDay(offset: number): string {
  const now = new Date(Date.now() + 8 * 3600_000); // China calendar day
  now.setUTCDate(now.getUTCDate() + offset);
  return now.toISOString().slice(0, 10);
}

function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}

const centi = (m3: string) => Math.round(Number(m3) * 100);

/** utime + stime of a process in seconds (Linux /proc; null when it cannot be read). */
function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state ppid pgrp … utime(14) stime(15).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null; // exited meanwhile, or not Linux
  }
}

/** CPU seconds used so far by the processes of these servers' process groups (null off Linux). */
function serverCpuSeconds(servers: ChildProcess[]): number | null {
  const groups = new Set(servers.map((s) => s.pid).filter((pid): pid is number => pid !== undefined));
  let total = 0;
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue;
      }
      if (!groups.has(Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]))) continue;
      total += processCpuSeconds(Number(entry)) ?? 0;
    }
  } catch {
    return null;
  }
  return total;
}

/**
 * PostgreSQL on this machine: CPU seconds so far of the backends serving the bench database,
 * per pid (a backend that starts mid-phase counts from zero). Null when the server is remote.
 */
async function databaseCpu(url: string | null): Promise<Map<number, number> | null> {
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      const seconds = processCpuSeconds(pid);
      if (seconds === null) return null;
      cpu.set(pid, seconds);
    }
    return cpu;
  } finally {
    await client.end();
  }
}

function databaseCpuSpent(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let spent = 0;
  for (const [pid, seconds] of after) spent += seconds - (before.get(pid) ?? 0);
  return spent;
}

async function json(res: Response): Promise<Record<string, unknown>> {
  return parseBody(await res.text());
}

function parseBody(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { raw: text.slice(0, 200) };
  }
}

function makeRequests(subjectId: string, warehouse: string, count: number): Request[] {
  const requests: Request[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = 2 + randomInt(0, 14);
    const length = 1 + randomInt(0, 7);
    const volume = `${1 + randomInt(0, 4)}.${String(randomInt(0, 100)).padStart(2, "0")}`;
    requests.push({ key: randomUUID(), warehouse, body: { subjectId, from: isoDay(start), to: isoDay(start + length - 1), volumeM3: volume, cold: COLD } });
  }
  return requests;
}

/** One in ten requests is sent twice at once with the same key: a client retrying a timeout. */
function withDuplicates(requests: Request[]): Request[] {
  return requests.flatMap((r, i) => (i % Math.round(1 / DUPLICATE_SHARE) === 0 ? [r, r] : [r]));
}

/** Runs the jobs CONCURRENCY at a time; job k goes to server k mod N (round robin). */
async function fire(bases: string[], token: string, jobs: Job[]): Promise<{ outcomes: Outcome[]; reads: ReadOutcome[] }> {
  const outcomes: Outcome[] = [];
  const reads: ReadOutcome[] = [];
  let next = 0;
  const agent = benchAgent(CONCURRENCY);
  async function worker() {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index]!;
      const base = bases[index % bases.length]!;
      const started = performance.now();
      if (job.kind === "read") {
        try {
          const res = await benchRequest(agent, `${base}/api/v1/warehouses/${job.warehouse}/availability?from=${job.from}&to=${job.to}&cold=${COLD}`);
          reads.push({ status: res.status, ms: performance.now() - started });
        } catch {
          reads.push({ status: 0, ms: performance.now() - started });
        }
        continue;
      }
      const { request } = job;
      try {
        const res = await benchRequest(agent, `${base}/api/v1/warehouses/${request.warehouse}/bookings`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": request.key },
          body: JSON.stringify(request.body),
        });
        outcomes.push({ request, status: res.status, body: parseBody(res.text), ms: performance.now() - started });
      } catch (error) {
        outcomes.push({ request, status: 0, body: { error: String(error) }, ms: performance.now() - started });
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return { outcomes, reads };
}

type Ledger = { day: string; capacity: number; reserved: number }[];
type Booking = { id: string; fromDate: string; toDate: string; volume: number; status: string };

async function readDatabase(url: string, warehouse: string): Promise<{ ledger: Ledger; bookings: Booking[] }> {
  const ledgerSql = `SELECT d."day", d."capacity", d."reserved" FROM "WarehouseCapacityDay" d JOIN "Warehouse" w ON w."id" = d."warehouseId" WHERE w."code" = $1 AND d."temperature" = $2 ORDER BY d."day"`;
  const bookingSql = `SELECT b."id", b."fromDate", b."toDate", b."volume", b."status" FROM "WarehouseBooking" b JOIN "Warehouse" w ON w."id" = b."warehouseId" WHERE w."code" = $1 AND b."temperature" = $2`;
  const temperature = COLD ? "cold" : "ambient";
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return { ledger: (await client.query(ledgerSql, [warehouse, temperature])).rows as Ledger, bookings: (await client.query(bookingSql, [warehouse, temperature])).rows as Booking[] };
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.replace(/^file:/, ""), { readonly: true });
  try {
    const toSqlite = (sql: string) => sql.replace(/\$\d/g, "?");
    return { ledger: db.prepare(toSqlite(ledgerSql)).all(warehouse, temperature) as Ledger, bookings: db.prepare(toSqlite(bookingSql)).all(warehouse, temperature) as Booking[] };
  } finally {
    db.close();
  }
}

/** Every check of the header; returns the violations found. */
function verify(outcomes: Outcome[], ledger: Ledger, bookings: Booking[]): string[] {
  const violations: string[] = [];
  const byDay = new Map(ledger.map((d) => [d.day, d]));
  for (const d of ledger) if (d.reserved > d.capacity || d.reserved < 0) violations.push(`day ${d.day}: reserved ${d.reserved} > capacity ${d.capacity}`);
  const active = bookings.filter((b) => b.status !== "cancelled");
  const replay = new Map<string, number>();
  for (const b of active) for (const day of eachDay(b.fromDate, b.toDate)) replay.set(day, (replay.get(day) ?? 0) + b.volume);
  for (const d of ledger) if ((replay.get(d.day) ?? 0) !== d.reserved) violations.push(`day ${d.day}: ledger ${d.reserved} ≠ bookings ${replay.get(d.day) ?? 0}`);
  const bookingById = new Map(bookings.map((b) => [b.id, b]));
  const byKey = new Map<string, Outcome[]>();
  for (const o of outcomes) byKey.set(o.request.key, [...(byKey.get(o.request.key) ?? []), o]);
  for (const o of outcomes) {
    const { from, to, volumeM3 } = o.request.body;
    if (o.status >= 500 || o.status === 0) violations.push(`${o.request.key}: HTTP ${o.status} ${JSON.stringify(o.body).slice(0, 120)}`);
    else if (o.status === 201) {
      const b = bookingById.get(String(o.body.id));
      if (!b || b.fromDate !== from || b.toDate !== to || b.volume !== centi(volumeM3)) violations.push(`${o.request.key}: 201 without its booking`);
    } else if (o.status === 409) {
      const date = String(o.body.date);
      const day = byDay.get(date);
      if (date < from || date > to) violations.push(`${o.request.key}: refused for ${date}, outside ${from}..${to}`);
      else if (!day || day.capacity - day.reserved >= centi(volumeM3) || centi(String(o.body.freeM3)) >= centi(volumeM3)) violations.push(`${o.request.key}: refused on ${date} but ${volumeM3} m³ fits`);
    } else violations.push(`${o.request.key}: unexpected HTTP ${o.status} ${JSON.stringify(o.body).slice(0, 120)}`);
  }
  for (const [key, copies] of byKey) {
    if (new Set(copies.map((c) => `${c.status} ${JSON.stringify({ ...c.body, message: undefined })}`)).size > 1) violations.push(`${key}: copies got different answers`);
  }
  const acceptedIds = new Set(outcomes.filter((o) => o.status === 201).map((o) => String(o.body.id)));
  const acceptedKeys = new Set(outcomes.filter((o) => o.status === 201).map((o) => o.request.key));
  if (acceptedIds.size !== acceptedKeys.size) violations.push(`idempotency: ${acceptedKeys.size} keys made ${acceptedIds.size} bookings`);
  if (active.length !== acceptedIds.size) violations.push(`bookings in the database ${active.length} ≠ accepted ${acceptedIds.size}`);

  return violations;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

type Phase = { name: string; warehouse: string; outcomes: Outcome[]; reads: ReadOutcome[]; seconds: number; serverCpu: number | null; databaseCpu: number | null; clientCpu: number };

async function runPhase(name: string, warehouse: string, bases: string[], token: string, servers: ChildProcess[], jobs: Job[], pgUrl: string | null): Promise<Phase> {
  const serverBefore = serverCpuSeconds(servers);
  const databaseBefore = await databaseCpu(pgUrl);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const { outcomes, reads } = await fire(bases, token, jobs);
  const seconds = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = serverCpuSeconds(servers);
  const databaseAfter = await databaseCpu(pgUrl);
  return { name, warehouse, outcomes, reads, seconds, serverCpu: serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore, databaseCpu: databaseCpuSpent(databaseBefore, databaseAfter), clientCpu: (client.user + client.system) / 1e6 };
}

function latencyLine(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} · p95 ${percentile(sorted, 95).toFixed(1)} · p99 ${percentile(sorted, 99).toFixed(1)} · max ${(sorted.at(-1) ?? 0).toFixed(1)}`;
}

function report(phase: Phase, ledger: Ledger, violations: string[], what: string): void {
  const { outcomes, reads, seconds } = phase;
  const requests = outcomes.length + reads.length;
  const accepted = new Set(outcomes.filter((o) => o.status === 201).map((o) => String(o.body.id))).size;
  const refused = outcomes.filter((o) => o.status === 409).length;
  const full = ledger.filter((d) => d.capacity - d.reserved < 100).length;
  const badReads = reads.filter((r) => r.status !== 200).length;
  console.log(`  ${phase.name} — ${what}`);
  console.log(`    ${outcomes.length} booking requests${reads.length ? ` + ${reads.length} availability reads` : ""} at ${phase.warehouse} ${COLD ? "cold" : "ambient"}: accepted ${accepted}, refused ${refused} (409), ${full}/${ledger.length} days with < 1 m³ left`);
  console.log(`    ${(requests / seconds).toFixed(1)} requests/s, ${(accepted / seconds).toFixed(1)} bookings/s over ${seconds.toFixed(2)} s`);
  console.log(`    booking latency ms: ${latencyLine(outcomes.map((o) => o.ms))}`);
  if (reads.length) console.log(`    availability latency ms: ${latencyLine(reads.map((r) => r.ms))}${badReads ? ` (${badReads} not 200)` : ""}`);
  const perRequest = (cpu: number | null) => (cpu === null ? "n/a" : `${((cpu * 1000) / requests).toFixed(2)} ms`);
  const database = phase.databaseCpu === null ? "" : `, PostgreSQL ${perRequest(phase.databaseCpu)}`;
  console.log(`    CPU per request: app server${WORKERS > 1 ? "s" : ""} ${perRequest(phase.serverCpu)}${database}, load generator ${perRequest(phase.clientCpu)}`);
  console.log(`    violations: ${violations.length}`);
  for (const v of violations.slice(0, 20)) console.log(`      ${v}`);
}

async function main(): Promise<number> {
  const adminUrl = isPostgresUrl(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : null;
  if (!adminUrl && WORKERS !== 1) throw new Error("BENCH_WORKERS > 1 needs PostgreSQL: SQLite mode runs one server process (Prisma issue #29933)");
  if (WARMUP_WAREHOUSE === WAREHOUSE) throw new Error("BENCH_WARMUP_WAREHOUSE must differ from BENCH_WAREHOUSE: the warm-up may not touch the measured ledger");
  const workDir = mkdtempSync(path.join(tmpdir(), "qkt-bench-booking-"));
  const pgName = `qkt_bench_${Date.now().toString(36)}`;
  const databaseUrl = adminUrl ? withDatabase(adminUrl, pgName) : `file:${path.join(workDir, "bench.db")}`;
  const provider = adminUrl ? "postgresql" : "sqlite";
  log(`database ${redactUrl(databaseUrl)}; ${WORKERS} server(s); warm-up ${WARMUP_REQUESTS} requests at ${WARMUP_WAREHOUSE}, then ${REQUESTS} (+${Math.ceil(REQUESTS * DUPLICATE_SHARE)} duplicates) at ${WAREHOUSE} ${COLD ? "cold" : "ambient"}, ${CONCURRENCY} at a time`);
  const firstPort = await freePort();
  const servers: ChildProcess[] = [];
  try {
    // The first server prepares the database (and builds); the others serve it as it is.
    for (let i = 0; i < WORKERS; i += 1) {
      const server = startBenchServer(firstPort + i, { E2E_DATABASE_URL: databaseUrl, E2E_STORAGE_DIR: path.join(workDir, "uploads"), E2E_KEEP_DATABASE: i > 0 ? "1" : "0" });
      servers.push(server);
      await waitForHealth(`http://127.0.0.1:${firstPort + i}`, server);
    }
    const bases = servers.map((_, i) => `http://127.0.0.1:${firstPort + i}`);
    const base = bases[0]!;
    const tokenRes = await fetch(`${base}/api/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...APPLICANT, name: "bench" }) });
    const token = String((await json(tokenRes)).token);
    const subjects = (await json(await fetch(`${base}/api/v1/subjects`, { headers: { authorization: `Bearer ${token}` } }))).subjects as { id: string }[] | undefined;
    const subjectId = subjects?.[0]?.id;
    if (!subjectId) throw new Error(`no subject for ${APPLICANT.phone} (token HTTP ${tokenRes.status})`);

    const warmupJobs: Job[] = withDuplicates(makeRequests(subjectId, WARMUP_WAREHOUSE, WARMUP_REQUESTS)).flatMap((request, i) =>
      i % READ_EVERY === 0 ? [{ kind: "book", request } as Job, { kind: "read", warehouse: WARMUP_WAREHOUSE, from: request.body.from, to: isoDay(20) } as Job] : [{ kind: "book", request } as Job],
    );
    const pgUrl = adminUrl ? databaseUrl : null;
    const cold = await runPhase("cold", WARMUP_WAREHOUSE, bases, token, servers, warmupJobs, pgUrl);
    const warm = await runPhase("warm", WAREHOUSE, bases, token, servers, withDuplicates(makeRequests(subjectId, WAREHOUSE, REQUESTS)).map((request) => ({ kind: "book", request })), pgUrl);
    for (const server of servers) await stopBenchServer(server);

    let failures = 0;
    console.log(`bench:booking ${provider} · ${WORKERS} server process${WORKERS > 1 ? "es" : ""} · ${CONCURRENCY} concurrent clients · ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);
    for (const [phase, what] of [
      [cold, "the fresh server's first requests, compilation and pools included (not the measurement)"],
      [warm, "steady state, the measurement"],
    ] as const) {
      const { ledger, bookings } = await readDatabase(databaseUrl, phase.warehouse);
      const violations = verify(phase.outcomes, ledger, bookings);
      if (phase.reads.some((r) => r.status !== 200)) violations.push(`${phase.reads.filter((r) => r.status !== 200).length} availability reads failed`);
      failures += violations.length;
      report(phase, ledger, violations, what);
    }
    console.log(`  violations: ${failures}`);

    return failures === 0 ? 0 : 1;
  } finally {
    for (const server of servers) await stopBenchServer(server);
    if (adminUrl) await dropPgDatabase(adminUrl, pgName).catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:booking failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
