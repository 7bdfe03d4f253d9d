import { describe, expect, it } from "vitest";
import { isAppError } from "@/server/errors";
import { MAX_ATTEMPTS, isRetryable, withRetries } from "./retry";

const busy = () => Object.assign(new Error("SqliteError: database is locked"), { code: "P1008", cause: { originalCode: "SQLITE_BUSY" } });
const noPause = async () => undefined;

describe("retrying a transaction that lost a race", () => {
  it("recognises deadlocks, serialisation failures and a busy SQLite file, nothing else", () => {
    expect(isRetryable(busy())).toBe(true);
    expect(isRetryable({ code: "P2034" })).toBe(true);
    expect(isRetryable(new Error("deadlock detected"))).toBe(true);
    expect(isRetryable({ cause: { code: "40001" } })).toBe(true);
    expect(isRetryable(new Error("unique constraint failed"))).toBe(false);
    expect(isRetryable(null)).toBe(false);
  });

  it("succeeds on a later try", async () => {
    let calls = 0;
    expect(await withRetries(async () => (++calls < 3 ? Promise.reject(busy()) : "booked"), noPause)).toBe("booked");
    expect(calls).toBe(3);
  });

  it("refuses as busy (503, retry after a second) when the tries run out", async () => {
    let calls = 0;
    const error = await withRetries(() => {
      calls += 1;
      return Promise.reject(busy());
    }, noPause).catch((e: unknown) => e);
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(isAppError(error) && [error.status, error.message, error.details]).toEqual([503, "database_busy", { retryAfterSeconds: 1 }]);
  });

  it("passes any other failure through at once", async () => {
    let calls = 0;
    await expect(withRetries(() => {
      calls += 1;
      return Promise.reject(new Error("boom"));
    }, noPause)).rejects.toThrow("boom");
    expect(calls).toBe(1);
  });
});
