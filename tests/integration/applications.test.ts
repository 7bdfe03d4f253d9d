// Applications, the evidence vault and review against a real database (SQLite, and
// PostgreSQL when DATABASE_URL says so): upload checks, reuse and expiry, idempotent
// submission, two-stage review with separation of duties, change requests with a diff,
// authorisation across applicants, counties and prefectures, and the dashboard figures.
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getApplicationRoute } from "@/app/api/v1/applications/[id]/route";
import { POST as submitRoute } from "@/app/api/v1/applications/[id]/submit/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/applications/route";
import { POST as uploadRoute } from "@/app/api/v1/subjects/[id]/documents/route";
import type { Actor } from "@/server/actor";
import { sha256Hex } from "@/server/crypto";
import { MAX_UPLOAD_BYTES } from "@/server/file-type";
import { issueApiToken, registerApplicantForStation, recordDelegation, resolveActingFor, createSubject } from "@/modules/identity/service";
import { getDocument, listSubjectDocuments, readDocumentFile, verifyDocument } from "@/modules/documents/service";
import { decideApplication, getApplication, getDashboard, getReview, listApplications, startApplication, submitApplication, updateApplication } from "@/modules/applications/service";
import { todayIsoInChina } from "@/i18n/format";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";
import { ELF, MEITAN, PASSWORD, PDF, PNG, completeTrainingDraft, newApplicant, submittedTurnoverReward, upload, uniqueUscc, userActor, type Applicant } from "./support/applications";

let official: Actor; // 13800000003, Zunyi
let official2: Actor; // 13800000007, Zunyi
let staffMeitan: Actor;
let staffWeining: Actor;
let officialElsewhere: Actor; // an official of Guiyang (5201)

async function tokenFor(phone: string, password = PASSWORD): Promise<string> {
  return (await issueApiToken({ phone, password }, { ip: `10.40.${randomInt(0, 250)}.${randomInt(1, 250)}` })).token;
}

function api(path: string, token: string, init: RequestInit = {}): Request {
  return new Request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

function multipart(fields: Record<string, string>, file: { bytes: Uint8Array; name: string; type: string } | null): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new File([Buffer.from(file.bytes)], file.name, { type: file.type }));

  return form;
}

