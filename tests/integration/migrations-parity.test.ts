// The two migration histories (prisma/migrations/sqlite and …/postgresql) must build the
// same database: same tables, columns, nullability, indexes and foreign keys, with
// AuditEvent append-only on both. Each history is applied to a database of its own (a temp
// SQLite file; a fresh PostgreSQL database qkt_parity_<random>, dropped afterwards), not to
// the run's shared test database.
//
// PostgreSQL: TEST_POSTGRES_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres)
// must reach a server whose user may CREATE DATABASE. If it does not, the PostgreSQL tests
// fail and say so; SKIP_POSTGRES_TESTS=1 skips them instead.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, pendingSchemaDiff } from "../../scripts/db/migrate-lib";
import { createDb } from "@/server/db";

const SKIP_PG = process.env.SKIP_POSTGRES_TESTS === "1";
const PG_ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const EXCLUDED_TABLES = new Set(["_prisma_migrations"]);

type Column = { table: string; column: string; notNull: boolean };
type Index = { table: string; name: string; unique: boolean; columns: string[] };
type ForeignKey = { table: string; columns: string; references: string; onDelete: string; onUpdate: string };
type Shape = { tables: string[]; columns: Column[]; indexes: Index[]; foreignKeys: ForeignKey[] };

function sortBy<T>(rows: T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

// ---------------------------------------------------------------------------------------
// Introspection

function sqliteShape(file: string): Shape {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[])
      .map((r) => r.name)
      .filter((t) => !EXCLUDED_TABLES.has(t))
      .sort();
    const columns: Column[] = [];
    const indexes: Index[] = [];
    const foreignKeys: ForeignKey[] = [];
    for (const table of tables) {
      const q = `"${table.replaceAll('"', '""')}"`;
      for (const c of conn.prepare(`PRAGMA table_info(${q})`).all() as { name: string; notnull: number }[]) {
        columns.push({ table, column: c.name, notNull: c.notnull === 1 });
      }
      for (const ix of conn.prepare(`PRAGMA index_list(${q})`).all() as { name: string; unique: number; origin: string }[]) {
        if (ix.origin === "pk") continue;
        const cols = (conn.prepare(`PRAGMA index_info("${ix.name.replaceAll('"', '""')}")`).all() as { seqno: number; name: string }[])
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => c.name);
        indexes.push({ table, name: ix.name, unique: ix.unique === 1, columns: cols });
      }
      const fkRows = conn.prepare(`PRAGMA foreign_key_list(${q})`).all() as {
        id: number;
        seq: number;
        table: string;
        from: string;
        to: string;
        on_update: string;
        on_delete: string;
      }[];
      for (const id of [...new Set(fkRows.map((r) => r.id))]) {
        const parts = fkRows.filter((r) => r.id === id).sort((a, b) => a.seq - b.seq);
        const first = parts[0]!;
        foreignKeys.push({
          table,
          columns: parts.map((p) => p.from).join(","),
          references: `${first.table}(${parts.map((p) => p.to).join(",")})`,
          onDelete: first.on_delete,
          onUpdate: first.on_update,
        });
      }
    }
    return normalise({ tables, columns, indexes, foreignKeys });
  } finally {
    conn.close();
  }
}

const PG_FK_ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

async function pgShape(url: string): Promise<Shape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")).rows
      .map((r) => r.table_name)
      .filter((t) => !EXCLUDED_TABLES.has(t))
      .sort();
    const columns = (
      await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
        "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
      )
    ).rows
      .filter((r) => !EXCLUDED_TABLES.has(r.table_name))
      .map((r) => ({ table: r.table_name, column: r.column_name, notNull: r.is_nullable === "NO" }));
    const indexes = (
      await client.query<{ table: string; name: string; unique: boolean; columns: string[] }>(`
        SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique,
               ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
        FROM pg_index ix
        JOIN pg_class i ON i.oid = ix.indexrelid
        JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND NOT ix.indisprimary`)
    ).rows.filter((r) => !EXCLUDED_TABLES.has(r.table));
    const foreignKeys = (
      await client.query<{ table: string; columns: string; ref_table: string; ref_columns: string; del: string; upd: string }>(`
        SELECT cl.relname AS table, rcl.relname AS ref_table, c.confdeltype::text AS del, c.confupdtype::text AS upd,
               (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
               (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS ref_columns
        FROM pg_constraint c
        JOIN pg_class cl ON cl.oid = c.conrelid
        JOIN pg_class rcl ON rcl.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`)
    ).rows.map((r) => ({
      table: r.table,
      columns: r.columns,
      references: `${r.ref_table}(${r.ref_columns})`,
      onDelete: PG_FK_ACTIONS[r.del] ?? r.del,
      onUpdate: PG_FK_ACTIONS[r.upd] ?? r.upd,
    }));
    return normalise({ tables, columns, indexes, foreignKeys });
  } finally {
    await client.end();
  }
}

/** Order-independent: SQLite puts a column added by a table rebuild where the schema has it, PostgreSQL at the end. */
function normalise(shape: Shape): Shape {
  return {
    tables: [...shape.tables].sort(),
    columns: sortBy(shape.columns, (c) => `${c.table}.${c.column}`),
    indexes: sortBy(shape.indexes, (i) => `${i.table}.${i.name}`),
    foreignKeys: sortBy(shape.foreignKeys, (f) => `${f.table}.${f.columns}`),
  };
}

// ---------------------------------------------------------------------------------------
// Databases

let tempDir: string;
let sqliteUrl: string;
let pgDatabase: string | undefined;
let pgSetup: Promise<string> | undefined;

