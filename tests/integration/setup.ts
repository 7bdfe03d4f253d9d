// setupFiles of the "integration" project: runs in each test file's worker before the file
// is imported, so the app's modules (src/server/env.ts, src/server/db.ts) see the run's
// database and fixed test keys. Nothing from the app may be imported statically here:
// imports are hoisted above the assignments below. (support/db.ts closes its client
// after each file itself.)
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-nextauth-secret-0123456789abcdef";
// base64 of 32 fixed bytes each; tests only.
process.env.FIELD_ENCRYPTION_KEY ??= Buffer.alloc(32, 0x11).toString("base64");
process.env.LOOKUP_HASH_KEY ??= Buffer.alloc(32, 0x22).toString("base64");
process.env.STORAGE_DRIVER = "local";
process.env.STORAGE_DIR = inject("storageDir");
