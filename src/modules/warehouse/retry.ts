import { AppError } from "@/server/errors";

// Transactions that lose a race at the database are tried again: deadlocks and serialisation
// failures on PostgreSQL, a busy file on SQLite (another connection holding the write lock
// past the busy timeout). Nothing else is retried. When the tries run out the request is
// refused as "busy, try again" (503 with Retry-After), never answered with a 500.

export const MAX_ATTEMPTS = 4;

export function isRetryable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; originalCode?: unknown } } | null;
  const codes = [e?.code, e?.cause?.code, e?.cause?.originalCode].map(String);
  if (codes.some((c) => ["P2034", "40P01", "40001", "SQLITE_BUSY"].includes(c))) return true;

  return typeof e?.message === "string" && /deadlock detected|could not serialize|database is locked|SQLITE_BUSY/i.test(e.message);
}

export async function withRetries<T>(work: () => Promise<T>, pause: (attempt: number) => Promise<void> = (attempt) => new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.floor(Math.random() * 10)))): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new AppError("unavailable", "database_busy", { details: { retryAfterSeconds: 1 } });
      await pause(attempt);
    }
  }
}
