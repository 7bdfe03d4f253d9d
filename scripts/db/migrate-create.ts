// Usage: npm run db:migrate:create -- <name>
// Writes prisma/migrations/<provider>/<timestamp>_<name>/migration.sql for each provider
// whose history differs from prisma/schema. Needs a PostgreSQL server for the throwaway
// database (POSTGRES_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
import { createMigration, oneLine } from "./migrate-lib";

async function main(): Promise<number> {
  const name = process.argv.slice(2).filter((a) => a !== "--").join("_");
  if (!name) {
    console.error("usage: tsx scripts/db/migrate-create.ts <name>");
    return 2;
  }
  const created = await createMigration(name);
  if (created.length === 0) console.log("db:migrate:create: no changes, nothing written");
  else console.log(`db:migrate:create: review the SQL, then run npm run db:migrate (${created.length} migration(s) written)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`db:migrate:create failed: ${oneLine(err)}`);
    process.exit(1);
  },
);
