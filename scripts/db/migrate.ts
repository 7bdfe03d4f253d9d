// Applies the pending migrations to DATABASE_URL (default file:./data/portal.db; relative
// SQLite paths resolve against the project root). Runs on every `npm start`.
import { performance } from "node:perf_hooks";
import { applyMigrations, resolveDatabaseUrl, oneLine } from "./migrate-lib";
import { providerOf } from "./providers";

async function main(): Promise<void> {
  const started = performance.now();
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const provider = providerOf(url);
  const applied = await applyMigrations(url);
  const ms = Math.round(performance.now() - started);
  if (applied.length === 0) console.log(`db:migrate ${provider}: up to date (${ms} ms)`);
  else console.log(`db:migrate ${provider}: applied ${applied.length} migration(s): ${applied.join(", ")} (${ms} ms)`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`db:migrate failed: ${oneLine(err)}`);
    process.exit(1);
  },
);
