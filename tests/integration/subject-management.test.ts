// Applicants manage their own market subjects; officials browse their prefecture's subjects.
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { computeUsccCheckChar } from "@/modules/identity/domain/identifiers";
import { createSubject, getSubject, listAreaSubjects, listMyHistory, registerApplicant, updateSubject } from "@/modules/identity/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const MEITAN = "520328";

function uniquePhone(): string {
  return `136${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

function uniqueUscc(): string {
  const org = Array.from({ length: 9 }, () => "0123456789ABCDEFGHJKLMNPQRTUWXY"[randomInt(0, 31)]).join("");
  const first17 = `93${MEITAN}${org}`;

  return first17 + computeUsccCheckChar(first17);
}

async function newApplicant(): Promise<Actor> {
  const user = await registerApplicant({ phone: uniquePhone(), name: "主体管理", password: "Meitan-tea-garden-2026", countyCode: MEITAN }, { ip: "192.0.2.60", locale: "zh-CN" });

  return { userId: user.id, role: "applicant", name: user.name, countyCode: MEITAN, prefectureCode: null, stationId: null, actingFor: null, ip: "192.0.2.60" };
}

const subjectInput = () => ({ type: "cooperative", name: "湄潭县测试茶叶合作社", idKind: "uscc", idNumber: uniqueUscc(), countyCode: MEITAN, registeredOn: "2020-05-01", products: "绿茶、红茶" });

let official: Actor;
let foreignOfficial: Actor;

beforeAll(async () => {
  await seedDatabase(testDb());
  const zunyi = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000003" } });
  official = { userId: zunyi.id, role: "official", name: zunyi.name, countyCode: null, prefectureCode: "5203", stationId: null, actingFor: null, ip: "192.0.2.61" };
  foreignOfficial = { ...official, prefectureCode: "5226" };
});

describe("editing a market subject", () => {
  it("lets the owner change details, keeps the identifier, and audits before and after", async () => {
    const owner = await newApplicant();
    const subject = await createSubject(owner, subjectInput());
    const updated = await updateSubject(owner, subject.id, { type: "cooperative", name: "湄潭县新名字茶叶合作社", countyCode: MEITAN, registeredOn: "2020-05-02", products: "抹茶" });
    expect(updated).toMatchObject({ name: "湄潭县新名字茶叶合作社", registeredOn: "2020-05-02", products: ["抹茶"], idMasked: subject.idMasked });
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: subject.id, action: "subject.updated" } });
    expect(JSON.parse(event.before ?? "{}")).toMatchObject({ name: "湄潭县测试茶叶合作社" });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ name: "湄潭县新名字茶叶合作社" });
    expect((await listMyHistory(owner)).map((e) => e.action)).toContain("subject.updated");
  });

  it("answers not_found to another applicant and changes nothing", async () => {
    const owner = await newApplicant();
    const stranger = await newApplicant();
    const subject = await createSubject(owner, subjectInput());
    await expect(updateSubject(stranger, subject.id, { type: "enterprise", name: "抢占", countyCode: MEITAN, registeredOn: "2020-05-01", products: "茶" })).rejects.toMatchObject({ code: "not_found" });
    expect((await getSubject(owner, subject.id)).name).toBe("湄潭县测试茶叶合作社");
  });

  it("refuses a future registration date with a field error", async () => {
    const owner = await newApplicant();
    const subject = await createSubject(owner, subjectInput());
    await expect(updateSubject(owner, subject.id, { type: "cooperative", name: "湄潭县测试茶叶合作社", countyCode: MEITAN, registeredOn: "2999-01-01", products: "茶" })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { registeredOn: ["date_in_future"] },
    });
  });
});

describe("officials browsing their area", () => {
  it("lists only their prefecture's subjects, filtered by county, with masked identifiers", async () => {
    const all = await listAreaSubjects(official, {});
    expect(all.total).toBeGreaterThan(0);
    const meitan = await listAreaSubjects(official, { countyCode: MEITAN });
    expect(meitan.subjects.every((s) => s.countyCode === MEITAN)).toBe(true);
    expect(meitan.subjects.every((s) => s.idMasked.includes("*"))).toBe(true);
    const foreign = await listAreaSubjects(foreignOfficial, { countyCode: MEITAN });
    expect(foreign.total).toBe(0);
  });

  it("is refused to applicants", async () => {
    await expect(listAreaSubjects(await newApplicant(), {})).rejects.toMatchObject({ code: "forbidden" });
  });
});
