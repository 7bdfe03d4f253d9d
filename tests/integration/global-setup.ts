// vitest globalSetup of the "integration" project: one fresh, migrated database per run.
//   - TEST_DATABASE_URL or DATABASE_URL starting with postgres: an admin URL; a database
//     qkt_it_<unix seconds>_<hex> is created on that server (and dropped afterwards,
//     together with leftovers older than 6 hours from killed runs);
//   - otherwise a SQLite file in a new temp directory (removed afterwards).
// The URL reaches test files through inject("databaseUrl"); tests/integration/setup.ts
// puts it in process.env.DATABASE_URL. KEEP_TEST_DB=1 keeps the database for debugging.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/migrate-lib";
import { dropPgDatabase, dropStalePgDatabases, isPostgresUrl, recreatePgDatabase, redactUrl, uniqueDatabaseName } from "../../scripts/lib/db-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of this run's throwaway database (file: or postgresql://). */
    databaseUrl: string;
    /** Empty temp directory for STORAGE_DIR (uploads), removed after the run. */
    storageDir: string;
  }
}

const PREFIX = "qkt_it";
const STALE_MS = 6 * 60 * 60 * 1000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find(isPostgresUrl);
  let databaseUrl: string;
  let cleanup: () => Promise<void>;

  if (adminUrl) {
    await dropStalePgDatabases(adminUrl, PREFIX, STALE_MS).catch(() => []);
    const name = uniqueDatabaseName(PREFIX);
    databaseUrl = await recreatePgDatabase(adminUrl, name);
    cleanup = () => dropPgDatabase(adminUrl, name);
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "qkt-it-"));
    databaseUrl = `file:${path.join(dir, "test.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }

  try {
    const applied = await applyMigrations(databaseUrl);
    console.log(`[integration] database ${redactUrl(databaseUrl)} (${applied.length} migrations)`);
  } catch (err) {
    await cleanup().catch(() => undefined);
    throw err;
  }

  const storageDir = mkdtempSync(path.join(tmpdir(), "qkt-it-uploads-"));
  project.provide("databaseUrl", databaseUrl);
  project.provide("storageDir", storageDir);

  return async () => {
    rmSync(storageDir, { recursive: true, force: true });
    if (process.env.KEEP_TEST_DB === "1") {
      console.log(`[integration] kept ${redactUrl(databaseUrl)} (KEEP_TEST_DB=1)`);
      return;
    }
    await cleanup();
  };
}
