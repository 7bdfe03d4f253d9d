// A booking process for tests/integration/warehouse-faults.test.ts to kill with SIGKILL.
// Run as `node --conditions=react-server --import tsx` (one process, so SIGKILL ends it); DATABASE_URL and the app's keys come from the
// parent's environment, the job from QKT_CHILD_JOB (JSON):
//   { mode: "pause", actor, code, input, key } — one booking through the app's service that
//     stops at its audit statement (the last one before COMMIT: days reserved, booking and
//     idempotency key written) and prints "paused";
//   { mode: "burst", actor, code, input } — books input's range shifted by 0–9 days, again
//     and again, printing each answer's status, until killed.
import { bookStorage } from "@/modules/warehouse/service";
import type { Actor } from "@/server/actor";
import { createDb, dbProvider } from "@/server/db";

type Job = { mode: "pause" | "burst"; actor: Actor; code: string; input: { subjectId: string; from: string; to: string; volumeM3: string; cold: boolean }; key?: string };

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isAuditStatement(args: unknown): boolean {
  const strings = (args as { strings?: readonly string[] } | null)?.strings;
  return Array.isArray(strings) && /"AuditEvent"|"audit_append"/.test(strings.join("?"));
}

async function main(): Promise<void> {
  const job = JSON.parse(process.env.QKT_CHILD_JOB ?? "{}") as Job;
  const url = process.env.DATABASE_URL!;
  const base = createDb(url);
  const client =
    job.mode === "pause"
      ? base.$extends({
          query: {
            async $allOperations({ args, query }) {
              if (isAuditStatement(args)) {
                process.stdout.write("paused\n");
                await new Promise(() => undefined); // until killed
              }
              return query(args);
            },
          },
        })
      : base;
  // The service's db() is this client (src/server/db.ts caches the process's client here).
  (globalThis as { qktDb?: unknown }).qktDb = { url, provider: dbProvider(), client };
  if (job.mode === "pause") {
    await bookStorage(job.actor, job.code, job.input, { idempotencyKey: job.key });
    process.stdout.write("committed\n");
    return;
  }
  for (let i = 0; ; i += 1) {
    const shift = i % 10;
    const result = await bookStorage(job.actor, job.code, { ...job.input, from: addDays(job.input.from, shift), to: addDays(job.input.to, shift) });
    process.stdout.write(`${result.status}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
