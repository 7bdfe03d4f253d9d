// `npm run bench:booking`: the proof that booking never overbooks (issue #6).
//
// Starts the production server with scripts/e2e-server.sh on a fresh, seeded database —
// SQLite (a temp file) by default, PostgreSQL when DATABASE_URL is a postgres URL (a throwaway
// database qkt_bench_* on that server) — and fires BENCH_REQUESTS (default 600) booking
// requests through the JSON API, BENCH_CONCURRENCY (default 50) at a time, at one warehouse's
// cold chain (BKK, 100 m³ a day): random overlapping 1–7-day ranges in a 14-day window,
// random volumes of 1–5 m³ in 0.01 steps, every request with an Idempotency-Key and one in
// ten sent twice at once. Then it stops the server and checks from the database:
//   1. no day's reserved volume exceeds its capacity;
//   2. the ledger equals a replay of the bookings (Σ volumes per day), and every 201 is a
//      booking with the requested range and volume;
//   3. every 409 was really short: its day lies in the range and, since nothing is cancelled
//      during the run, that day still has less free than the request asked for;
//   4. one idempotency key never made two bookings, and both copies got the same answer;
//   5. no request got a 5xx (or any status other than 201/409).
// Prints bookings per second and latency percentiles; exits 1 on any violation.
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { dropPgDatabase, isPostgresUrl, redactUrl, withDatabase } from "../lib/db-admin";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WAREHOUSE = process.env.BENCH_WAREHOUSE ?? "BKK";
const COLD = process.env.BENCH_COLD !== "false";
const DUPLICATE_SHARE = 0.1;
const SERVER_TIMEOUT_MS = 20 * 60_000;
const APPLICANT = { phone: "13800000009", password: "Qkt-demo-2026" };

type Request = { key: string; body: { subjectId: string; from: string; to: string; volumeM3: string; cold: boolean } };
type Outcome = { request: Request; status: number; body: Record<string, unknown>; ms: number };

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

