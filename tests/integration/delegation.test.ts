// Delegations and acting on behalf of an applicant, against a real database: consent by a
// signed form (PDF only, stored with its SHA-256) or by a one-time code the applicant
// confirms; county boundaries; acting writes the applicant's data as the applicant's, with
// the staff member recorded; revoking ends acting at once.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingFor, Actor } from "@/server/actor";
import { sha256Hex } from "@/server/crypto";
import { db } from "@/server/db";
import { todayIsoInChina } from "@/i18n/format";
import { computeUsccCheckChar } from "@/modules/identity/domain/identifiers";
import {
  confirmDelegationCode,
  createSubject,
  getCountyApplicant,
  listMyDelegations,
  listMyHistory,
  listSubjects,
  readConsentFile,
  recordDelegation,
  registerApplicant,
  registerApplicantForStation,
  resolveActingFor,
  revokeDelegation,
  startActing,
  stopActing,
  type SessionUser,
} from "@/modules/identity/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const MEITAN = "520328";
const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1"));
const GIF = new Uint8Array(Buffer.from("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;", "latin1"));
const HTML = new Uint8Array(Buffer.from("<!doctype html><html><body><script>alert(1)</script>%PDF-1.4</body></html>", "utf8"));

let staff: Actor; // Meitan county centre
let otherStaff: Actor; // Weining county centre

