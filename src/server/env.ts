import "server-only";
import { z } from "zod";

// The only reader of process.env in the app (Formbricks' lib/env.ts rule): every variable
// is validated once, lazily, so `next build` does not need production secrets.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./data/portal.db"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  FIELD_ENCRYPTION_KEY: z.string().min(40, "FIELD_ENCRYPTION_KEY must be base64 of 32 bytes"),
  LOOKUP_HASH_KEY: z.string().min(40, "LOOKUP_HASH_KEY must be base64 of 32 bytes"),
  STORAGE_DRIVER: z.enum(["local"]).default("local"),
  STORAGE_DIR: z.string().default("./data/uploads"),
  ALLOW_DEMO_ACCOUNTS: z.enum(["0", "1"]).optional(),
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment (see .env.example): ${problems}`);
  }
  cached = parsed.data;

  return cached;
}

/** Demo accounts (password known to everyone) are refused in production unless forced. */
export function demoAccountsAllowed(): boolean {
  const { NODE_ENV, ALLOW_DEMO_ACCOUNTS } = env();
  if (ALLOW_DEMO_ACCOUNTS) return ALLOW_DEMO_ACCOUNTS === "1";

  return NODE_ENV !== "production";
}

/** ASVS 3.4.1: Secure cookies in production; COOKIE_SECURE=false only for a plain-http LAN demo. */
export function secureCookies(): boolean {
  const { NODE_ENV, COOKIE_SECURE } = env();
  if (COOKIE_SECURE === "auto") return NODE_ENV === "production";

  return COOKIE_SECURE === "true";
}
