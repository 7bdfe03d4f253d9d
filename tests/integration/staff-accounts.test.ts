// Accounts after registration: anyone changes their own password (giving the current one,
// throttled like a login); an administrator opens, disables and re-keys staff-side accounts,
// never applicants', never their own — every change audited, never the password itself.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { authenticate, changeOwnPassword, createStaffAccount, listStaffAccounts, loadSessionUser, registerApplicant, resetStaffPassword, setStaffAccountDisabled } from "@/modules/identity/service";
import { assignWarehouseOperator, listOperatedWarehouses, listWarehouseOperators, removeWarehouseOperator } from "@/modules/warehouse/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const STAFF_PASSWORD = "Weining-apple-station-2026";

function uniquePhone(): string {
  return `137${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

/** A fresh client IP per call, so the per-IP login throttle of one test never trips another. */
function ip(): string {
  return `198.51.100.${randomInt(1, 250)}`;
}

async function actorFor(phone: string): Promise<Actor> {
  const row = await testDb().user.findUniqueOrThrow({ where: { phone } });

  return { userId: row.id, role: row.role as Actor["role"], name: row.name, countyCode: row.countyCode, prefectureCode: row.prefectureCode, stationId: row.stationId, actingFor: null, ip: "10.0.0.4" };
}

let admin: Actor;
let official: Actor;

beforeAll(async () => {
  await seedDatabase(testDb());
  admin = await actorFor("13800000004");
  official = await actorFor("13800000003");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("changing one's own password", () => {
  it("needs the current password, applies the policy, audits without the password, and the new one logs in", async () => {
    const phone = uniquePhone();
    const user = await registerApplicant({ phone, name: "龙果农", password: "Hezhang-kiwi-1", countyCode: "520527" }, { ip: ip(), locale: "zh-CN" });
    const me: Actor = { userId: user.id, role: "applicant", name: user.name, countyCode: user.countyCode, prefectureCode: null, stationId: null, actingFor: null, ip: "10.0.0.5" };
    const hashBefore = (await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;

    await expect(changeOwnPassword(me, { currentPassword: "wrong-one-1", newPassword: "Hezhang-kiwi-2", confirmPassword: "Hezhang-kiwi-2" }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { currentPassword: ["current_password_wrong"] } });
    await expect(changeOwnPassword(me, { currentPassword: "Hezhang-kiwi-1", newPassword: "Hezhang-kiwi-2", confirmPassword: "Hezhang-kiwi-3" }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { confirmPassword: ["password_mismatch"] } });
    await expect(changeOwnPassword(me, { currentPassword: "Hezhang-kiwi-1", newPassword: "12345678", confirmPassword: "12345678" }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { newPassword: ["password_common"] } });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hashBefore);

    const sessionBefore = Math.floor(Date.now() / 1000) - 60;
    expect(await loadSessionUser(user.id, sessionBefore)).not.toBeNull();
    const sameSecond = Math.floor(Date.now() / 1000);
    const reissued = await changeOwnPassword(me, { currentPassword: "Hezhang-kiwi-1", newPassword: "Hezhang-kiwi-2", confirmPassword: "Hezhang-kiwi-2" }, { ip: ip() });
    expect(reissued.user.id).toBe(user.id);
    // Sessions on other devices end, even one issued in the same second as the change; the
    // one issued for this device at `issuedAt` works.
    expect(await loadSessionUser(user.id, sessionBefore)).toBeNull();
    expect(await loadSessionUser(user.id, sameSecond)).toBeNull();
    expect(await loadSessionUser(user.id, reissued.issuedAt)).not.toBeNull();
    await expect(authenticate({ phone, password: "Hezhang-kiwi-1" }, { ip: ip() })).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await authenticate({ phone, password: "Hezhang-kiwi-2" }, { ip: ip() })).id).toBe(user.id);
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "user.password_changed" } });
    expect(JSON.stringify(event)).not.toContain("Hezhang-kiwi");
  });

  it("counts wrong current passwords as failed logins and stops guessing after five", async () => {
    const phone = uniquePhone();
    const user = await registerApplicant({ phone, name: "吴茶农", password: "Fenggang-tea-1", countyCode: "520327" }, { ip: ip(), locale: "zh-CN" });
    const me: Actor = { userId: user.id, role: "applicant", name: user.name, countyCode: user.countyCode, prefectureCode: null, stationId: null, actingFor: null, ip: "10.0.0.6" };
    for (let i = 0; i < 5; i += 1) {
      await expect(changeOwnPassword(me, { currentPassword: `guess-${i}-xyz`, newPassword: "Fenggang-tea-2", confirmPassword: "Fenggang-tea-2" }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { currentPassword: ["current_password_wrong"] } });
    }
    await expect(changeOwnPassword(me, { currentPassword: "Fenggang-tea-1", newPassword: "Fenggang-tea-2", confirmPassword: "Fenggang-tea-2" }, { ip: ip() })).rejects.toMatchObject({ code: "rate_limited" });
  });
});

describe("staff accounts run by an administrator", () => {
  it("opens a station-staff account in the station's county, audited, with the privileged password policy", async () => {
    const station = await testDb().serviceStation.findFirstOrThrow({ where: { countyCode: "520526" } });
    const phone = uniquePhone();
    await expect(createStaffAccount(admin, { role: "station_staff", name: "杨服务", phone, password: "short-pass", stationId: station.id }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { password: ["password_too_short"] } });
    await expect(createStaffAccount(admin, { role: "station_staff", name: "杨服务", phone, password: STAFF_PASSWORD }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { stationId: ["station_required"] } });
    await expect(createStaffAccount(admin, { role: "official", name: "杨服务", phone, password: STAFF_PASSWORD, prefectureCode: "5299" }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { prefectureCode: ["prefecture_required"] } });
    await expect(createStaffAccount(admin, { role: "applicant", name: "杨服务", phone, password: STAFF_PASSWORD }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { role: ["account_role_required"] } });
    expect(await testDb().user.count({ where: { phone } })).toBe(0);

    const created = await createStaffAccount(admin, { role: "station_staff", name: "杨服务", phone, password: STAFF_PASSWORD, stationId: station.id }, { ip: ip() });
    expect(created).toMatchObject({ role: "station_staff", countyCode: "520526", prefectureCode: null, disabled: false });
    expect(created.phoneMasked).not.toBe(phone);
    const session = await authenticate({ phone, password: STAFF_PASSWORD }, { ip: ip() });
    expect(session).toMatchObject({ role: "station_staff", stationId: station.id, countyCode: "520526" });
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: created.id, action: "user.account_created" } });
    expect(event.actorId).toBe(admin.userId);
    expect(JSON.stringify(event)).not.toContain(STAFF_PASSWORD);
    await expect(createStaffAccount(admin, { role: "official", name: "另一人", phone, password: STAFF_PASSWORD, prefectureCode: "5203" }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { phone: ["phone_taken"] } });
  });

  it("refuses everyone but administrators", async () => {
    await expect(listStaffAccounts(official)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createStaffAccount(official, { role: "official", name: "冒充", phone: uniquePhone(), password: STAFF_PASSWORD, prefectureCode: "5203" }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("disables an account so its session ends, re-enables it, and never touches applicants or itself", async () => {
    const phone = uniquePhone();
    const created = await createStaffAccount(admin, { role: "official", name: "周审核", phone, password: STAFF_PASSWORD, prefectureCode: "5203" }, { ip: ip() });
    expect(await loadSessionUser(created.id)).not.toBeNull();
    await setStaffAccountDisabled(admin, created.id, true, { ip: ip() });
    expect(await loadSessionUser(created.id)).toBeNull();
    await expect(authenticate({ phone, password: STAFF_PASSWORD }, { ip: ip() })).rejects.toMatchObject({ code: "unauthenticated" });
    await setStaffAccountDisabled(admin, created.id, false, { ip: ip() });
    expect(await loadSessionUser(created.id)).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { targetId: created.id, action: { in: ["user.disabled", "user.enabled"] } } })).toBe(2);

    const applicant = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000001" } });
    await expect(setStaffAccountDisabled(admin, applicant.id, true, { ip: ip() })).rejects.toMatchObject({ code: "not_found" });
    await expect(resetStaffPassword(admin, applicant.id, { password: STAFF_PASSWORD }, { ip: ip() })).rejects.toMatchObject({ code: "not_found" });
    await expect(setStaffAccountDisabled(admin, admin.userId, true, { ip: ip() })).rejects.toMatchObject({ code: "conflict", message: "cannot_disable_self" });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: applicant.id } })).disabledAt).toBeNull();
  });

  it("resets a staff password under the policy; the old one stops working", async () => {
    const phone = uniquePhone();
    const created = await createStaffAccount(admin, { role: "administrator", name: "郑管理", phone, password: STAFF_PASSWORD }, { ip: ip() });
    await expect(resetStaffPassword(admin, created.id, { password: "password1234" }, { ip: ip() })).rejects.toMatchObject({ fieldErrors: { password: ["password_common"] } });
    const sessionBefore = Math.floor(Date.now() / 1000) - 60;
    await resetStaffPassword(admin, created.id, { password: "Guiyang-bureau-key-77" }, { ip: ip() });
    expect(await loadSessionUser(created.id, sessionBefore)).toBeNull();
    await expect(authenticate({ phone, password: STAFF_PASSWORD }, { ip: ip() })).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await authenticate({ phone, password: "Guiyang-bureau-key-77" }, { ip: ip() })).role).toBe("administrator");
    expect(await testDb().auditEvent.count({ where: { targetId: created.id, action: "user.password_reset", actorId: admin.userId } })).toBe(1);
  });
});

describe("warehouse operators", () => {
  it("an administrator opens an operator account, gives it a warehouse by phone and takes it away, audited", async () => {
    const phone = uniquePhone();
    const created = await createStaffAccount(admin, { role: "warehouse_operator", name: "黎仓管", phone, password: STAFF_PASSWORD }, { ip: ip() });
    expect(created).toMatchObject({ role: "warehouse_operator", countyCode: null, prefectureCode: null });
    const operator: Actor = { userId: created.id, role: "warehouse_operator", name: created.name, countyCode: null, prefectureCode: null, stationId: null, actingFor: null, ip: "10.0.0.8" };
    expect(await listOperatedWarehouses(operator)).toEqual([]);

    await expect(assignWarehouseOperator(admin, "BKK", { phone: "13800000001" })).rejects.toMatchObject({ fieldErrors: { phone: ["operator_not_found"] } });
    await expect(assignWarehouseOperator(admin, "BKK", { phone: "12345" })).rejects.toMatchObject({ fieldErrors: { phone: ["phone_invalid"] } });
    await expect(assignWarehouseOperator(operator, "BKK", { phone })).rejects.toMatchObject({ code: "forbidden" });
    expect(await assignWarehouseOperator(admin, "BKK", { phone })).toEqual({ name: "黎仓管" });
    await assignWarehouseOperator(admin, "BKK", { phone });
    expect((await listOperatedWarehouses(operator)).map((w) => w.code)).toEqual(["BKK"]);
    expect((await listWarehouseOperators(admin, "BKK")).filter((o) => o.userId === created.id)).toHaveLength(1);
    expect((await listWarehouseOperators(admin, "BKK")).find((o) => o.userId === created.id)?.phoneMasked).not.toBe(phone);

    await removeWarehouseOperator(admin, "BKK", created.id);
    expect(await listOperatedWarehouses(operator)).toEqual([]);
    await expect(removeWarehouseOperator(admin, "BKK", created.id)).rejects.toMatchObject({ code: "not_found" });
    const actions = (await testDb().auditEvent.findMany({ where: { actorId: admin.userId, action: { in: ["warehouse.operator.assigned", "warehouse.operator.removed"] }, OR: [{ after: { contains: created.id } }, { before: { contains: created.id } }] } })).map((e) => e.action);
    expect(actions.sort()).toEqual(["warehouse.operator.assigned", "warehouse.operator.removed"]);
  });
});
