import "server-only";
import { sha256Hex } from "./crypto";
import { db } from "./db";
import { AppError, isUniqueViolation } from "./errors";

// Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header): a retried POST with the
// same key replays the first answer instead of doing the work twice. Keys live in the
// database so any app instance can replay them (DESIGN.md: no state in process memory).

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;
const TTL_MS = 24 * 60 * 60 * 1000;
const IN_PROGRESS = 0;

export async function withIdempotency(request: Request, userId: string, scope: string, body: unknown, run: () => Promise<{ status: number; body: unknown }>): Promise<Response> {
  const header = request.headers.get("idempotency-key");
  if (header === null) {
    const result = await run();

    return Response.json(result.body, { status: result.status });
  }
  if (!KEY_PATTERN.test(header)) throw new AppError("bad_request", "idempotency_key_invalid");
  const key = sha256Hex(`${userId}\u0000${scope}\u0000${header}`);
  const requestHash = sha256Hex(JSON.stringify(body ?? null));
  try {
    await db().idempotencyKey.create({ data: { key, userId, scope, requestHash, status: IN_PROGRESS, responseBody: "", expiresAt: new Date(Date.now() + TTL_MS) }, select: { key: true } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await db().idempotencyKey.findUnique({ where: { userId_key: { userId, key } }, select: { requestHash: true, status: true, responseBody: true } });
    if (!stored) throw new AppError("conflict", "idempotency_key_in_use");
    if (stored.requestHash !== requestHash) throw new AppError("validation_failed", "idempotency_key_reused");
    if (stored.status === IN_PROGRESS) throw new AppError("conflict", "idempotency_key_in_use");

    return new Response(stored.responseBody, { status: stored.status, headers: { "content-type": "application/json", "idempotent-replayed": "true" } });
  }
  try {
    const result = await run();
    const text = JSON.stringify(result.body);
    await db().idempotencyKey.update({ where: { userId_key: { userId, key } }, data: { status: result.status, responseBody: text }, select: { key: true } });

    return new Response(text, { status: result.status, headers: { "content-type": "application/json" } });
  } catch (error) {
    // A failed attempt frees the key: the client may retry it once the problem is fixed.
    await db().idempotencyKey.delete({ where: { userId_key: { userId, key } } }).catch(() => undefined);
    throw error;
  }
}
