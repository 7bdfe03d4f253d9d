// Login throttling kept in the database (LoginAttempt): 5 failures per account or per IP
// within 15 minutes lock further attempts — the right password included — until the
// window has passed. Attempts are stored under an HMAC of the phone, never the number.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupHash } from "@/server/crypto";
import { db } from "@/server/db";
import { lookupHashKey } from "@/server/keys";
import { authenticate, registerApplicant, registerApplicantForStation } from "@/modules/identity/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const MEITAN = "520328";
const PASSWORD = "Longfeng-village-tea-88";
const WRONG = "not-the-password-at-all";
const MINUTE = 60_000;

/** Every phone number this file has used, registered or not. */
const phonesUsed = new Set<string>();
function uniquePhone(): string {
  const phone = `137${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
  phonesUsed.add(phone);
  return phone;
}

// A random /16 per run file, a fresh address per call: no two tests share an IP.
const ipPrefix = `10.${randomInt(0, 256)}`;
let ipCounter = 0;
function freshIp(): string {
  ipCounter += 1;
  return `${ipPrefix}.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

async function registered(): Promise<{ id: string; phone: string }> {
  const phone = uniquePhone();
  const user = await registerApplicant({ phone, name: "限流测试", password: PASSWORD, countyCode: MEITAN }, { ip: freshIp(), locale: "zh-CN" });

  return { id: user.id, phone };
}

/** The AppError an authenticate() call fails with (fails the test if it succeeds). */
async function failure(promise: Promise<unknown>): Promise<{ code?: string; message?: string; details?: Record<string, unknown> }> {
  return promise.then(
    () => expect.unreachable("authenticate succeeded"),
    (e: unknown) => e as { code?: string; message?: string; details?: Record<string, unknown> },
  );
}

beforeAll(async () => {
  await seedDatabase(testDb());
});

afterAll(async () => {
  await db.$disconnect();
});

describe("authenticate", () => {
  it("accepts the right password, records a successful attempt and audits the login", async () => {
    const user = await registered();
    const ip = freshIp();
    const session = await authenticate({ phone: user.phone, password: PASSWORD }, { ip });
    expect(session).toMatchObject({ id: user.id, role: "applicant", countyCode: MEITAN });

    const attempts = await testDb().loginAttempt.findMany({ where: { ip } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ succeeded: true, accountKey: lookupHash(user.phone, lookupHashKey()) });
    const audit = await testDb().auditEvent.findMany({ where: { action: "auth.login", targetId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, ip });
  });

  it("refuses a wrong password and an unknown phone alike", async () => {
    const user = await registered();
    expect(await failure(authenticate({ phone: user.phone, password: WRONG }, { ip: freshIp() }))).toMatchObject({ code: "unauthenticated", message: "invalid_credentials" });
    expect(await failure(authenticate({ phone: uniquePhone(), password: WRONG }, { ip: freshIp() }))).toMatchObject({ code: "unauthenticated", message: "invalid_credentials" });
  });

  it("refuses an applicant registered by a station (no password)", async () => {
    const phone = uniquePhone();
    const staff = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000002" } });
    await registerApplicantForStation(
      { userId: staff.id, role: "station_staff", name: staff.name, countyCode: staff.countyCode, prefectureCode: null, stationId: staff.stationId, actingFor: null, ip: freshIp() },
      { name: "无密码", phone },
    );
    expect(await failure(authenticate({ phone, password: WRONG }, { ip: freshIp() }))).toMatchObject({ code: "unauthenticated" });
  });
});

describe("throttling per account", () => {
  it("locks the account after 5 failures (even for the right password, from any IP) and lets it in 16 minutes later", async () => {
    const user = await registered();
    // Each failure from a different IP, so only the account rule can be what locks.
    for (let i = 0; i < 5; i += 1) {
      expect(await failure(authenticate({ phone: user.phone, password: WRONG }, { ip: freshIp() }))).toMatchObject({ code: "unauthenticated" });
    }

    const locked = await failure(authenticate({ phone: user.phone, password: PASSWORD }, { ip: freshIp() }));
    expect(locked.code).toBe("rate_limited");
    const retryAfter = locked.details?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // A refused (throttled) attempt is not recorded and does not extend the lock.
    const later = new Date(Date.now() + 16 * MINUTE);
    const session = await authenticate({ phone: user.phone, password: PASSWORD }, { ip: freshIp(), now: later });
    expect(session.id).toBe(user.id);
  });

  it("still counts only the last 15 minutes: 4 failures do not lock", async () => {
    const user = await registered();
    for (let i = 0; i < 4; i += 1) await failure(authenticate({ phone: user.phone, password: WRONG }, { ip: freshIp() }));
    expect((await authenticate({ phone: user.phone, password: PASSWORD }, { ip: freshIp() })).id).toBe(user.id);
  });
});

describe("throttling per IP", () => {
  it("locks an IP that failed against 5 different accounts; another IP and account still work", async () => {
    const sprayer = freshIp();
    const victims = await Promise.all([registered(), registered(), registered(), registered(), registered()]);
    for (const victim of victims) {
      expect(await failure(authenticate({ phone: victim.phone, password: WRONG }, { ip: sprayer }))).toMatchObject({ code: "unauthenticated" });
    }

    // The 6th attempt from that IP, against a sixth account with its right password.
    const sixth = await registered();
    const locked = await failure(authenticate({ phone: sixth.phone, password: PASSWORD }, { ip: sprayer }));
    expect(locked.code).toBe("rate_limited");
    expect(locked.details?.retryAfterSeconds as number).toBeGreaterThan(0);

    // The accounts themselves are not locked (one failure each), and other IPs are unaffected.
    expect((await authenticate({ phone: sixth.phone, password: PASSWORD }, { ip: freshIp() })).id).toBe(sixth.id);
    expect((await authenticate({ phone: victims[0]!.phone, password: PASSWORD }, { ip: freshIp() })).id).toBe(victims[0]!.id);

    // 16 minutes on, the IP is let in again.
    const later = new Date(Date.now() + 16 * MINUTE);
    expect((await authenticate({ phone: sixth.phone, password: PASSWORD }, { ip: sprayer, now: later })).id).toBe(sixth.id);
  });
});

describe("what is stored", () => {
  it("keys attempts by an HMAC of the phone: no LoginAttempt row contains a phone number", async () => {
    const user = await registered();
    const ip = freshIp();
    await failure(authenticate({ phone: user.phone, password: WRONG }, { ip }));
    await authenticate({ phone: user.phone, password: PASSWORD }, { ip });

    const mine = await testDb().loginAttempt.findMany({ where: { ip } });
    expect(mine.map((a) => a.succeeded).sort()).toEqual([false, true]);
    for (const attempt of mine) {
      expect(attempt.accountKey).toBe(lookupHash(user.phone, lookupHashKey()));
      expect(attempt.accountKey).not.toContain(user.phone);
    }

    const all = await testDb().loginAttempt.findMany();
    const users = await testDb().user.findMany({ where: { phone: { not: null } }, select: { phone: true } });
    expect(all.length).toBeGreaterThan(0);
    for (const attempt of all) {
      const text = JSON.stringify(attempt);
      expect(text).not.toContain(user.phone);
      // (An 11-digit run can occur inside a hex digest by chance, so compare with the real numbers.)
      for (const phone of [...phonesUsed, ...users.map((u) => u.phone!)]) expect(text).not.toContain(phone);
    }
  });
});
