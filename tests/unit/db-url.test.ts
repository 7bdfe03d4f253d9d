import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, normaliseMigrationName, resolveDatabaseUrl, sqliteFilePath } from "../../scripts/db/migrate-lib";
import { ROOT } from "../../scripts/db/providers";
import { createDb, db, dbProvider, getDb, providerOfUrl } from "@/server/db";

describe("database URLs", () => {
  it("tells the provider from the scheme", () => {
    expect(providerOfUrl("file:./data/portal.db")).toBe("sqlite");
    expect(providerOfUrl("postgresql://u@h:5432/d")).toBe("postgresql");
    expect(providerOfUrl("postgres://u@h/d")).toBe("postgresql");
    expect(() => providerOfUrl("mysql://u@h/d")).toThrow(/file: or postgresql/);
  });

  it("resolves relative SQLite paths against the project root for the CLI", () => {
    expect(resolveDatabaseUrl(undefined)).toBe(`file:${path.join(ROOT, "data/portal.db")}`);
    expect(resolveDatabaseUrl("file:./x/y.db")).toBe(`file:${path.join(ROOT, "x/y.db")}`);
    expect(resolveDatabaseUrl("file:/abs/z.db?mode=rwc")).toBe("file:/abs/z.db");
    expect(resolveDatabaseUrl("postgresql://u@h/d")).toBe("postgresql://u@h/d");
    expect(sqliteFilePath("file:rel.db", "/base")).toBe("/base/rel.db");
  });

  it("normalises migration names like prisma migrate dev", () => {
    expect(normaliseMigrationName("Add audit index")).toBe("add_audit_index");
    expect(() => normaliseMigrationName("--")).toThrow();
  });
});

describe("createDb / db on SQLite", () => {
  let dir: string;
  let url: string;
  const savedUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "qkt-dburl-"));
    url = `file:${path.join(dir, "nested/app.db")}`;
    await applyMigrations(url);
  });

  afterAll(async () => {
    await getDb().$disconnect();
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens the file in WAL mode with a busy timeout", async () => {
    const client = createDb(url);
    try {
      const [mode] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [timeout] = await client.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
      expect(mode?.journal_mode).toBe("wal");
      expect(Number(timeout?.timeout)).toBe(5000);
      expect(await client.user.count()).toBe(0);
    } finally {
      await client.$disconnect();
    }
  });

  it("switches a file made elsewhere to WAL on connect", async () => {
    const file = path.join(dir, "plain.db");
    const plain = new Database(file);
    expect(plain.pragma("journal_mode", { simple: true })).toBe("delete");
    plain.close();
    const client = createDb(`file:${file}`);
    try {
      const [mode] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode?.journal_mode).toBe("wal");
    } finally {
      await client.$disconnect();
    }
  });

  it("exposes one lazy singleton, usable as the client or called", async () => {
    process.env.DATABASE_URL = url;
    expect(dbProvider()).toBe("sqlite");
    expect(db()).toBe(getDb());
    expect(await db.prefecture.count()).toBe(await db().prefecture.count());
    const n = await db.$transaction(async (tx) => tx.county.count());
    expect(n).toBe(0);
  });
});
