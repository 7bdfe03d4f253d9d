import { defineConfig } from "prisma/config";

// Migrations are applied by scripts/db/migrate.ts through the WASM schema engine;
// this file only tells the CLI where the source schema lives (for `prisma format`, `prisma validate`).
export default defineConfig({
  schema: "prisma/schema",
});
