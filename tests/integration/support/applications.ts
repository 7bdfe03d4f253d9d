// Fixtures for the applications and documents integration tests: fresh applicants with
// their own subjects (so tests never collide on "one open application per programme"),
// demo staff and officials as actors, minimal valid files.
import { randomInt } from "node:crypto";
import type { Actor } from "@/server/actor";
import { computeUsccCheckChar } from "@/modules/identity/domain/identifiers";
import { createSubject, registerApplicant } from "@/modules/identity/service";
import { uploadDocument } from "@/modules/documents/service";
import { startApplication, submitApplication, updateApplication } from "@/modules/applications/service";
import { testDb } from "./db";

export const MEITAN = "520328";
export const PASSWORD = "Xinglong-town-tea-2026";
export const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1"));
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
// The first bytes of a Linux executable, whatever it is called.
export const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

export function uniquePhone(): string {
  return `137${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

export function uniqueUscc(countyCode = MEITAN, typeCode = "93"): string {
  const org = Array.from({ length: 9 }, () => "0123456789ABCDEFGHJKLMNPQRTUWXY"[randomInt(0, 31)]).join("");
  const first17 = `${typeCode}${countyCode}${org}`;

  return first17 + computeUsccCheckChar(first17);
}

export async function userActor(phone: string, ip = "10.30.0.1"): Promise<Actor> {
  const row = await testDb().user.findUniqueOrThrow({ where: { phone } });

  return { userId: row.id, role: row.role as Actor["role"], name: row.name, countyCode: row.countyCode, prefectureCode: row.prefectureCode, stationId: row.stationId, actingFor: null, ip };
}

export type Applicant = { actor: Actor; phone: string; subjectId: string };

/** A new applicant with an account and one subject (cooperative by default) in `countyCode`. */
export async function newApplicant(options: { countyCode?: string; type?: string; registeredOn?: string } = {}): Promise<Applicant> {
  const countyCode = options.countyCode ?? MEITAN;
  const phone = uniquePhone();
  const user = await registerApplicant({ phone, name: "测试申请人", password: PASSWORD, countyCode }, { ip: "10.30.0.9", locale: "zh-CN" });
  const actor: Actor = { userId: user.id, role: "applicant", name: user.name, countyCode, prefectureCode: null, stationId: null, actingFor: null, ip: "10.30.0.9" };
  const type = options.type ?? "cooperative";
  const subject = await createSubject(actor, {
    type,
    name: `测试主体${randomInt(0, 1_000_000)}`,
    idKind: "uscc",
    idNumber: uniqueUscc(countyCode, type === "cooperative" ? "93" : "91"),
    countyCode,
    registeredOn: options.registeredOn ?? "2019-04-12",
    products: "绿茶",
  });

  return { actor, phone, subjectId: subject.id };
}

export function upload(actor: Actor, subjectId: string, type: string, validTo: string | null = "2030-12-31", bytes = PDF) {
  return uploadDocument(actor, subjectId, { type, number: `NO-${randomInt(0, 1_000_000)}`, issuer: "湄潭县市场监督管理局", validFrom: "2024-01-01", validTo }, { bytes });
}

const BANK = { accountHolder: "测试合作社", bankName: "贵州农村信用社", accountNumber: "6222 0212 3456 7890 123" };

/** A complete training-subsidy application (one review stage), not yet submitted. */
export async function completeTrainingDraft(applicant: Applicant, people = 3) {
  const licence = await upload(applicant.actor, applicant.subjectId, "business_licence", null);
  const certificate = await upload(applicant.actor, applicant.subjectId, "training_certificate");
  const draft = await startApplication(applicant.actor, { subjectId: applicant.subjectId, programmeId: "training-subsidy" });
  await updateApplication(applicant.actor, draft.id, { subjectConfirmed: true, facts: { completedRecognisedTraining: true, peopleTrained: people } });
  await updateApplication(applicant.actor, draft.id, { documentIds: [licence.id, certificate.id], bankAccount: BANK, declarationAccepted: true });

  return { draft, licence, certificate };
}

/** A complete CBEC turnover reward (two review stages) for an enterprise, submitted. */
export async function submittedTurnoverReward(applicant: Applicant) {
  const licence = await upload(applicant.actor, applicant.subjectId, "business_licence", null);
  const invoice = await upload(applicant.actor, applicant.subjectId, "invoice");
  const draft = await startApplication(applicant.actor, { subjectId: applicant.subjectId, programmeId: "cbec-turnover-reward", facts: { annualCbecTurnoverFen: 1_000_000_000 } });
  await updateApplication(applicant.actor, draft.id, { subjectConfirmed: true, facts: { annualTurnoverFen: 1_200_000_000 }, documentIds: [licence.id, invoice.id], bankAccount: BANK, declarationAccepted: true });

  return submitApplication(applicant.actor, draft.id);
}
