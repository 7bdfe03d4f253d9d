// The audit log against a real database: every action appends to one hash chain that
// verifies end to end; the table refuses UPDATE and DELETE (triggers); an in-memory edit,
// deletion or reordering of rows is caught at the right seq. Subject identifiers are stored
// encrypted and shown in full only to officials of the subject's prefecture, audited.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { GENESIS_HASH, computeAuditHash, verifyAuditChain, type ChainedAuditRecord } from "@/server/audit-chain";
import { db } from "@/server/db";
import { computeResidentIdCheckDigit, computeUsccCheckChar } from "@/modules/identity/domain/identifiers";
import { authenticate, createSubject, getSubject, registerApplicant, unmaskSubjectIdentifier, verifyAuditLog } from "@/modules/identity/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const MEITAN = "520328"; // prefecture 5203 (Zunyi)
const PASSWORD = "Zunyi-red-tea-harvest-7";

let admin: Actor;
let official: Actor; // Zunyi
let foreignOfficial: Actor; // Qiandongnan
let staff: Actor;

function uniquePhone(): string {
  return `135${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

function uniqueUscc(): string {
  const org = Array.from({ length: 9 }, () => "0123456789ABCDEFGHJKLMNPQRTUWXY"[randomInt(0, 31)]).join("");
  const first17 = `93${MEITAN}${org}`;
  return first17 + computeUsccCheckChar(first17);
}

function uniqueResidentId(): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const first17 = `${MEITAN}${1950 + randomInt(0, 50)}${pad(randomInt(1, 13), 2)}${pad(randomInt(1, 29), 2)}${pad(randomInt(0, 1000), 3)}`;
  return first17 + computeResidentIdCheckDigit(first17);
}

function actorOf(row: { id: string; role: string; name: string; countyCode: string | null; prefectureCode: string | null; stationId: string | null }, ip: string): Actor {
  return { userId: row.id, role: row.role as Actor["role"], name: row.name, countyCode: row.countyCode, prefectureCode: row.prefectureCode, stationId: row.stationId, actingFor: null, ip };
}

async function newApplicant(): Promise<{ actor: Actor; phone: string }> {
  const phone = uniquePhone();
  const user = await registerApplicant({ phone, name: "审计测试", password: PASSWORD, countyCode: MEITAN }, { ip: "192.0.2.55", locale: "zh-CN" });
  return { actor: actorOf({ ...user, role: "applicant" }, "192.0.2.55"), phone };
}

/** What a refused statement failed with (fails the test if the statement succeeded). */
async function refusal(statement: Promise<unknown>): Promise<string> {
  const error = await statement.then(
    () => undefined,
    (e: unknown) => e as { message?: string; meta?: unknown },
  );
  expect(error, "the statement succeeded").toBeDefined();
  // SQLite's adapter reports a trigger's RAISE as P2003 and keeps the text in meta.
  return `${error?.message} ${JSON.stringify(error?.meta ?? {})}`;
}

async function chainRows(): Promise<ChainedAuditRecord[]> {
  const rows = await testDb().auditEvent.findMany({ orderBy: { seq: "asc" } });
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

beforeAll(async () => {
  const client = testDb();
  await seedDatabase(client);
  const byPhone = (phone: string) => client.user.findUniqueOrThrow({ where: { phone } });
  admin = actorOf(await byPhone("13800000004"), "10.30.0.4");
  official = actorOf(await byPhone("13800000003"), "10.30.0.3");
  staff = actorOf(await byPhone("13800000002"), "10.30.0.2");
  const foreign =
    (await client.user.findFirst({ where: { role: "official", prefectureCode: "5226", name: "黔东南审核（测试）" } })) ??
    (await client.user.create({ data: { name: "黔东南审核（测试）", role: "official", prefectureCode: "5226", phone: null, passwordHash: null } }));
  foreignOfficial = actorOf(foreign, "10.30.0.26");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the audit chain", () => {
  it("verifies end to end after several kinds of action", async () => {
    const { actor, phone } = await newApplicant();
    await authenticate({ phone, password: PASSWORD }, { ip: "192.0.2.56" });
    const subject = await createSubject(actor, { type: "cooperative", name: "链式审计合作社", idKind: "uscc", idNumber: uniqueUscc(), countyCode: MEITAN, registeredOn: "2020-05-01", products: ["茶"] });
    await unmaskSubjectIdentifier(official, subject.id);

    const rows = await chainRows();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (const [i, row] of rows.entries()) if (i > 0) expect(row.prevHash).toBe(rows[i - 1]!.hash);

    const result = await verifyAuditLog(admin);
    expect(result).toEqual({ ok: true, checked: rows.length });
    expect(await verifyAuditLog(official)).toMatchObject({ ok: true });
  });

  it("is verified only by roles with audit.read", async () => {
    const { actor } = await newApplicant();
    await expect(verifyAuditLog(actor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(verifyAuditLog(staff)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses UPDATE and DELETE on AuditEvent (triggers), raw or through Prisma", async () => {
    const client = testDb();
    const last = await client.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(await refusal(client.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'tampered' WHERE "seq" = ${last.seq}`))).toMatch(/audit log is append-only/);
    expect(await refusal(client.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = ${last.seq}`))).toMatch(/audit log is append-only/);
    expect(await refusal(client.$executeRawUnsafe(`DELETE FROM "AuditEvent"`))).toMatch(/audit log is append-only/);
    expect(await refusal(client.auditEvent.update({ where: { seq: last.seq }, data: { actorId: null } }))).toMatch(/audit log is append-only/);
    expect(await refusal(client.auditEvent.deleteMany({ where: { seq: last.seq } }))).toMatch(/audit log is append-only/);

    expect(await client.auditEvent.findUniqueOrThrow({ where: { seq: last.seq } })).toEqual(last);
    expect(await verifyAuditLog(admin)).toMatchObject({ ok: true });
  });

  describe("tampering, simulated in memory", () => {
    it("an edited field breaks the chain at that row (hash_mismatch)", async () => {
      const rows = await chainRows();
      expect(verifyAuditChain(rows)).toEqual({ ok: true });
      const victim = rows[Math.floor(rows.length / 2)]!;

      const edits: Partial<ChainedAuditRecord>[] = [{ action: "auth.logout" }, { actorId: "someone-else" }, { ip: "203.0.113.9" }, { at: new Date(Date.parse(victim.at) + 1).toISOString() }, { after: '{"forged":true}' }];
      for (const edit of edits) {
        const tampered = rows.map((row) => (row.seq === victim.seq ? { ...row, ...edit } : row));
        expect(verifyAuditChain(tampered), JSON.stringify(edit)).toEqual({ ok: false, brokenAtSeq: victim.seq, reason: "hash_mismatch" });
      }
    });

    it("a deleted row breaks the link of the row after it; a recomputed hash breaks the next link", async () => {
      const rows = await chainRows();
      const index = Math.floor(rows.length / 2);
      const without = rows.filter((_, i) => i !== index);
      expect(verifyAuditChain(without)).toEqual({ ok: false, brokenAtSeq: rows[index + 1]!.seq, reason: "link_mismatch" });

      const swapped = [...rows];
      [swapped[index], swapped[index + 1]] = [swapped[index + 1]!, swapped[index]!];
      expect(verifyAuditChain(swapped)).toMatchObject({ ok: false, brokenAtSeq: rows[index + 1]!.seq, reason: "link_mismatch" });

      const forged = { ...rows[index]!, action: "forged" };
      forged.hash = computeAuditHash(forged.prevHash, forged);
      const rehashed = rows.map((row, i) => (i === index ? forged : row));
      expect(verifyAuditChain(rehashed)).toEqual({ ok: false, brokenAtSeq: rows[index + 1]!.seq, reason: "link_mismatch" });
    });
  });
});

describe("subject identifiers", () => {
  for (const kind of ["uscc", "resident_id"] as const) {
    it(`stores a ${kind} encrypted and shows it in full only to an official of the prefecture, audited`, async () => {
      const { actor } = await newApplicant();
      const idNumber = kind === "uscc" ? uniqueUscc() : uniqueResidentId();
      const type = kind === "uscc" ? "cooperative" : "individual_farmer";
      const subject = await createSubject(actor, { type, name: "标识测试主体", idKind: kind, idNumber, countyCode: MEITAN, registeredOn: "2022-02-02", products: ["茶叶"] });

      const row = await testDb().marketSubject.findUniqueOrThrow({ where: { id: subject.id } });
      expect(row.idCiphertext).not.toContain(idNumber);
      expect(row.idCiphertext).not.toContain(idNumber.slice(0, 12));
      expect(row.idLookupHash).not.toContain(idNumber);
      expect(row.idMasked).not.toBe(idNumber);
      expect(row.idMasked).not.toContain(idNumber.slice(6, 14));
      expect(JSON.stringify(subject)).not.toContain(idNumber);
      expect(JSON.stringify(await getSubject(official, subject.id))).not.toContain(idNumber);
      const createdAudit = await testDb().auditEvent.findMany({ where: { targetType: "market_subject", targetId: subject.id } });
      expect(JSON.stringify(createdAudit)).not.toContain(idNumber);

      expect(await unmaskSubjectIdentifier(official, subject.id)).toBe(idNumber);
      const audit = await testDb().auditEvent.findMany({ where: { action: "subject.identifier_unmasked", targetId: subject.id } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: official.userId, onBehalfOfId: null, targetType: "market_subject", ip: official.ip });
      expect(JSON.stringify(audit[0])).not.toContain(idNumber);

      const unmaskedCount = () => testDb().auditEvent.count({ where: { action: "subject.identifier_unmasked", targetId: subject.id } });
      await expect(unmaskSubjectIdentifier(foreignOfficial, subject.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(unmaskSubjectIdentifier(actor, subject.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(unmaskSubjectIdentifier(staff, subject.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(unmaskSubjectIdentifier(admin, subject.id)).rejects.toMatchObject({ code: "forbidden" });
      expect(await unmaskedCount()).toBe(1);
    });
  }

  it("an unknown subject is not_found, and refusing writes no audit row", async () => {
    const before = await testDb().auditEvent.count();
    await expect(unmaskSubjectIdentifier(official, "no-such-subject")).rejects.toMatchObject({ code: "not_found" });
    expect(await testDb().auditEvent.count()).toBe(before);
  });

  it("refuses a second subject with the same identifier", async () => {
    const { actor } = await newApplicant();
    const idNumber = uniqueUscc();
    const input = { type: "cooperative", name: "重复标识合作社", idKind: "uscc", idNumber, countyCode: MEITAN, registeredOn: "2022-02-02", products: ["茶叶"] };
    await createSubject(actor, input);
    const other = await newApplicant();
    await expect(createSubject(other.actor, { ...input, idNumber: idNumber.toLowerCase() })).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { idNumber: ["id_taken"] } });
  });
});