/** BENCH_PORT, or a port nobody listens on (other worktrees run their own servers). */
function freePort(): Promise<number> {
  if (process.env.BENCH_PORT) return Promise.resolve(Number(process.env.BENCH_PORT));
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function startServer(port: number, databaseUrl: string, storageDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, E2E_PORT: String(port), E2E_DATABASE_URL: databaseUrl, E2E_STORAGE_DIR: storageDir };
  delete env.DATABASE_URL;
  const child = spawn("bash", [path.join(ROOT, "scripts/e2e-server.sh")], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(process.stderr);
  child.stderr?.pipe(process.stderr);
  return child;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  let exited: number | null = null;
  child.once("exit", (code) => (exited = code ?? 1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited with code ${exited} before answering`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("server did not come up");
}

async function json(res: Response): Promise<Record<string, unknown>> {
  const text = await res.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { raw: text.slice(0, 200) };
  }
}

function makeRequests(subjectId: string): Request[] {
  const requests: Request[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = 2 + randomInt(0, 14);
    const length = 1 + randomInt(0, 7);
    const volume = `${1 + randomInt(0, 4)}.${String(randomInt(0, 100)).padStart(2, "0")}`;
    requests.push({ key: randomUUID(), body: { subjectId, from: isoDay(start), to: isoDay(start + length - 1), volumeM3: volume, cold: COLD } });
  }
  return requests;
}

async function fire(base: string, token: string, requests: Request[]): Promise<Outcome[]> {
  // One in ten requests is sent twice at once with the same key: a client retrying a timeout.
  const queue: Request[] = requests.flatMap((r, i) => (i % Math.round(1 / DUPLICATE_SHARE) === 0 ? [r, r] : [r]));
  const outcomes: Outcome[] = [];
  let next = 0;
  async function worker() {
    while (next < queue.length) {
      const request = queue[next++]!;
      const started = performance.now();
      try {
        const res = await fetch(`${base}/api/v1/warehouses/${WAREHOUSE}/bookings`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": request.key },
          body: JSON.stringify(request.body),
        });
        outcomes.push({ request, status: res.status, body: await json(res), ms: performance.now() - started });
      } catch (error) {
        outcomes.push({ request, status: 0, body: { error: String(error) }, ms: performance.now() - started });
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

type Ledger = { day: string; capacity: number; reserved: number }[];
type Booking = { id: string; fromDate: string; toDate: string; volume: number; status: string };

async function readDatabase(url: string): Promise<{ ledger: Ledger; bookings: Booking[] }> {
  const ledgerSql = `SELECT d."day", d."capacity", d."reserved" FROM "WarehouseCapacityDay" d JOIN "Warehouse" w ON w."id" = d."warehouseId" WHERE w."code" = $1 AND d."temperature" = $2 ORDER BY d."day"`;
  const bookingSql = `SELECT b."id", b."fromDate", b."toDate", b."volume", b."status" FROM "WarehouseBooking" b JOIN "Warehouse" w ON w."id" = b."warehouseId" WHERE w."code" = $1 AND b."temperature" = $2`;
  const temperature = COLD ? "cold" : "ambient";
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return { ledger: (await client.query(ledgerSql, [WAREHOUSE, temperature])).rows as Ledger, bookings: (await client.query(bookingSql, [WAREHOUSE, temperature])).rows as Booking[] };
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.replace(/^file:/, ""), { readonly: true });
  try {
    const toSqlite = (sql: string) => sql.replace(/\$\d/g, "?");
    return { ledger: db.prepare(toSqlite(ledgerSql)).all(WAREHOUSE, temperature) as Ledger, bookings: db.prepare(toSqlite(bookingSql)).all(WAREHOUSE, temperature) as Booking[] };
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

async function main(): Promise<number> {
  const adminUrl = isPostgresUrl(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : null;
  const workDir = mkdtempSync(path.join(tmpdir(), "qkt-bench-booking-"));
  const pgName = `qkt_bench_${Date.now().toString(36)}`;
  const databaseUrl = adminUrl ? withDatabase(adminUrl, pgName) : `file:${path.join(workDir, "bench.db")}`;
  const provider = adminUrl ? "postgresql" : "sqlite";
  log(`database ${redactUrl(databaseUrl)}; ${REQUESTS} requests (+${Math.ceil(REQUESTS * DUPLICATE_SHARE)} duplicates), ${CONCURRENCY} at a time, ${WAREHOUSE} ${COLD ? "cold" : "ambient"}`);
  const port = await freePort();
  const server = startServer(port, databaseUrl, path.join(workDir, "uploads"));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, server);
    const tokenRes = await fetch(`${base}/api/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...APPLICANT, name: "bench" }) });
    const token = String((await json(tokenRes)).token);
    const subjects = (await json(await fetch(`${base}/api/v1/subjects`, { headers: { authorization: `Bearer ${token}` } }))).subjects as { id: string }[] | undefined;
    const subjectId = subjects?.[0]?.id;
    if (!subjectId) throw new Error(`no subject for ${APPLICANT.phone} (token HTTP ${tokenRes.status})`);
    // Warm-up: compile the route and open the pool, outside the measurement.
    await fetch(`${base}/api/v1/warehouses/${WAREHOUSE}/availability?from=${isoDay(2)}&to=${isoDay(20)}&cold=${COLD}`);

    const requests = makeRequests(subjectId);
    const started = performance.now();
    const outcomes = await fire(base, token, requests);
    const seconds = (performance.now() - started) / 1000;
    await stopServer(server);

    const { ledger, bookings } = await readDatabase(databaseUrl);
    const violations = verify(outcomes, ledger, bookings);
    const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const accepted = new Set(outcomes.filter((o) => o.status === 201).map((o) => String(o.body.id))).size;
    const refused = outcomes.filter((o) => o.status === 409).length;
    const full = ledger.filter((d) => d.capacity - d.reserved < 100).length;
    console.log(`bench:booking ${provider} · ${outcomes.length} requests (${REQUESTS} keys) · concurrency ${CONCURRENCY} · ${WAREHOUSE} ${COLD ? "cold" : "ambient"}`);
    console.log(`  accepted ${accepted} bookings, refused ${refused} responses (409), ${full}/${ledger.length} days with < 1 m³ left`);
    console.log(`  ${(outcomes.length / seconds).toFixed(1)} requests/s, ${(accepted / seconds).toFixed(1)} bookings/s over ${seconds.toFixed(2)} s`);
    console.log(`  latency ms: p50 ${percentile(latencies, 50).toFixed(1)} · p95 ${percentile(latencies, 95).toFixed(1)} · p99 ${percentile(latencies, 99).toFixed(1)} · max ${(latencies.at(-1) ?? 0).toFixed(1)}`);
    console.log(`  violations: ${violations.length}`);
    for (const v of violations.slice(0, 20)) console.log(`    ${v}`);

    return violations.length === 0 ? 0 : 1;
  } finally {
    await stopServer(server);
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
