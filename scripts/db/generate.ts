// Generates one Prisma client per provider into src/generated/<provider>.
// `prisma generate` does not need the schema engine but looks for its binary at start;
// this network cannot download it, so point it at any file when none is present
// (shared/notes/toolchain-offline.md).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, ROOT, writeDerivedSchema } from "./providers";

function engineEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(ROOT, "package.json");
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  env.CHECKPOINT_DISABLE = "1";
  return env;
}

const prismaBin = path.join(ROOT, "node_modules/.bin/prisma");
if (!existsSync(prismaBin)) throw new Error("prisma CLI missing: run npm install");

for (const provider of PROVIDERS) {
  const dir = writeDerivedSchema(provider);
  execFileSync(prismaBin, ["generate", "--schema", dir], { cwd: ROOT, env: engineEnv(), stdio: ["ignore", "ignore", "inherit"] });
  console.log(`prisma client generated for ${provider}`);
}
