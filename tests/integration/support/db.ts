// Database access for integration tests.
//
// All test files of a run share one database (tests/integration/global-setup.ts), one file
// at a time. Prefer unique data per test (random phone numbers, ids) over emptying tables:
// it needs no clean-up and cannot hide ordering bugs. resetTables() is there for tests that
// must count rows; it never touches AuditEvent (append-only: its triggers refuse DELETE),
// _prisma_migrations, or the reference tables filled by migrations (Prefecture, County), so
// assert on AuditEvent rows by targetId, never by total count.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createDb } from "@/server/db";
import { isPostgresUrl, sqliteFile } from "../../../scripts/lib/db-admin";

type Db = ReturnType<typeof createDb>;

let cached: { url: string; db: Db } | undefined;

/** URL of this run's database. */
export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

/** The app's database client on this run's database (created once per test file). */
export function testDb(): Db {
  const url = testDatabaseUrl();
  if (!cached || cached.url !== url) cached = { url, db: createDb(url) };
  return cached.db;
}

/** Disconnects testDb(); runs after each test file that imports this module. */
export async function closeTestDb(): Promise<void> {
  const current = cached;
  cached = undefined;
  const db = current?.db as { $disconnect?: () => Promise<void> } | undefined;
  await db?.$disconnect?.();
}

afterAll(closeTestDb);

/** Tables resetTables() leaves alone. */
// Programme versions are rules: published ones refuse DELETE (their triggers), like AuditEvent.
export const KEPT_TABLES = ["_prisma_migrations", "AuditEvent", "Prefecture", "County", "Programme", "ProgrammeVersion"] as const;

/**
 * Empties every app table except KEPT_TABLES (plus `keep`). Uses its own connection with
 * foreign-key checks off, so the order does not matter; call it between tests, never
 * while a transaction of testDb() is open.
 */
export async function resetTables(keep: string[] = []): Promise<string[]> {
  const url = testDatabaseUrl();
  const kept = new Set<string>([...KEPT_TABLES, ...keep]);
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      const tables = rows.map((r) => r.tablename).filter((t) => !kept.has(t));
      if (tables.length) {
        await client.query(`TRUNCATE ${tables.map((t) => `"${t.replaceAll('"', '""')}"`).join(", ")} RESTART IDENTITY`);
      }
      return tables;
    } finally {
      await client.end();
    }
  }
  const db = new Database(sqliteFile(url), { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[])
      .map((r) => r.name)
      .filter((t) => !kept.has(t));
    db.pragma("foreign_keys = OFF");
    db.transaction(() => {
      for (const t of tables) db.prepare(`DELETE FROM "${t.replaceAll('"', '""')}"`).run();
    })();
    db.pragma("foreign_keys = ON");
    return tables;
  } finally {
    db.close();
  }
}
