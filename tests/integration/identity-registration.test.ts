// Registration against a real database (SQLite, or PostgreSQL when DATABASE_URL says so):
// argon2id hashes, duplicate phones, the password policy, unknown counties, refusals that
// write nothing, and station staff registering an applicant who has no phone.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { registerApplicant, registerApplicantForStation } from "@/modules/identity/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const MEITAN = "520328";
const GOOD_PASSWORD = "Meitan-green-tea-2026!";
const context = { ip: "198.51.100.7", locale: "zh-CN" };

/** A mobile number no other test (or run) uses: 139 + 8 random digits. */
function uniquePhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

async function counts() {
  const client = testDb();
  const [users, audits] = await Promise.all([client.user.count(), client.auditEvent.count()]);

  return { users, audits };
}

let staff: Actor;

beforeAll(async () => {
  await seedDatabase(testDb());
  const row = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000002" } });
  staff = { userId: row.id, role: "station_staff", name: row.name, countyCode: row.countyCode, prefectureCode: row.prefectureCode, stationId: row.stationId, actingFor: null, ip: "10.1.2.3" };
});

afterAll(async () => {
  await db.$disconnect();
});

describe("registerApplicant", () => {
  it("creates an applicant with an argon2id hash and an audit row", async () => {
    const phone = uniquePhone();
    const user = await registerApplicant({ phone, name: "田新农", password: GOOD_PASSWORD, countyCode: MEITAN }, context);
    expect(user).toMatchObject({ role: "applicant", countyCode: MEITAN, name: "田新农", locale: "zh-CN" });

    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.phone).toBe(phone);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(GOOD_PASSWORD);
    expect(row.registeredByUserId).toBeNull();

    const audit = await testDb().auditEvent.findMany({ where: { targetType: "user", targetId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.registered", actorId: user.id, onBehalfOfId: null, ip: context.ip });
  });

  it("trims the phone number before storing it", async () => {
    const phone = uniquePhone();
    const user = await registerApplicant({ phone: `  ${phone} `, name: "杨茶", password: GOOD_PASSWORD, countyCode: MEITAN }, context);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe(phone);
  });

  it("refuses a phone number that is already registered, and writes nothing", async () => {
    const phone = uniquePhone();
    await registerApplicant({ phone, name: "第一位", password: GOOD_PASSWORD, countyCode: MEITAN }, context);
    const before = await counts();
    await expect(registerApplicant({ phone, name: "第二位", password: "Another-long-passphrase-9", countyCode: MEITAN }, context)).rejects.toMatchObject({
      name: "AppError",
      code: "validation_failed",
      fieldErrors: { phone: ["phone_taken"] },
    });
    expect(await counts()).toEqual(before);
  });

  const refusals: { label: string; input: Record<string, string>; field: string; key: string }[] = [
    { label: "a common password", input: { password: "password123" }, field: "password", key: "password_common" },
    { label: "a short password", input: { password: "Ab3$x" }, field: "password", key: "password_too_short" },
    { label: "a password containing the phone number", input: { password: "PHONE-Qkt" }, field: "password", key: "password_contains_personal" },
    { label: "a malformed phone number", input: { phone: "12345" }, field: "phone", key: "phone_invalid" },
    { label: "a landline-shaped phone number", input: { phone: "02312345678" }, field: "phone", key: "phone_invalid" },
    { label: "an unknown county (well-formed code)", input: { countyCode: "529999" }, field: "countyCode", key: "county_required" },
    { label: "a county code outside Guizhou", input: { countyCode: "110101" }, field: "countyCode", key: "county_required" },
  ];

  for (const { label, input, field, key } of refusals) {
    it(`refuses ${label}, and writes nothing`, async () => {
      const phone = uniquePhone();
      const data = { phone, name: "拒绝测试", password: GOOD_PASSWORD, countyCode: MEITAN, ...input };
      if (data.password.includes("PHONE")) data.password = data.password.replace("PHONE", phone);
      const before = await counts();
      const error = await registerApplicant(data, context).then(
        () => undefined,
        (e: unknown) => e as { code?: string; fieldErrors?: Record<string, string[]> },
      );
      expect(error, "registration succeeded").toBeDefined();
      expect(error?.code).toBe("validation_failed");
      expect(error?.fieldErrors?.[field]).toContain(key);
      expect(await counts()).toEqual(before);
      expect(await testDb().user.findUnique({ where: { phone } })).toBeNull();
    });
  }
});

describe("registerApplicantForStation", () => {
  it("registers an applicant without a phone, owned by the staff's county, audited as staff on behalf of the new user", async () => {
    const user = await registerApplicantForStation(staff, { name: "龙奶奶", phone: "   " });
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ phone: null, passwordHash: null, role: "applicant", countyCode: MEITAN, registeredByUserId: staff.userId });

    const audit = await testDb().auditEvent.findMany({ where: { targetType: "user", targetId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.registered_by_station", actorId: staff.userId, onBehalfOfId: user.id, ip: staff.ip });
  });

  it("refuses a phone number that is already taken", async () => {
    const phone = uniquePhone();
    await registerApplicant({ phone, name: "已注册", password: GOOD_PASSWORD, countyCode: MEITAN }, context);
    const before = await counts();
    await expect(registerApplicantForStation(staff, { name: "重复", phone })).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { phone: ["phone_taken"] } });
    expect(await counts()).toEqual(before);
  });

  it("is refused to an applicant", async () => {
    const applicant = await registerApplicant({ phone: uniquePhone(), name: "普通用户", password: GOOD_PASSWORD, countyCode: MEITAN }, context);
    const actor: Actor = { userId: applicant.id, role: "applicant", name: applicant.name, countyCode: MEITAN, prefectureCode: null, stationId: null, actingFor: null, ip: "10.9.9.9" };
    await expect(registerApplicantForStation(actor, { name: "冒名" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
