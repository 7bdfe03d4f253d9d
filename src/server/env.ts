import "server-only";
import { z } from "zod";

// The only reader of process.env in the app (Formbricks' lib/env.ts rule): every variable
// is validated once, lazily, so `next build` does not need production secrets.

// `S3_PREFIX=` in a .env file means "not set", not "an empty prefix that must validate".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const S3_REQUIRED = ["S3_ENDPOINT", "S3_REGION", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

const ZEnvObject = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./data/portal.db"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  FIELD_ENCRYPTION_KEY: z.string().min(40, "FIELD_ENCRYPTION_KEY must be base64 of 32 bytes"),
  LOOKUP_HASH_KEY: z.string().min(40, "LOOKUP_HASH_KEY must be base64 of 32 bytes"),
  STORAGE_DRIVER: z.enum(["local", "s3"], "STORAGE_DRIVER must be local or s3").default("local"),
  STORAGE_DIR: z.string().default("./data/uploads"),
  // Messages below never echo the value: these variables carry keys and secrets.
  S3_ENDPOINT: optional(
    z
      .url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s) URL, e.g. https://s3.oss-cn-chengdu.aliyuncs.com" })
      .refine((value) => {
        // Refinements run after a failed format check too: leave an unparsable value to the message above.
        if (!URL.canParse(value)) return true;
        const url = new URL(value);

        return !url.username && !url.password && !url.search && !url.hash;
      }, "S3_ENDPOINT must not carry credentials, a query or a fragment (use S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY)"),
  ),
  S3_REGION: optional(z.string().regex(/^[a-z0-9-]+$/, "S3_REGION must look like us-east-1 or cn-chengdu")),
  // S3's bucket naming rules (3–63 lower-case letters, digits, dots and hyphens).
  S3_BUCKET: optional(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a valid bucket name")),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  // MinIO and most self-hosted stores want http://host/bucket/key; Aliyun OSS and AWS
  // virtual-hosted buckets want http://bucket.host/key (set false).
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0"], "S3_FORCE_PATH_STYLE must be true or false").default("true"),
  S3_PREFIX: optional(z.string().regex(/^\/*[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\/*$/, "S3_PREFIX must be path segments of letters, digits, _ and -, e.g. qkt/uploads")),
  ALLOW_DEMO_ACCOUNTS: z.enum(["0", "1"]).optional(),
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
});

export type TS3Settings = { endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean; prefix: string };

// The S3 settings are checked together, once the driver is known, and handed to the
// storage as one typed value (null for the local driver).
const ZEnv = ZEnvObject.transform((raw, ctx): z.output<typeof ZEnvObject> & { s3: TS3Settings | null } => {
  if (raw.STORAGE_DRIVER !== "s3") return { ...raw, s3: null };
  const missing = S3_REQUIRED.filter((name) => !raw[name]);
  for (const name of missing) ctx.issues.push({ code: "custom", path: [name], message: "required when STORAGE_DRIVER=s3", input: undefined });
  const { S3_ENDPOINT: endpoint, S3_REGION: region, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = raw;
  if (!endpoint || !region || !bucket || !accessKeyId || !secretAccessKey) return z.NEVER;
  const forcePathStyle = raw.S3_FORCE_PATH_STYLE === "true" || raw.S3_FORCE_PATH_STYLE === "1";
  const prefix = (raw.S3_PREFIX ?? "").replace(/^\/+|\/+$/g, "");

  return { ...raw, s3: { endpoint, region, bucket, accessKeyId, secretAccessKey, forcePathStyle, prefix } };
});

export type TEnv = z.infer<typeof ZEnv>;

/** Validates a set of variables; the error names each bad variable and never its value. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment (see .env.example): ${problems}`);
  }

  return parsed.data;
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);

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