/** The migrated PostgreSQL database's URL, or a clear failure when the server is unreachable. */
async function pgUrl(): Promise<string> {
  pgSetup ??= (async () => {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
    try {
      await admin.connect();
    } catch (err) {
      throw new Error(
        `PostgreSQL is not reachable at ${redact(PG_ADMIN_URL)} (${(err as Error).message}). ` +
          "Start it, point TEST_POSTGRES_ADMIN_URL at a server, or set SKIP_POSTGRES_TESTS=1 to skip the PostgreSQL half.",
      );
    }
    try {
      const name = `qkt_parity_${randomBytes(6).toString("hex")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      pgDatabase = name;
      const u = new URL(PG_ADMIN_URL);
      u.pathname = `/${name}`;
      const url = u.toString();
      await applyMigrations(url);
      return url;
    } finally {
      await admin.end();
    }
  })();
  return pgSetup;
}

beforeAll(async () => {
  tempDir = mkdtempSync(path.join(tmpdir(), "qkt-parity-"));
  sqliteUrl = `file:${path.join(tempDir, "parity.db")}`;
  await applyMigrations(sqliteUrl);
  if (!SKIP_PG) await pgUrl().catch(() => undefined); // reported by the tests that need it
});

afterAll(async () => {
  rmSync(tempDir, { recursive: true, force: true });
  if (pgDatabase) {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${pgDatabase}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
});

function sqliteFile(): string {
  return sqliteUrl.slice("file:".length);
}

// ---------------------------------------------------------------------------------------
// Tests

describe("migration histories", () => {
  it("the SQLite history builds the app's tables", () => {
    const shape = sqliteShape(sqliteFile());
    expect(shape.tables).toEqual(expect.arrayContaining(["AuditEvent", "User", "County", "Prefecture", "MarketSubject", "Delegation"]));
    const migrations = new Database(sqliteFile(), { readonly: true });
    try {
      const rows = migrations.prepare("SELECT migration_name, finished_at FROM _prisma_migrations").all() as { finished_at: string | null }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      migrations.close();
    }
  });

  it("re-applying is a no-op", async () => {
    expect(await applyMigrations(sqliteUrl)).toEqual([]);
  });

  it.skipIf(SKIP_PG)("SQLite and PostgreSQL have the same tables, columns and nullability", async () => {
    const [lite, post] = [sqliteShape(sqliteFile()), await pgShape(await pgUrl())];
    expect(lite.columns.length, "introspection found no columns").toBeGreaterThan(lite.tables.length);
    expect(post.tables).toEqual(lite.tables);
    expect(post.columns).toEqual(lite.columns);
  });

  it.skipIf(SKIP_PG)("SQLite and PostgreSQL have the same indexes and foreign keys", async () => {
    const [lite, post] = [sqliteShape(sqliteFile()), await pgShape(await pgUrl())];
    expect(lite.indexes.length, "introspection found no indexes").toBeGreaterThan(0);
    expect(lite.foreignKeys.length, "introspection found no foreign keys").toBeGreaterThan(0);
    expect(post.indexes).toEqual(lite.indexes);
    expect(post.foreignKeys).toEqual(lite.foreignKeys);
  });

  it("the SQLite history is up to date with prisma/schema", async () => {
    expect(await pendingSchemaDiff("sqlite"), "run npm run db:migrate:create -- <name>").toBe("");
  });

  it.skipIf(SKIP_PG)("the PostgreSQL history is up to date with prisma/schema", async () => {
    await pgUrl();
    expect(await pendingSchemaDiff("postgresql", { postgresAdminUrl: PG_ADMIN_URL }), "run npm run db:migrate:create -- <name>").toBe("");
  });
});

describe("AuditEvent is append-only", () => {
  /**
   * The statement must fail with the trigger's message. On SQLite, @prisma/adapter-better-sqlite3
   * reports a trigger's RAISE as P2003 "Foreign key constraint violated"; the message survives
   * only in meta.driverAdapterError.cause.originalMessage.
   */
  async function expectRefused(statement: Promise<unknown>): Promise<void> {
    const err = await statement.then(
      () => undefined,
      (e: unknown) => e as { message?: string; meta?: unknown },
    );
    expect(err, "the statement succeeded").toBeDefined();
    expect(`${err?.message} ${JSON.stringify(err?.meta ?? {})}`).toMatch(/audit log is append-only/);
  }

  async function expectAppendOnly(url: string, tag: string): Promise<void> {
    const client = createDb(url);
    try {
      const event = await client.auditEvent.create({
        data: { action: "test.parity", targetType: "test", targetId: tag, prevHash: `prev-${tag}`, hash: `hash-${tag}` },
      });
      await expectRefused(client.auditEvent.update({ where: { seq: event.seq }, data: { action: "tampered" } }));
      await expectRefused(client.auditEvent.delete({ where: { seq: event.seq } }));
      await expectRefused(client.auditEvent.deleteMany({}));
      await expectRefused(client.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'tampered'`));
      await expectRefused(client.$executeRawUnsafe(`DELETE FROM "AuditEvent"`));
      const after = await client.auditEvent.findUnique({ where: { seq: event.seq } });
      expect(after?.action).toBe("test.parity");
    } finally {
      await client.$disconnect();
    }
  }

  it("on SQLite", async () => {
    await expectAppendOnly(sqliteUrl, `sqlite-${randomBytes(4).toString("hex")}`);
  });

  it.skipIf(SKIP_PG)("on PostgreSQL, TRUNCATE included", async () => {
    const url = await pgUrl();
    await expectAppendOnly(url, `pg-${randomBytes(4).toString("hex")}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await expectRefused(client.query(`TRUNCATE "AuditEvent"`));
    } finally {
      await client.end();
    }
  });
});
