// Command-line entry for the shell scripts (scripts/start.sh, scripts/e2e-server.sh).
//   tsx scripts/lib/db-task.ts migrate      apply pending migrations to DATABASE_URL
//   tsx scripts/lib/db-task.ts user-count   print the number of rows in "User" (0 if none)
//   tsx scripts/lib/db-task.ts fresh-e2e    create an empty end-to-end database, print its URL:
//        E2E_DATABASE_URL if set (SQLite file deleted / PostgreSQL database re-created),
//        else, when DATABASE_URL is PostgreSQL, database "qkt_e2e" on that server,
//        else file:./data/e2e.db.
// DATABASE_URL defaults to file:./data/portal.db; relative SQLite paths resolve against
// the project root. Status lines go to stderr; results to stdout.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../db/migrate-lib";
import { countUsers, databaseName, isPostgresUrl, recreatePgDatabase, redactUrl, removeSqliteFiles, sqliteFile, withDatabase } from "./db-admin";

const ROOT = path.resolve(import.meta.dirname, "../..");
const E2E_PG_DATABASE = "qkt_e2e";
const E2E_SQLITE_URL = "file:./data/e2e.db";
const DEFAULT_DATABASE_URL = "file:./data/portal.db";

/** DATABASE_URL with its default; SQLite paths made absolute against the project root. */
function resolveDatabaseUrl(url: string | undefined): string {
  const value = url?.trim() || DEFAULT_DATABASE_URL;
  if (isPostgresUrl(value)) return value;
  if (!value.startsWith("file:")) throw new Error(`DATABASE_URL must start with file: or postgresql:// (got ${value.split(":")[0]}:)`);
  return `file:${sqliteFile(value, ROOT)}`;
}

async function freshE2e(): Promise<string> {
  const explicit = process.env.E2E_DATABASE_URL?.trim();
  const base = process.env.DATABASE_URL?.trim();
  if (explicit && isPostgresUrl(explicit)) {
    return recreatePgDatabase(withDatabase(explicit, "postgres"), databaseName(explicit));
  }
  if (!explicit && isPostgresUrl(base)) {
    return recreatePgDatabase(base, E2E_PG_DATABASE);
  }
  const url = resolveDatabaseUrl(explicit || E2E_SQLITE_URL);
  const file = sqliteFile(url, ROOT);
  if (path.resolve(file) === path.resolve(ROOT, "data/portal.db")) {
    throw new Error("refusing to reset data/portal.db for end-to-end tests");
  }
  removeSqliteFiles(file);
  mkdirSync(path.dirname(file), { recursive: true });
  return url;
}

async function main(): Promise<void> {
  const command = process.argv[2];
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  switch (command) {
    case "migrate": {
      const applied = await applyMigrations(url);
      console.error(
        applied.length
          ? `[qkt] applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(", ")}`
          : `[qkt] database is up to date (${redactUrl(url)})`,
      );
      return;
    }
    case "user-count": {
      if (!isPostgresUrl(url) && !existsSync(sqliteFile(url, ROOT))) {
        console.log("0");
        return;
      }
      console.log(String(await countUsers(url)));
      return;
    }
    case "fresh-e2e": {
      console.log(await freshE2e());
      return;
    }
    default:
      throw new Error(`usage: tsx scripts/lib/db-task.ts migrate | user-count | fresh-e2e (got ${command ?? "nothing"})`);
  }
}

main().catch((err: unknown) => {
  console.error(`[qkt] ERROR: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
