// Small database chores for the scripts and the test harness, done with the raw drivers
// (better-sqlite3, pg) so they work before the app's own modules load:
// throwaway PostgreSQL databases, SQLite file removal, counting users.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export function isPostgresUrl(url: string | undefined): url is `postgres${string}` {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** The file behind a `file:` URL (query string dropped), absolute against `baseDir`. */
export function sqliteFile(url: string, baseDir: string = process.cwd()): string {
  const raw = url.replace(/^file:/, "").replace(/\?.*$/, "");
  const decoded = raw.startsWith("//") ? new URL(`file:${raw}`).pathname : raw;
  return path.resolve(baseDir, decoded);
}

/** Same PostgreSQL server and credentials, another database. */
export function withDatabase(postgresUrl: string, database: string): string {
  const u = new URL(postgresUrl);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(postgresUrl: string): string {
  return decodeURIComponent(new URL(postgresUrl).pathname.replace(/^\//, ""));
}

export function redactUrl(url: string): string {
  if (!isPostgresUrl(url)) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}

function checkName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`refusing database name ${JSON.stringify(name)}`);
  return name;
}

async function withAdmin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(adminUrl)}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops (terminating its connections) and creates `name` on the admin URL's server; returns its URL. */
export async function recreatePgDatabase(adminUrl: string, name: string): Promise<string> {
  checkName(name);
  await withAdmin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  return withDatabase(adminUrl, name);
}

export async function dropPgDatabase(adminUrl: string, name: string): Promise<void> {
  checkName(name);
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** A unique name `<prefix>_<unix seconds>_<random hex>`. */
export function uniqueDatabaseName(prefix: string): string {
  return checkName(`${prefix}_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString("hex")}`);
}

/**
 * Drops databases named `<prefix>_<unix seconds>_…` older than `maxAgeMs`: left behind by
 * runs that were killed before their teardown. Best effort; returns the names dropped.
 */
export async function dropStalePgDatabases(adminUrl: string, prefix: string, maxAgeMs: number): Promise<string[]> {
  checkName(prefix);
  return withAdmin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`]);
    const dropped: string[] = [];
    for (const { datname } of rows) {
      const m = new RegExp(`^${prefix}_(\\d{10})_[0-9a-f]+$`).exec(datname);
      if (!m || Date.now() - Number(m[1]) * 1000 < maxAgeMs) continue;
      try {
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
        dropped.push(datname);
      } catch {
        // another run may be dropping it too
      }
    }
    return dropped;
  });
}

/** Deletes a SQLite database file with its -wal, -shm and -journal companions. */
export function removeSqliteFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

/** Rows in the "User" table; 0 when the table does not exist yet. */
export async function countUsers(url: string): Promise<number> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(
        `SELECT CASE WHEN to_regclass('"User"') IS NULL THEN 0 ELSE (SELECT count(*) FROM "User") END AS n`,
      );
      return Number(rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  }
  const db = new Database(sqliteFile(url), { fileMustExist: true, readonly: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'User'").get();
    if (!table) return 0;
    return (db.prepare('SELECT count(*) AS n FROM "User"').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
