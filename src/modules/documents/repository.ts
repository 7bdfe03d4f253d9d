import "server-only";
import type { Db, Tx } from "@/server/db";

// The only Prisma importer of the documents module.
type Client = Db | Tx;

export const documentSelect = {
  id: true,
  subjectId: true,
  ownerUserId: true,
  type: true,
  issuer: true,
  number: true,
  validFrom: true,
  validTo: true,
  verifiedAt: true,
  verifiedById: true,
  verifiedDepartment: true,
  uploadedById: true,
  createdAt: true,
  file: { select: { id: true, storageKey: true, mimeType: true, sizeBytes: true, sha256: true } },
  subject: { select: { id: true, ownerId: true, countyCode: true, county: { select: { prefectureCode: true } } } },
  uses: { select: { application: { select: { id: true, reference: true, programmeId: true, status: true } } }, orderBy: { attachedAt: "asc" as const } },
} as const;

export function createStoredFile(client: Client, data: { storageKey: string; mimeType: string; sizeBytes: number; sha256: string; ownerUserId: string; uploadedById: string }) {
  return client.storedFile.create({ data: { ...data, purpose: "evidence" }, select: { id: true } });
}

export function createDocument(
  client: Client,
  data: { subjectId: string; ownerUserId: string; type: string; issuer: string; number: string; validFrom: string | null; validTo: string | null; fileId: string; uploadedById: string },
) {
  return client.document.create({ data, select: documentSelect });
}

export function findDocument(client: Client, id: string) {
  return client.document.findUnique({ where: { id }, select: documentSelect });
}

export function listDocumentsOfSubject(client: Client, subjectId: string) {
  return client.document.findMany({ where: { subjectId }, select: documentSelect, orderBy: { createdAt: "desc" } });
}

export function findDocumentsByIds(client: Client, subjectId: string, ids: string[]) {
  return client.document.findMany({ where: { subjectId, id: { in: ids } }, select: documentSelect });
}

/** Sets the verified flag once; a second verification changes nothing (count 0). */
export function markVerified(client: Client, id: string, data: { verifiedById: string; verifiedDepartment: string; at: Date }) {
  return client.document.updateMany({ where: { id, verifiedAt: null }, data: { verifiedAt: data.at, verifiedById: data.verifiedById, verifiedDepartment: data.verifiedDepartment } });
}
