// One process, one SQLite connection: while an interactive transaction is open, a query from
// another request must neither see its uncommitted rows nor join it (and vanish with its
// rollback). On PostgreSQL each query has its own pooled connection; the same holds there.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "./support/db";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function marker(): string {
  return `isolation-${randomBytes(6).toString("hex")}`;
}

/** A transaction that writes one row, signals, waits 50 ms, then writes another or fails. */
function openTransaction(key: string, ending: "commit" | "rollback"): { midway: Promise<void>; done: Promise<unknown> } {
  let reached!: () => void;
  const midway = new Promise<void>((resolve) => (reached = resolve));
  const done = testDb().$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { accountKey: key, ip: "192.0.2.1", succeeded: false } });
    reached();
    await sleep(50);
    if (ending === "rollback") throw new Error("refused after the other request wrote");
    await tx.loginAttempt.create({ data: { accountKey: key, ip: "192.0.2.2", succeeded: false } });
  });

  return { midway, done };
}

describe("queries from another request while a transaction is open", () => {
  it("do not see its uncommitted rows", async () => {
    const key = marker();
    const transaction = openTransaction(key, "commit");
    await transaction.midway;
    const seen = await testDb().loginAttempt.count({ where: { accountKey: key } });
    await transaction.done;
    expect(seen).not.toBe(1);
    expect(await testDb().loginAttempt.count({ where: { accountKey: key } })).toBe(2);
  });

  it("are not lost when that transaction rolls back", async () => {
    const inside = marker();
    const outside = marker();
    const transaction = openTransaction(inside, "rollback");
    await transaction.midway;
    // A plain statement with no implicit transaction of its own, as raw repository writes are.
    await testDb().$executeRaw`INSERT INTO "LoginAttempt" ("accountKey", "ip", "succeeded", "at") VALUES (${outside}, '192.0.2.4', ${true}, ${new Date()})`;
    await expect(transaction.done).rejects.toThrow("refused after the other request wrote");
    expect(await testDb().loginAttempt.count({ where: { accountKey: inside } })).toBe(0);
    expect(await testDb().loginAttempt.count({ where: { accountKey: outside } })).toBe(1);
  });

  it("still run inside the transaction when made from its own callback", async () => {
    const key = marker();
    const counted = await testDb().$transaction(async (tx) => {
      await tx.loginAttempt.create({ data: { accountKey: key, ip: "192.0.2.5", succeeded: false } });

      return testDb().loginAttempt.count({ where: { accountKey: key } });
    });
    // SQLite: the one connection is inside the transaction (1); PostgreSQL: another connection (0).
    expect([0, 1]).toContain(counted);
  });
});
