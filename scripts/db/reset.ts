// Drops everything in DATABASE_URL (default file:./data/portal.db), re-applies all
// migrations, then seeds (prisma/seed.ts) when present. Run it with the server stopped.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { resetDatabase, resolveDatabaseUrl, oneLine } from "./migrate-lib";
import { ROOT, providerOf } from "./providers";

async function main(): Promise<number> {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const applied = await resetDatabase(url);
  console.log(`db:reset ${providerOf(url)}: database emptied, applied ${applied.length} migration(s)`);
  const seed = path.join(ROOT, "prisma/seed.ts");
  if (!existsSync(seed)) {
    console.log("db:reset: no prisma/seed.ts, not seeding");
    return 0;
  }
  const run = spawnSync("npx", ["tsx", seed], { cwd: ROOT, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (run.status !== 0) {
    console.error(`db:reset: seeding failed (exit ${run.status ?? run.signal})`);
    return 1;
  }
  console.log("db:reset: seeded");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`db:reset failed: ${oneLine(err)}`);
    process.exit(1);
  },
);
