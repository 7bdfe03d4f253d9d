import "server-only";
import { todayIsoInChina } from "@/i18n/format";
import { getSubject } from "@/modules/identity/service";
import { actorCan, auditPeople, subjectOwnerId, type Actor } from "@/server/actor";
import { appendAudit } from "@/server/audit";
import { sha256Hex } from "@/server/crypto";
import { db, type Tx } from "@/server/db";
import { forbidden, notFound } from "@/server/errors";
import { checkUpload } from "@/server/file-type";
import { fileStorage } from "@/server/storage";
import { fieldError, parseInput } from "@/server/validation";
import { isExpired, type TDocumentType } from "./domain/document-types";
import * as repo from "./repository";
import { ZDocumentDto, ZUploadDocument, type TDocumentDto } from "./schemas";

// The evidence vault every module shares: a subject's documents are stored once, verified
// once by whichever department checks them first, and attached from here to any
// application (EU OOTS "once only"; seed 002 §4.1's "departments pass the buck").

type DocumentRow = NonNullable<Awaited<ReturnType<typeof repo.findDocument>>>;

export type DocumentView = TDocumentDto & { ownerUserId: string; countyCode: string };

function toView(row: DocumentRow, todayIso = todayIsoInChina()): DocumentView {
  const dto = ZDocumentDto.parse({
    id: row.id,
    subjectId: row.subjectId,
    type: row.type,
    issuer: row.issuer,
    number: row.number,
    validFrom: row.validFrom,
    validTo: row.validTo,
    expired: isExpired(row, todayIso),
    verified: row.verifiedAt !== null,
    verifiedDepartment: row.verifiedDepartment,
    sha256: row.file.sha256,
    mimeType: row.file.mimeType,
    sizeBytes: row.file.sizeBytes,
    createdAt: row.createdAt.toISOString(),
    usedIn: row.uses.map((use) => ({ applicationId: use.application.id, reference: use.application.reference, programmeId: use.application.programmeId, status: use.application.status })),
  });

  return { ...dto, ownerUserId: row.ownerUserId, countyCode: row.subject.countyCode };
}

/** Only the subject's owner (or station staff acting for them under a subsidy delegation) adds to the vault. */
async function requireOwnSubject(actor: Actor, subjectId: string) {
  if (!actorCan(actor, "subsidy.apply")) throw forbidden("subsidy.apply");
  const subject = await getSubject(actor, subjectId);
  if (subject.ownerId !== subjectOwnerId(actor)) throw notFound("subject");

  return subject;
}

export async function uploadDocument(actor: Actor, subjectId: string, input: unknown, file: { bytes: Uint8Array } | null): Promise<DocumentView> {
  const subject = await requireOwnSubject(actor, subjectId);
  const data = parseInput(ZUploadDocument, input);
  if (!file || file.bytes.length === 0) throw fieldError("file", "document_file_required");
  // Judged by content, never by name or Content-Type (OWASP File Upload cheat sheet).
  const check = checkUpload(file.bytes);
  if (!check.ok) throw fieldError("file", `file_${check.reason}`);
  const sha256 = sha256Hex(file.bytes);
  const storageKey = await fileStorage().put(file.bytes, check.extension);

  return db().$transaction(async (tx) => {
    const stored = await repo.createStoredFile(tx, { storageKey, mimeType: check.mime, sizeBytes: file.bytes.length, sha256, ownerUserId: subject.ownerId, uploadedById: actor.userId });
    const created = await repo.createDocument(tx, { subjectId, ownerUserId: subject.ownerId, type: data.type, issuer: data.issuer, number: data.number, validFrom: data.validFrom ?? null, validTo: data.validTo ?? null, fileId: stored.id, uploadedById: actor.userId });
    await appendAudit(tx, { ...auditPeople(actor), action: "document.uploaded", targetType: "document", targetId: created.id, after: { subjectId, type: data.type, sha256, sizeBytes: file.bytes.length } });

    return toView(created);
  });
}

/** Everyone who may see the subject may see its documents: owner, acting staff, staff of its county, officials of its prefecture. */
export async function listSubjectDocuments(actor: Actor, subjectId: string): Promise<DocumentView[]> {
  await getSubject(actor, subjectId);
  const today = todayIsoInChina();

  return (await repo.listDocumentsOfSubject(db(), subjectId)).map((row) => toView(row, today));
}

export async function getDocument(actor: Actor, documentId: string): Promise<DocumentView> {
  const row = await repo.findDocument(db(), documentId);
  if (!row) throw notFound("document");
  await getSubject(actor, row.subjectId).catch(() => {
    throw notFound("document");
  });

  return toView(row);
}

export async function readDocumentFile(actor: Actor, documentId: string): Promise<{ bytes: Buffer; mimeType: string }> {
  const row = await repo.findDocument(db(), documentId);
  if (!row) throw notFound("document");
  await getSubject(actor, row.subjectId).catch(() => {
    throw notFound("document");
  });

  return { bytes: await fileStorage().get(row.file.storageKey), mimeType: row.file.mimeType };
}

/** The department an official verifies for: their prefecture's commerce bureau. */
export function departmentOf(actor: Actor): string {
  return `commerce-${actor.prefectureCode ?? "province"}`;
}

/** An official of the subject's prefecture confirms a document against the original; any department then reuses it. */
export async function verifyDocument(actor: Actor, documentId: string): Promise<DocumentView> {
  if (!actorCan(actor, "subsidy.review") || !actor.prefectureCode) throw forbidden("subsidy.review");
  const row = await repo.findDocument(db(), documentId);
  if (!row || row.subject.county.prefectureCode !== actor.prefectureCode) throw notFound("document");

  return db().$transaction(async (tx) => {
    const { count } = await repo.markVerified(tx, documentId, { verifiedById: actor.userId, verifiedDepartment: departmentOf(actor), at: new Date() });
    if (count === 1) await appendAudit(tx, { ...auditPeople(actor), action: "document.verified", targetType: "document", targetId: documentId, after: { department: departmentOf(actor) } });
    const updated = await repo.findDocument(tx, documentId);

    return toView(updated!);
  });
}

// --- for other modules' services (they have authorised the actor for the subject already) ---

export type AttachableDocument = { id: string; type: TDocumentType; validFrom: string | null; validTo: string | null; verified: boolean };

export async function findSubjectDocuments(client: Tx | ReturnType<typeof db>, subjectId: string, ids: string[]): Promise<AttachableDocument[]> {
  const rows = await repo.findDocumentsByIds(client, subjectId, ids);

  return rows.map((row) => ({ id: row.id, type: row.type as TDocumentType, validFrom: row.validFrom, validTo: row.validTo, verified: row.verifiedAt !== null }));
}
