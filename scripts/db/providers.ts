// One source schema (prisma/schema, written for SQLite) and one derived copy per provider.
// Prisma's datasource provider is a literal and a client is generated for one provider,
// so PostgreSQL gets its own copy, client and migration history (toolchain note).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";
export const PROVIDERS: Provider[] = ["sqlite", "postgresql"];

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SOURCE_SCHEMA_DIR = path.join(ROOT, "prisma/schema");

export function derivedSchemaDir(provider: Provider): string {
  return path.join(ROOT, "prisma/.generated", provider);
}

export function migrationsDir(provider: Provider): string {
  return path.join(ROOT, "prisma/migrations", provider);
}

export function clientOutputDir(provider: Provider): string {
  return path.join(ROOT, "src/generated", provider);
}

export function providerOf(databaseUrl: string): Provider {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgres:// (got ${databaseUrl.split(":")[0]}:)`);
}

export function sourceSchemaFiles(): { name: string; text: string }[] {
  return readdirSync(SOURCE_SCHEMA_DIR)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(SOURCE_SCHEMA_DIR, name), "utf8") }));
}

export function schemaFilesFor(provider: Provider): { name: string; text: string }[] {
  const output = path.relative(derivedSchemaDir(provider), clientOutputDir(provider)).split(path.sep).join("/");
  return sourceSchemaFiles().map(({ name, text }) => ({
    name,
    text: text
      .replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`)
      .replace(/output\s*=\s*"[^"]*"/, `output   = "${output}"`),
  }));
}

export function writeDerivedSchema(provider: Provider): string {
  const dir = derivedSchemaDir(provider);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { name, text } of schemaFilesFor(provider)) writeFileSync(path.join(dir, name), text);
  return dir;
}