function uniquePhone(): string {
  return `136${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

function nextYear(): string {
  const [y, m, d] = todayIsoInChina().split("-");
  return `${Number(y) + 1}-${m}-${d === "29" && m === "02" ? "28" : d}`;
}

function sessionOf(actor: Actor): SessionUser {
  return { id: actor.userId, role: actor.role, name: actor.name, countyCode: actor.countyCode, prefectureCode: actor.prefectureCode, stationId: actor.stationId, locale: "zh-CN" };
}

async function staffActor(phone: string, ip: string): Promise<Actor> {
  const row = await testDb().user.findUniqueOrThrow({ where: { phone } });
  return { userId: row.id, role: "station_staff", name: row.name, countyCode: row.countyCode, prefectureCode: row.prefectureCode, stationId: row.stationId, actingFor: null, ip };
}

/** A new applicant of Meitan with an account (phone and password) of their own. */
async function applicantWithAccount(): Promise<Actor> {
  const user = await registerApplicant({ phone: uniquePhone(), name: "委托测试", password: "Xinglong-town-tea-2026", countyCode: MEITAN }, { ip: "192.0.2.10", locale: "zh-CN" });
  return { userId: user.id, role: "applicant", name: user.name, countyCode: MEITAN, prefectureCode: null, stationId: null, actingFor: null, ip: "192.0.2.10" };
}

/** A new applicant of Meitan without a phone, registered by the station. */
async function applicantWithoutPhone(): Promise<string> {
  return (await registerApplicantForStation(staff, { name: "龙阿婆" })).id;
}

function delegationInput(applicantId: string, method: "signed_form" | "one_time_code", scope: string[] = ["subjects", "subsidy"]) {
  return { applicantId, scope, validFrom: todayIsoInChina(), validUntil: nextYear(), method };
}

async function activeSignedForm(applicantId: string) {
  return (await recordDelegation(staff, delegationInput(applicantId, "signed_form"), { bytes: PDF })).delegation;
}

/** A USCC valid by checksum and unique to this call (cooperative, Meitan). */
function uniqueUscc(): string {
  const org = Array.from({ length: 9 }, () => "0123456789ABCDEFGHJKLMNPQRTUWXY"[randomInt(0, 31)]).join("");
  const first17 = `93${MEITAN}${org}`;
  return first17 + computeUsccCheckChar(first17);
}

beforeAll(async () => {
  await seedDatabase(testDb());
  staff = await staffActor("13800000002", "10.20.0.2");
  otherStaff = await staffActor("13800000006", "10.20.0.6");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("signed-form delegation", () => {
  it("is active at once and stores the PDF with its SHA-256", async () => {
    const applicantId = await applicantWithoutPhone();
    const { delegation, code } = await recordDelegation(staff, delegationInput(applicantId, "signed_form"), { bytes: PDF });
    expect(code).toBeNull();
    expect(delegation).toMatchObject({ applicantId, stationId: staff.stationId, scope: "subjects,subsidy", consentMethod: "signed_form", revokedAt: null });
    expect(delegation.confirmedAt).toBeInstanceOf(Date);
    expect(delegation.consentFileId).toBeTruthy();

    const file = await testDb().storedFile.findUniqueOrThrow({ where: { id: delegation.consentFileId! } });
    expect(file).toMatchObject({ sha256: sha256Hex(Buffer.from(PDF)), mimeType: "application/pdf", sizeBytes: PDF.length, purpose: "delegation_consent", ownerUserId: applicantId, uploadedById: staff.userId });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const read = await readConsentFile(staff, file.id);
    expect(Buffer.compare(read.bytes, Buffer.from(PDF))).toBe(0);
    await expect(readConsentFile(otherStaff, file.id)).rejects.toMatchObject({ code: "not_found" });

    const audit = await testDb().auditEvent.findMany({ where: { targetType: "delegation", targetId: delegation.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "delegation.recorded_with_form", actorId: staff.userId, onBehalfOfId: applicantId });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ consentSha256: file.sha256, scope: ["subjects", "subsidy"] });

    const acting = await resolveActingFor(sessionOf(staff), applicantId);
    expect(acting).toMatchObject({ applicantId, delegationId: delegation.id, scope: ["subjects", "subsidy"] });
  });

  for (const [label, bytes] of [
    ["a GIF", GIF],
    ["an HTML page", HTML],
  ] as const) {
    it(`refuses ${label} as the consent form, and stores nothing`, async () => {
      const applicantId = await applicantWithoutPhone();
      const files = await testDb().storedFile.count();
      await expect(recordDelegation(staff, delegationInput(applicantId, "signed_form"), { bytes })).rejects.toMatchObject({
        code: "validation_failed",
        fieldErrors: { consentFile: ["file_type_not_allowed"] },
      });
      expect(await testDb().storedFile.count()).toBe(files);
      expect(await testDb().delegation.count({ where: { applicantId } })).toBe(0);
    });
  }

  it("requires the file", async () => {
    const applicantId = await applicantWithoutPhone();
    await expect(recordDelegation(staff, delegationInput(applicantId, "signed_form"))).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { consentFile: ["file_required"] } });
    await expect(recordDelegation(staff, delegationInput(applicantId, "signed_form"), { bytes: new Uint8Array() })).rejects.toMatchObject({ fieldErrors: { consentFile: ["file_required"] } });
  });

  it("refuses a validity that has already ended", async () => {
    const applicantId = await applicantWithoutPhone();
    await expect(recordDelegation(staff, { ...delegationInput(applicantId, "signed_form"), validFrom: "2020-01-01", validUntil: "2020-12-31" }, { bytes: PDF })).rejects.toMatchObject({
      fieldErrors: { validUntil: ["date_in_past"] },
    });
  });
});

describe("county boundaries", () => {
  it("staff of another county can neither see the applicant nor record or use a delegation", async () => {
    const applicantId = await applicantWithoutPhone();
    await expect(getCountyApplicant(otherStaff, applicantId)).rejects.toMatchObject({ code: "not_found" });
    await expect(recordDelegation(otherStaff, delegationInput(applicantId, "signed_form"), { bytes: PDF })).rejects.toMatchObject({ code: "not_found" });
    expect(await testDb().delegation.count({ where: { applicantId } })).toBe(0);

    const delegation = await activeSignedForm(applicantId);
    expect(await resolveActingFor(sessionOf(otherStaff), applicantId)).toBeNull();
    await expect(startActing(otherStaff, applicantId)).rejects.toMatchObject({ code: "forbidden", message: "no_active_delegation" });
    await expect(revokeDelegation(otherStaff, delegation.id)).rejects.toMatchObject({ code: "not_found" });

    // The own county's staff see the applicant with the delegation.
    const seen = await getCountyApplicant(staff, applicantId);
    expect(seen.delegations.map((d) => d.id)).toEqual([delegation.id]);
  });
});

describe("one-time-code delegation", () => {
  it("is pending until the applicant confirms the right code; wrong codes are counted", async () => {
    const applicant = await applicantWithAccount();
    const { delegation, code } = await recordDelegation(staff, delegationInput(applicant.userId, "one_time_code"));
    expect(code).toMatch(/^\d{6}$/);
    expect(delegation.confirmedAt).toBeNull();
    expect(delegation.consentFileId).toBeNull();
    expect(await resolveActingFor(sessionOf(staff), applicant.userId)).toBeNull();
    await expect(startActing(staff, applicant.userId)).rejects.toMatchObject({ code: "forbidden", message: "no_active_delegation" });

    // The code is stored hashed only.
    const stored = await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } });
    expect(stored.codeHash).toBeTruthy();
    expect(stored.codeHash).not.toContain(code!);

    const wrong = code === "000000" ? "111111" : "000000";
    await expect(confirmDelegationCode(applicant, { delegationId: delegation.id, code: wrong })).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { code: ["code_wrong"] } });
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } })).codeAttempts).toBe(1);
    await expect(confirmDelegationCode(applicant, { delegationId: delegation.id, code: wrong })).rejects.toMatchObject({ fieldErrors: { code: ["code_wrong"] } });
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } })).codeAttempts).toBe(2);
    expect(await resolveActingFor(sessionOf(staff), applicant.userId)).toBeNull();

    // Only the applicant, in their own account, confirms.
    await expect(confirmDelegationCode(staff, { delegationId: delegation.id, code: code! })).rejects.toMatchObject({ code: "forbidden" });
    const stranger = await applicantWithAccount();
    await expect(confirmDelegationCode(stranger, { delegationId: delegation.id, code: code! })).rejects.toMatchObject({ code: "not_found" });

    const confirmed = await confirmDelegationCode(applicant, { delegationId: delegation.id, code: code! });
    expect(confirmed.confirmedAt).toBeInstanceOf(Date);
    const after = await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } });
    expect(after.codeHash).toBeNull();
    expect(await resolveActingFor(sessionOf(staff), applicant.userId)).toMatchObject({ delegationId: delegation.id });
    await expect(confirmDelegationCode(applicant, { delegationId: delegation.id, code: code! })).rejects.toMatchObject({ code: "conflict", message: "delegation_not_pending" });

    const audit = await testDb().auditEvent.findMany({ where: { targetType: "delegation", targetId: delegation.id }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["delegation.requested_code", "delegation.confirmed_by_code"]);
    expect(audit[1]).toMatchObject({ actorId: applicant.userId, onBehalfOfId: null });
    expect((await listMyDelegations(applicant)).map((d) => d.id)).toContain(delegation.id);
  });

  it("stops accepting even the right code after 5 wrong ones", async () => {
    const applicant = await applicantWithAccount();
    const { delegation, code } = await recordDelegation(staff, delegationInput(applicant.userId, "one_time_code"));
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i += 1) {
      await expect(confirmDelegationCode(applicant, { delegationId: delegation.id, code: wrong })).rejects.toMatchObject({ fieldErrors: { code: ["code_wrong"] } });
    }
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } })).codeAttempts).toBe(5);
    await expect(confirmDelegationCode(applicant, { delegationId: delegation.id, code: code! })).rejects.toMatchObject({ fieldErrors: { code: ["code_expired"] } });
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } })).confirmedAt).toBeNull();
  });

  it("needs an applicant with an account", async () => {
    const applicantId = await applicantWithoutPhone();
    await expect(recordDelegation(staff, delegationInput(applicantId, "one_time_code"))).rejects.toMatchObject({ fieldErrors: { method: ["code_needs_account"] } });
  });
});

describe("acting on behalf of an applicant", () => {
  it("records acting, writes subjects as the applicant's with the staff as creator, and shows in the applicant's history", async () => {
    const applicant = await applicantWithAccount();
    const delegation = await activeSignedForm(applicant.userId);

    const actingFor: ActingFor = await startActing(staff, applicant.userId);
    expect(actingFor).toMatchObject({ applicantId: applicant.userId, delegationId: delegation.id });
    const started = await testDb().auditEvent.findMany({ where: { action: "acting.started", targetId: delegation.id } });
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ actorId: staff.userId, onBehalfOfId: applicant.userId, targetType: "delegation", ip: staff.ip });

    const acting: Actor = { ...staff, actingFor };
    const idNumber = uniqueUscc();
    const subject = await createSubject(acting, { type: "cooperative", name: "兴隆镇茶叶专业合作社", idKind: "uscc", idNumber, countyCode: MEITAN, registeredOn: "2021-03-15", products: "绿茶，红茶" });
    expect(subject).toMatchObject({ ownerId: applicant.userId, products: ["绿茶", "红茶"] });
    const row = await testDb().marketSubject.findUniqueOrThrow({ where: { id: subject.id } });
    expect(row).toMatchObject({ ownerId: applicant.userId, createdById: staff.userId });
    expect(row.idCiphertext).not.toContain(idNumber);

    const created = await testDb().auditEvent.findMany({ where: { targetType: "market_subject", targetId: subject.id } });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: "subject.created", actorId: staff.userId, onBehalfOfId: applicant.userId });

    // The applicant sees the subject and, in their history, who did it.
    expect((await listSubjects(applicant)).map((s) => s.id)).toContain(subject.id);
    const history = await listMyHistory(applicant);
    const entry = history.find((e) => e.action === "subject.created" && e.targetId === subject.id);
    expect(entry).toMatchObject({ actorId: staff.userId, actorName: staff.name, onBehalfOfId: applicant.userId, onBehalfOfName: applicant.name });
    expect(history.some((e) => e.action === "acting.started" && e.actorId === staff.userId)).toBe(true);
    // While acting, the staff member's view of "my history" is the applicant's.
    expect((await listMyHistory(acting)).map((e) => e.seq)).toEqual(history.map((e) => e.seq));

    await stopActing(acting);
    expect(await testDb().auditEvent.count({ where: { action: "acting.stopped", targetId: delegation.id, actorId: staff.userId, onBehalfOfId: applicant.userId } })).toBe(1);
  });

  it("cannot write outside the delegation's scope", async () => {
    const applicantId = await applicantWithoutPhone();
    await recordDelegation(staff, delegationInput(applicantId, "signed_form", ["customs"]), { bytes: PDF });
    const acting: Actor = { ...staff, actingFor: await startActing(staff, applicantId) };
    await expect(
      createSubject(acting, { type: "cooperative", name: "范围外合作社", idKind: "uscc", idNumber: uniqueUscc(), countyCode: MEITAN, registeredOn: "2021-03-15", products: ["茶"] }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("cannot start without a delegation", async () => {
    const applicantId = await applicantWithoutPhone();
    await expect(startActing(staff, applicantId)).rejects.toMatchObject({ code: "forbidden", message: "no_active_delegation" });
    const applicant = await applicantWithAccount();
    await expect(startActing(applicant, applicantId)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("revoking", () => {
  it("by the station ends acting at once", async () => {
    const applicantId = await applicantWithoutPhone();
    const delegation = await activeSignedForm(applicantId);
    expect(await resolveActingFor(sessionOf(staff), applicantId)).not.toBeNull();

    const revoked = await revokeDelegation(staff, delegation.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await resolveActingFor(sessionOf(staff), applicantId)).toBeNull();
    await expect(startActing(staff, applicantId)).rejects.toMatchObject({ code: "forbidden", message: "no_active_delegation" });

    const audit = await testDb().auditEvent.findMany({ where: { action: "delegation.revoked", targetId: delegation.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: staff.userId, onBehalfOfId: applicantId });
    // Revoking twice changes nothing and writes no second audit row.
    await revokeDelegation(staff, delegation.id);
    expect(await testDb().auditEvent.count({ where: { action: "delegation.revoked", targetId: delegation.id } })).toBe(1);
  });

  it("by the applicant, from their own account", async () => {
    const applicant = await applicantWithAccount();
    const delegation = await activeSignedForm(applicant.userId);
    await revokeDelegation(applicant, delegation.id);
    expect(await resolveActingFor(sessionOf(staff), applicant.userId)).toBeNull();
    const row = await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } });
    expect(row.revokedById).toBe(applicant.userId);

    // …but not by staff acting as the applicant, nor by another applicant.
    const other = await applicantWithAccount();
    const second = await activeSignedForm(applicant.userId);
    await expect(revokeDelegation(other, second.id)).rejects.toMatchObject({ code: "not_found" });
    const acting: Actor = { ...staff, role: "station_staff", actingFor: await startActing(staff, applicant.userId) };
    expect((await revokeDelegation(acting, second.id)).revokedAt).toBeInstanceOf(Date); // staff may revoke their own station's delegation
  });
});
