// prisma/seed.ts against a real database: idempotent (a second run changes no counts and
// writes no audit row), Guizhou's 9 prefectures and 88 counties with a county centre each,
// and the demo users as DEMO_USERS describes them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptField, parseKey } from "@/server/crypto";
import { db } from "@/server/db";
import { authenticate } from "@/modules/identity/service";
import { DEMO_PASSWORD, DEMO_USERS, seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

async function counts() {
  const client = testDb();
  const [prefectures, counties, stations, countyCentres, users, demoUsers, subjects, delegations, auditEvents, seedAudits] = await Promise.all([
    client.prefecture.count(),
    client.county.count(),
    client.serviceStation.count(),
    client.serviceStation.count({ where: { kind: "county_centre" } }),
    client.user.count(),
    client.user.count({ where: { isDemo: true } }),
    client.marketSubject.count(),
    client.delegation.count(),
    client.auditEvent.count(),
    client.auditEvent.count({ where: { action: "seed.applied" } }),
  ]);

  return { prefectures, counties, stations, countyCentres, users, demoUsers, subjects, delegations, auditEvents, seedAudits };
}

let first: Awaited<ReturnType<typeof counts>>;

beforeAll(async () => {
  await seedDatabase(testDb());
  first = await counts();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("seedDatabase", () => {
  it("is idempotent: a second run creates nothing and changes no count", async () => {
    const result = await seedDatabase(testDb());
    expect(result).toEqual({ subjectsCreated: 0 });
    expect(await counts()).toEqual(first);
  });

  it("has Guizhou's 9 prefectures and 88 counties", async () => {
    expect(first.prefectures).toBe(9);
    expect(first.counties).toBe(88);
    const counties = await testDb().county.findMany({ select: { code: true, prefectureCode: true, nameZh: true, nameEn: true } });
    for (const county of counties) {
      expect(county.code).toMatch(/^52\d{4}$/);
      expect(county.code.startsWith(county.prefectureCode)).toBe(true);
      expect(county.nameZh.length).toBeGreaterThan(0);
      expect(county.nameEn.length).toBeGreaterThan(0);
    }
    expect(new Set(counties.map((c) => c.prefectureCode)).size).toBe(9);
  });

  it("gives every county a county centre", async () => {
    const counties = await testDb().county.findMany({ select: { code: true } });
    const centres = await testDb().serviceStation.findMany({ where: { kind: "county_centre" }, select: { id: true, countyCode: true } });
    expect(centres).toHaveLength(88);
    expect(new Set(centres.map((c) => c.countyCode))).toEqual(new Set(counties.map((c) => c.code)));
    for (const centre of centres) expect(centre.id).toBe(`station-${centre.countyCode}-centre`);
    expect(first.stations).toBeGreaterThan(88); // plus the village points
  });

  it("creates the 9 demo users with the roles, counties, prefectures and stations of DEMO_USERS", async () => {
    expect(DEMO_USERS).toHaveLength(9);
    expect(first.demoUsers).toBe(9);
    const users = await testDb().user.findMany({ where: { isDemo: true } });
    expect(users.map((u) => u.phone).sort()).toEqual(DEMO_USERS.map((u) => u.phone).sort());
    for (const demo of DEMO_USERS) {
      const user = users.find((u) => u.phone === demo.phone)!;
      expect(user, demo.phone).toMatchObject({
        name: demo.name,
        role: demo.role,
        countyCode: demo.countyCode ?? null,
        prefectureCode: demo.prefectureCode ?? null,
        stationId: demo.stationId ?? null,
        disabledAt: null,
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      if (demo.stationId) {
        const station = await testDb().serviceStation.findUniqueOrThrow({ where: { id: demo.stationId } });
        expect(station.countyCode).toBe(demo.countyCode);
      }
    }
  });

  it("lets a demo user log in with the demo password (outside production)", async () => {
    const demo = DEMO_USERS.find((u) => u.role === "station_staff")!;
    const session = await authenticate({ phone: demo.phone, password: DEMO_PASSWORD }, { ip: "10.40.0.1" });
    expect(session).toMatchObject({ role: "station_staff", countyCode: demo.countyCode, stationId: demo.stationId });
  });

  it("creates at least 30 market subjects with encrypted, decryptable identifiers", async () => {
    expect(first.subjects).toBeGreaterThanOrEqual(30);
    const key = parseKey(process.env.FIELD_ENCRYPTION_KEY!);
    const subjects = await testDb().marketSubject.findMany({ where: { owner: { OR: [{ isDemo: true }, { phone: null }] } }, select: { idKind: true, idCiphertext: true, idMasked: true, ownerId: true, createdById: true } });
    expect(subjects.length).toBeGreaterThanOrEqual(30);
    for (const subject of subjects) {
      const plain = decryptField(subject.idCiphertext, key);
      expect(plain).toMatch(subject.idKind === "uscc" ? /^[0-9A-Z]{18}$/ : /^\d{17}[\dX]$/);
      expect(subject.idCiphertext).not.toContain(plain);
      expect(subject.idMasked).not.toBe(plain);
    }
  });

  it("records the seed in the audit log once", async () => {
    expect(first.seedAudits).toBe(1);
  });
});