beforeAll(async () => {
  await seedDatabase(testDb());
  official = await userActor("13800000003");
  official2 = await userActor("13800000007");
  staffMeitan = await userActor("13800000002");
  staffWeining = await userActor("13800000006");
  const phone = `135${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
  const row = await testDb().user.create({ data: { phone, name: "贵阳审核", role: "official", prefectureCode: "5201" } });
  officialElsewhere = { userId: row.id, role: "official", name: row.name, countyCode: null, prefectureCode: "5201", stationId: null, actingFor: null, ip: "10.30.0.5" };
});

describe("uploads into the vault (API)", () => {
  let applicant: Applicant;
  let token: string;
  beforeAll(async () => {
    applicant = await newApplicant();
    token = await tokenFor(applicant.phone);
  });
  const fields = { type: "business_licence", number: "520328-0001", issuer: "湄潭县市场监督管理局", validFrom: "2024-01-01", validTo: "2030-12-31" };

  it("refuses a renamed executable, judged by its bytes", async () => {
    const response = await uploadRoute(api(`/api/v1/subjects/${applicant.subjectId}/documents`, token, { method: "POST", body: multipart(fields, { bytes: ELF, name: "licence.pdf", type: "application/pdf" }) }), params({ id: applicant.subjectId }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "validation_failed", fields: { file: [expect.stringContaining("PDF")] } });
  });

  it("refuses a file over 10 MB", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF.subarray(0, 8));
    const response = await uploadRoute(api(`/api/v1/subjects/${applicant.subjectId}/documents`, token, { method: "POST", body: multipart(fields, { bytes: big, name: "big.pdf", type: "application/pdf" }) }), params({ id: applicant.subjectId }));
    expect(response.status).toBe(422);
    expect((await response.json()).error).toBe("validation_failed");
    expect(await testDb().document.count({ where: { subjectId: applicant.subjectId } })).toBe(0);
  });

  it("stores a PDF named .jpg as a PDF, renamed, with its SHA-256", async () => {
    const response = await uploadRoute(api(`/api/v1/subjects/${applicant.subjectId}/documents`, token, { method: "POST", body: multipart(fields, { bytes: PDF, name: "licence.jpg", type: "image/jpeg" }) }), params({ id: applicant.subjectId }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ id: expect.any(String), type: "business_licence", sha256: sha256Hex(PDF) });
    const row = await testDb().document.findUniqueOrThrow({ where: { id: body.id }, select: { file: { select: { storageKey: true, mimeType: true, sha256: true } } } });
    expect(row.file.mimeType).toBe("application/pdf");
    expect(row.file.storageKey).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    const read = await readDocumentFile(applicant.actor, body.id);
    expect(Buffer.compare(read.bytes, Buffer.from(PDF))).toBe(0);
  });

  it("answers 422 naming the field when the metadata is missing", async () => {
    const response = await uploadRoute(api(`/api/v1/subjects/${applicant.subjectId}/documents`, token, { method: "POST", body: multipart({ type: "selfie" }, { bytes: PNG, name: "a.png", type: "image/png" }) }), params({ id: applicant.subjectId }));
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).fields)).toEqual(expect.arrayContaining(["type", "number", "issuer"]));
  });
});

describe("document reuse and expiry", () => {
  it("attaches one verified certificate to two applications and shows where it was used", async () => {
    const applicant = await newApplicant();
    const certificate = await upload(applicant.actor, applicant.subjectId, "green_certificate");
    const verified = await verifyDocument(official, certificate.id);
    expect(verified).toMatchObject({ verified: true, verifiedDepartment: "commerce-5203" });

    const training = await completeTrainingDraft(applicant);
    const green = await startApplication(applicant.actor, { subjectId: applicant.subjectId, programmeId: "green-cert-export", facts: { holdsGreenCertification: true } });
    await updateApplication(applicant.actor, training.draft.id, { documentIds: [training.licence.id, training.certificate.id, certificate.id] });
    await updateApplication(applicant.actor, green.id, { documentIds: [training.licence.id, certificate.id] });

    const documents = await listSubjectDocuments(applicant.actor, applicant.subjectId);
    const reused = documents.find((d) => d.id === certificate.id)!;
    expect(reused.usedIn.map((u) => u.reference).sort()).toEqual([training.draft.reference, green.reference].sort());
    // Stored once: one document row and one file for the certificate, however many applications use it.
    expect(await testDb().document.count({ where: { subjectId: applicant.subjectId, type: "green_certificate" } })).toBe(1);
  });

  it("refuses to attach an expired document and flags one that expires under review", async () => {
    const applicant = await newApplicant();
    const expired = await upload(applicant.actor, applicant.subjectId, "training_certificate", "2024-06-30");
    const { draft, certificate } = await completeTrainingDraft(applicant);
    await expect(updateApplication(applicant.actor, draft.id, { documentIds: [expired.id] })).rejects.toMatchObject({ fieldErrors: { documentIds: ["document_expired"] } });

    await submitApplication(applicant.actor, draft.id);
    await testDb().document.update({ where: { id: certificate.id }, data: { validTo: "2025-01-01" } });
    const review = await getReview(official, draft.id);
    expect(review.documents.find((d) => d.id === certificate.id)).toMatchObject({ expired: true });
  });
});

describe("submitting", () => {
  it("names everything missing in a 422 incomplete", async () => {
    const applicant = await newApplicant();
    const token = await tokenFor(applicant.phone);
    const draft = await startApplication(applicant.actor, { subjectId: applicant.subjectId, programmeId: "training-subsidy" });
    const response = await submitRoute(api(`/api/v1/applications/${draft.id}/submit`, token, { method: "POST" }), params({ id: draft.id }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: "incomplete",
      missing: ["subject", "facts.completedRecognisedTraining", "facts.peopleTrained", "evidence.business_licence", "evidence.training_certificate", "bankAccount", "declaration"],
    });
  });

  it("creates one submission from a double submit", async () => {
    const applicant = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant);
    const results = await Promise.allSettled([submitApplication(applicant.actor, draft.id), submitApplication(applicant.actor, draft.id)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await testDb().applicationEvent.count({ where: { applicationId: draft.id, action: "submitted" } })).toBe(1);
    expect(await testDb().auditEvent.count({ where: { targetId: draft.id, action: "application.submitted" } })).toBe(1);
    const again = await submitApplication(applicant.actor, draft.id);
    expect(again.status).toBe("submitted");
    expect(again.reference).toMatch(/^GZ-\d{4}-\d{6}$/);
  });

  it("honours Idempotency-Key on POST /api/v1/applications", async () => {
    const applicant = await newApplicant();
    const token = await tokenFor(applicant.phone);
    const body = JSON.stringify({ subjectId: applicant.subjectId, programmeId: "training-subsidy", facts: { peopleTrained: 2 } });
    const key = `retry-${randomInt(0, 1_000_000_000)}`;
    const first = await createRoute(api("/api/v1/applications", token, { method: "POST", body, headers: { "idempotency-key": key, "content-type": "application/json" } }), params({}));
    const second = await createRoute(api("/api/v1/applications", token, { method: "POST", body, headers: { "idempotency-key": key, "content-type": "application/json" } }), params({}));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual(a);
    expect(a).toMatchObject({ status: "draft", reference: expect.stringMatching(/^GZ-/) });
    expect(await testDb().application.count({ where: { subjectId: applicant.subjectId } })).toBe(1);
  });
});

describe("review", () => {
  it("runs two stages with two different officials", async () => {
    const applicant = await newApplicant({ type: "enterprise" });
    const submitted = await submittedTurnoverReward(applicant);
    expect(submitted).toMatchObject({ status: "submitted", stage: 1, amount: { minFen: 50_000_000, maxFen: 80_000_000 } });

    await expect(decideApplication(official, submitted.id, { action: "approve", amountFen: 90_000_000 })).rejects.toMatchObject({ fieldErrors: { amountFen: ["amount_out_of_range"] } });
    const stage2 = await decideApplication(official, submitted.id, { action: "approve", amountFen: 60_000_000 });
    expect(stage2).toMatchObject({ status: "in_review", stage: 2 });
    await expect(decideApplication(official, submitted.id, { action: "approve", amountFen: 60_000_000 })).rejects.toMatchObject({ code: "forbidden", message: "separation_decided_earlier_stage" });
    const approved = await decideApplication(official2, submitted.id, { action: "approve", amountFen: 60_000_000 });
    expect(approved).toMatchObject({ status: "approved", approvedAmountFen: 60_000_000 });
    await expect(decideApplication(official2, submitted.id, { action: "reject", reason: "late" })).rejects.toMatchObject({ code: "conflict" });

    const audit = await testDb().auditEvent.findMany({ where: { targetId: submitted.id }, orderBy: { seq: "asc" }, select: { action: true, actorId: true } });
    expect(audit.map((a) => a.action)).toEqual(["application.created", "application.updated", "application.submitted", "application.stage_approved", "application.approved"]);
    expect(audit.at(-1)!.actorId).toBe(official2.userId);
  });

  it("refuses a reviewer who filed the application for the applicant", async () => {
    const applicant = await newApplicant({ type: "enterprise" });
    const submitted = await submittedTurnoverReward(applicant);
    // The same person cannot be on both sides, whatever role they hold when deciding.
    const filer: Actor = { ...official, userId: applicant.actor.userId, role: "official", prefectureCode: "5203" };
    await expect(decideApplication(filer, submitted.id, { action: "approve", amountFen: 60_000_000 })).rejects.toMatchObject({ message: "separation_own_application" });
  });

  it("requests changes tied to fields, and shows the resubmission as a diff", async () => {
    const applicant = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant, 2);
    await submitApplication(applicant.actor, draft.id);
    await expect(decideApplication(official, draft.id, { action: "request_changes" })).rejects.toMatchObject({ fieldErrors: { fieldComments: ["comments_required"] } });
    const returned = await decideApplication(official, draft.id, { action: "request_changes", reason: "人数和证书不一致", fieldComments: { "facts.peopleTrained": "证书上是 3 人" } });
    expect(returned).toMatchObject({ status: "changes_requested", changeRequest: { fieldComments: { "facts.peopleTrained": "证书上是 3 人" } } });

    const seen = await getApplication(applicant.actor, draft.id);
    expect(seen.changeRequest?.fieldComments).toEqual({ "facts.peopleTrained": "证书上是 3 人" });
    await updateApplication(applicant.actor, draft.id, { facts: { peopleTrained: 3 }, declarationAccepted: true });
    const resubmitted = await submitApplication(applicant.actor, draft.id);
    expect(resubmitted).toMatchObject({ status: "submitted", stage: 1, amount: { minFen: 450_000, maxFen: 450_000 } });

    const review = await getReview(official2, draft.id);
    expect(review.diff).toEqual([{ field: "facts.peopleTrained", before: 2, after: 3 }]);
    expect(review.history.map((h) => h.action)).toEqual(["created", "submitted", "changes_requested", "resubmitted"]);
  });

  it("rejects only citing unmet criteria or a reason", async () => {
    const applicant = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant);
    await submitApplication(applicant.actor, draft.id);
    await expect(decideApplication(official, draft.id, { action: "reject" })).rejects.toMatchObject({ fieldErrors: { reason: ["reason_required"] } });
    await expect(decideApplication(official, draft.id, { action: "reject", criteria: ["completed-training"] })).rejects.toMatchObject({ fieldErrors: { criteria: ["criterion_not_unmet"] } });
    const rejected = await decideApplication(official, draft.id, { action: "reject", reason: "培训机构不在认定名单内" });
    expect(rejected.status).toBe("rejected");
  });
});

describe("filing on someone's behalf", () => {
  it("lets station staff file for a farmer without a phone under a subsidy delegation, and keeps them off the review", async () => {
    const farmer = await registerApplicantForStation(staffMeitan, { name: "龙阿婆" });
    const today = todayIsoInChina();
    await recordDelegation(staffMeitan, { applicantId: farmer.id, scope: ["subjects", "subsidy"], validFrom: today, validUntil: `${Number(today.slice(0, 4)) + 1}-01-01`, method: "signed_form" }, { bytes: PDF });
    const actingFor = await resolveActingFor({ id: staffMeitan.userId, role: "station_staff", name: staffMeitan.name, countyCode: MEITAN, prefectureCode: null, stationId: staffMeitan.stationId, locale: "zh-CN" }, farmer.id);
    const acting: Actor = { ...staffMeitan, actingFor };
    const subject = await createSubject(acting, { type: "cooperative", name: "龙阿婆茶叶合作社", idKind: "uscc", idNumber: uniqueUscc(), countyCode: MEITAN, registeredOn: "2020-05-05", products: "绿茶" });
    const { draft } = await completeTrainingDraft({ actor: acting, phone: "", subjectId: subject.id });
    const submitted = await submitApplication(acting, draft.id);
    expect(submitted.status).toBe("submitted");

    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: draft.id, action: "application.submitted" } });
    expect(audit).toMatchObject({ actorId: staffMeitan.userId, onBehalfOfId: farmer.id });
    await expect(decideApplication(staffMeitan, draft.id, { action: "approve", amountFen: 450_000 })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("authorisation", () => {
  it("hides an applicant's application and documents from another applicant (404)", async () => {
    const a = await newApplicant();
    const b = await newApplicant();
    const { draft, licence } = await completeTrainingDraft(a);
    await expect(getApplication(b.actor, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getDocument(b.actor, licence.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(readDocumentFile(b.actor, licence.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateApplication(b.actor, draft.id, { declarationAccepted: false })).rejects.toMatchObject({ code: "not_found" });

    const tokenB = await tokenFor(b.phone);
    const response = await getApplicationRoute(api(`/api/v1/applications/${draft.id}`, tokenB), params({ id: draft.id }));
    expect(response.status).toBe(404);
    const list = await (await listRoute(api("/api/v1/applications", tokenB), params({}))).json();
    expect(list.applications.map((x: { id: string }) => x.id)).not.toContain(draft.id);
  });

  it("shows station staff only their county and officials only their prefecture", async () => {
    const meitan = await newApplicant();
    const { draft } = await completeTrainingDraft(meitan);
    await submitApplication(meitan.actor, draft.id);
    await expect(getApplication(staffMeitan, draft.id)).resolves.toMatchObject({ id: draft.id });
    await expect(getApplication(staffWeining, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getApplication(official, draft.id)).resolves.toMatchObject({ id: draft.id });
    await expect(getApplication(officialElsewhere, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(decideApplication(officialElsewhere, draft.id, { action: "reject", reason: "x" })).rejects.toMatchObject({ code: "not_found" });
    expect((await listApplications(official)).map((x) => x.id)).toContain(draft.id);
    expect((await listApplications(officialElsewhere)).map((x) => x.id)).not.toContain(draft.id);
    expect((await listApplications(staffWeining)).map((x) => x.id)).not.toContain(draft.id);
  });
});

describe("demo seed", () => {
  it("gives the Zunyi bureau at least 12 applications in every state, with evidence", async () => {
    const rows = await testDb().application.findMany({ where: { prefectureCode: "5203", id: { startsWith: "seed-application-" } }, select: { status: true, documents: { select: { documentId: true } } } });
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["draft", "submitted", "in_review", "changes_requested", "approved", "rejected"]));
    expect(rows.filter((r) => r.status !== "draft").every((r) => r.documents.length > 0 || r.status === "approved")).toBe(true);
    await seedDatabase(testDb());
    expect(await testDb().application.count({ where: { id: { startsWith: "seed-application-" } } })).toBe(rows.length);
  });
});

describe("dashboard", () => {
  it("agrees with the data", async () => {
    const dashboard = await getDashboard(official);
    const rows = await testDb().application.findMany({ where: { prefectureCode: "5203" }, select: { status: true, subjectId: true, approvedAmountFen: true } });
    const subjects = await testDb().marketSubject.count({ where: { county: { prefectureCode: "5203" } } });
    const approved = rows.filter((r) => r.status === "approved");
    expect(dashboard.byStatus).toEqual(rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {}));
    expect(dashboard.approvedAmountFen).toBe(approved.reduce((sum, r) => sum + (r.approvedAmountFen ?? 0), 0));
    expect(dashboard.subjectsRegistered).toBe(subjects);
    expect(dashboard.subjectsSupported).toBe(new Set(approved.map((r) => r.subjectId)).size);
    expect(dashboard.coverageBps).toBe(Math.round((dashboard.subjectsSupported * 10_000) / subjects));
    await expect(getDashboard(staffMeitan)).rejects.toMatchObject({ code: "forbidden" });
  });
});
