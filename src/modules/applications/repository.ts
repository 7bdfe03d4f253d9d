import "server-only";
import type { Db, Tx } from "@/server/db";

// The only Prisma importer of the applications module.
type Client = Db | Tx;

export const applicationSelect = {
  id: true,
  reference: true,
  subjectId: true,
  applicantId: true,
  filedById: true,
  countyCode: true,
  prefectureCode: true,
  programmeId: true,
  programmeVersion: true,
  ruleSnapshot: true,
  reviewStages: true,
  facts: true,
  screeningAnswers: true,
  subjectConfirmedAt: true,
  bankAccountMasked: true,
  bankName: true,
  accountHolder: true,
  declarationAcceptedAt: true,
  status: true,
  stage: true,
  revision: true,
  recommendedAmountFen: true,
  approvedAmountFen: true,
  changeRequest: true,
  firstSubmittedAt: true,
  submittedAt: true,
  decidedAt: true,
  createdAt: true,
  subject: { select: { id: true, name: true, type: true, registeredOn: true, countyCode: true, idMasked: true, county: { select: { nameZh: true, nameEn: true } } } },
  documents: { select: { documentId: true, document: { select: { id: true, type: true, validFrom: true, validTo: true, verifiedAt: true } } }, orderBy: { attachedAt: "asc" as const } },
} as const;

export const listSelect = {
  id: true,
  reference: true,
  status: true,
  stage: true,
  programmeId: true,
  subjectId: true,
  applicantId: true,
  countyCode: true,
  submittedAt: true,
  createdAt: true,
  subject: { select: { name: true } },
} as const;

export async function nextReferenceSequence(client: Client, year: number): Promise<number> {
  // Write first (SQLite deferred transactions: a read-then-write under contention is SQLITE_BUSY).
  const row = await client.applicationCounter.upsert({ where: { year }, create: { year, last: 1 }, update: { last: { increment: 1 } }, select: { last: true } });

  return row.last;
}

export function createApplication(
  client: Client,
  data: {
    reference: string;
    subjectId: string;
    applicantId: string;
    filedById: string;
    countyCode: string;
    prefectureCode: string;
    programmeId: string;
    programmeVersion: number;
    ruleSnapshot: string;
    reviewStages: string;
    facts: string;
    screeningAnswers: string | null;
    status: string;
  },
) {
  return client.application.create({ data, select: { id: true } });
}

export function findApplication(client: Client, id: string) {
  return client.application.findUnique({ where: { id }, select: applicationSelect });
}

export function findOpenApplication(client: Client, subjectId: string, programmeId: string) {
  return client.application.findFirst({ where: { subjectId, programmeId, status: { notIn: ["approved", "rejected"] } }, select: { id: true, reference: true } });
}

export function findBankCiphertext(client: Client, id: string) {
  return client.application.findUnique({ where: { id }, select: { bankAccountCiphertext: true } });
}

/** A conditional write: only the revision the caller read, in a status that allows it. Returns the rows changed (0 or 1). */
export async function updateIfRevision(client: Client, id: string, revision: number, statuses: string[], data: Record<string, unknown>): Promise<number> {
  const { count } = await client.application.updateMany({ where: { id, revision, status: { in: statuses } }, data: { ...data, revision: { increment: 1 } } });

  return count;
}

export async function replaceDocuments(client: Client, applicationId: string, documentIds: string[], attachedById: string) {
  const existing = await client.applicationDocument.findMany({ where: { applicationId }, select: { documentId: true } });
  const keep = new Set(documentIds);
  const removed = existing.map((row) => row.documentId).filter((id) => !keep.has(id));
  if (removed.length > 0) await client.applicationDocument.deleteMany({ where: { applicationId, documentId: { in: removed } } });
  const have = new Set(existing.map((row) => row.documentId));
  const added = documentIds.filter((id) => !have.has(id));
  if (added.length > 0) await client.applicationDocument.createMany({ data: added.map((documentId) => ({ applicationId, documentId, attachedById })) });
}

export function createEvent(
  client: Client,
  data: { applicationId: string; action: string; fromStatus: string | null; toStatus: string | null; stage: number | null; actorId: string; onBehalfOfId: string | null; reason?: string | null; details?: string | null; amountFen?: number | null },
) {
  return client.applicationEvent.create({ data, select: { id: true } });
}

export function listEvents(client: Client, applicationId: string) {
  return client.applicationEvent.findMany({
    where: { applicationId },
    select: { id: true, action: true, fromStatus: true, toStatus: true, stage: true, actorId: true, onBehalfOfId: true, reason: true, details: true, amountFen: true, at: true },
    orderBy: { at: "asc" },
  });
}

export function listByApplicant(client: Client, applicantId: string) {
  return client.application.findMany({ where: { applicantId }, select: listSelect, orderBy: { createdAt: "desc" }, take: 200 });
}

export function listByCounty(client: Client, countyCode: string) {
  return client.application.findMany({ where: { countyCode }, select: listSelect, orderBy: { createdAt: "desc" }, take: 200 });
}

export function listQueue(client: Client, where: { prefectureCode: string; countyCode?: string; programmeId?: string; statuses: string[]; submittedBefore?: Date }) {
  return client.application.findMany({
    where: {
      prefectureCode: where.prefectureCode,
      status: { in: where.statuses },
      ...(where.countyCode ? { countyCode: where.countyCode } : {}),
      ...(where.programmeId ? { programmeId: where.programmeId } : {}),
      ...(where.submittedBefore ? { submittedAt: { lte: where.submittedBefore } } : {}),
    },
    select: listSelect,
    // Oldest first: the queue is worked in the order people asked.
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
}

export function dashboardRows(client: Client, prefectureCode: string) {
  return client.application.findMany({
    where: { prefectureCode },
    select: { status: true, programmeId: true, countyCode: true, subjectId: true, firstSubmittedAt: true, decidedAt: true, approvedAmountFen: true },
  });
}

export function countSubjectsInPrefecture(client: Client, prefectureCode: string) {
  return client.marketSubject.count({ where: { county: { prefectureCode } } });
}

export function countiesOfPrefecture(client: Client, prefectureCode: string) {
  return client.county.findMany({ where: { prefectureCode }, select: { code: true, nameZh: true, nameEn: true }, orderBy: { code: "asc" } });
}

export function findCounty(client: Client, code: string) {
  return client.county.findUnique({ where: { code }, select: { prefectureCode: true } });
}

/** Active users of the given roles whose area is the prefecture (who may review its applications). */
export function reviewersOfPrefecture(client: Client, prefectureCode: string, roles: readonly string[]) {
  return client.user.findMany({ where: { role: { in: [...roles] }, prefectureCode, disabledAt: null }, select: { id: true } });
}

export function namesOfUsers(client: Client, ids: string[]) {
  return client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
}

/** Open applications (submitted, under review, returned for changes) of one programme in a prefecture: what a rule change would touch. */
export function listOpenForProgramme(client: Client, prefectureCode: string, programmeId: string, statuses: readonly string[]) {
  return client.application.findMany({
    where: { prefectureCode, programmeId, status: { in: [...statuses] } },
    select: {
      id: true,
      reference: true,
      status: true,
      countyCode: true,
      programmeVersion: true,
      facts: true,
      subject: { select: { name: true, type: true, registeredOn: true, county: { select: { nameZh: true, nameEn: true } } } },
    },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
  });
}
