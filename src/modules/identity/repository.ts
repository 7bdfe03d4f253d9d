import "server-only";
import type { Db, Tx } from "@/server/db";

// The only Prisma importer of the identity module: queries, no business rules (cal.com).
type Client = Db | Tx;

export const sessionUserSelect = {
  id: true,
  name: true,
  role: true,
  countyCode: true,
  prefectureCode: true,
  stationId: true,
  locale: true,
  phone: true,
  isDemo: true,
  disabledAt: true,
  sessionsValidAfter: true,
} as const;

export function findUserByPhone(client: Client, phone: string) {
  return client.user.findUnique({ where: { phone }, select: { ...sessionUserSelect, passwordHash: true } });
}

export function findUserById(client: Client, id: string) {
  return client.user.findUnique({ where: { id }, select: sessionUserSelect });
}

export function findCredentials(client: Client, id: string) {
  return client.user.findUnique({ where: { id }, select: { ...sessionUserSelect, passwordHash: true } });
}

export function setLocale(client: Client, id: string, locale: string) {
  return client.user.update({ where: { id }, data: { locale }, select: { id: true } });
}

/** A new password voids every session issued before `sessionsValidFrom`. */
export function setPasswordHash(client: Client, id: string, passwordHash: string, sessionsValidFrom: Date) {
  return client.user.update({ where: { id }, data: { passwordHash, sessionsValidAfter: sessionsValidFrom }, select: { id: true } });
}

export function setDisabledAt(client: Client, id: string, disabledAt: Date | null) {
  return client.user.update({ where: { id }, data: { disabledAt }, select: { id: true } });
}

/** Everyone but applicants: the accounts an administrator runs. */
const staffAccountSelect = { ...sessionUserSelect, createdAt: true, station: { select: { nameZh: true, nameEn: true } } } as const;

export function listStaffAccounts(client: Client) {
  return client.user.findMany({ where: { role: { not: "applicant" } }, orderBy: [{ role: "asc" }, { createdAt: "asc" }], select: staffAccountSelect });
}

export function findStaffAccount(client: Client, id: string) {
  return client.user.findFirst({ where: { id, role: { not: "applicant" } }, select: staffAccountSelect });
}

export function createStaffUser(client: Client, data: { phone: string; name: string; passwordHash: string; role: string; countyCode: string | null; prefectureCode: string | null; stationId: string | null; registeredByUserId: string }) {
  return client.user.create({ data, select: sessionUserSelect });
}

export function listStations(client: Client) {
  return client.serviceStation.findMany({ orderBy: [{ countyCode: "asc" }, { kind: "asc" }, { nameZh: "asc" }], select: { id: true, nameZh: true, nameEn: true, countyCode: true } });
}

export function listPrefectures(client: Client) {
  return client.prefecture.findMany({ orderBy: { code: "asc" }, select: { code: true, nameZh: true, nameEn: true } });
}

export function findPrefecture(client: Client, code: string) {
  return client.prefecture.findUnique({ where: { code }, select: { code: true } });
}

export function findCounty(client: Client, code: string) {
  return client.county.findUnique({ where: { code }, select: { code: true, nameZh: true, nameEn: true, prefectureCode: true } });
}

export function listCounties(client: Client) {
  return client.county.findMany({
    select: { code: true, nameZh: true, nameEn: true, prefecture: { select: { code: true, nameZh: true, nameEn: true } } },
    orderBy: { code: "asc" },
  });
}

export function createUser(
  client: Client,
  data: { phone: string | null; name: string; passwordHash: string | null; role: string; countyCode: string; locale?: string; registeredByUserId?: string | null },
) {
  return client.user.create({ data, select: sessionUserSelect });
}

export function recentFailedLogins(client: Client, accountKey: string, ip: string, since: Date) {
  return Promise.all([
    client.loginAttempt.findMany({ where: { accountKey, succeeded: false, at: { gte: since } }, select: { at: true }, orderBy: { at: "desc" }, take: 100 }),
    client.loginAttempt.findMany({ where: { ip, succeeded: false, at: { gte: since } }, select: { at: true }, orderBy: { at: "desc" }, take: 100 }),
  ]);
}

export function recordLoginAttempt(client: Client, data: { accountKey: string; ip: string; succeeded: boolean }) {
  return client.loginAttempt.create({ data, select: { id: true } });
}

// --- market subjects -------------------------------------------------------

export const subjectSelect = {
  id: true,
  ownerId: true,
  type: true,
  name: true,
  idKind: true,
  idMasked: true,
  countyCode: true,
  registeredOn: true,
  products: true,
  createdAt: true,
  county: { select: { nameZh: true, nameEn: true } },
} as const;

export function listSubjectsByOwner(client: Client, ownerId: string) {
  return client.marketSubject.findMany({ where: { ownerId }, select: subjectSelect, orderBy: { createdAt: "asc" } });
}

export function listSubjectsByOwners(client: Client, ownerIds: string[]) {
  return client.marketSubject.findMany({ where: { ownerId: { in: ownerIds } }, select: subjectSelect, orderBy: { createdAt: "asc" } });
}

export function findSubject(client: Client, id: string) {
  return client.marketSubject.findUnique({ where: { id }, select: { ...subjectSelect, owner: { select: { id: true, name: true, countyCode: true } } } });
}

export function findSubjectCipher(client: Client, id: string) {
  return client.marketSubject.findUnique({ where: { id }, select: { id: true, idCiphertext: true, countyCode: true, county: { select: { prefectureCode: true } } } });
}

export function subjectLookupHashExists(client: Client, idLookupHash: string) {
  return client.marketSubject.findUnique({ where: { idLookupHash }, select: { id: true } });
}

export function createSubject(
  client: Client,
  data: {
    ownerId: string;
    type: string;
    name: string;
    idKind: string;
    idCiphertext: string;
    idLookupHash: string;
    idMasked: string;
    countyCode: string;
    registeredOn: string;
    products: string;
    createdById: string;
  },
) {
  return client.marketSubject.create({ data, select: subjectSelect });
}

export function updateSubject(client: Client, id: string, data: { type: string; name: string; countyCode: string; registeredOn: string; products: string }) {
  return client.marketSubject.update({ where: { id }, data, select: subjectSelect });
}

export function listSubjectsInPrefecture(client: Client, prefectureCode: string, countyCode: string | null, skip: number, take: number) {
  const where = { county: { prefectureCode }, ...(countyCode ? { countyCode } : {}) };

  return Promise.all([
    client.marketSubject.findMany({ where, select: subjectSelect, orderBy: [{ countyCode: "asc" }, { name: "asc" }], skip, take }),
    client.marketSubject.count({ where }),
  ]);
}

// --- applicants, stations, delegations --------------------------------------

export function listCountyApplicants(client: Client, countyCode: string) {
  return client.user.findMany({
    where: { countyCode, role: "applicant" },
    select: { id: true, name: true, phone: true, createdAt: true, registeredByUserId: true, _count: { select: { subjects: true } } },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
}

export function findApplicantInCounty(client: Client, id: string, countyCode: string) {
  return client.user.findFirst({ where: { id, countyCode, role: "applicant" }, select: { id: true, name: true, phone: true, countyCode: true, createdAt: true } });
}

export function findStation(client: Client, id: string) {
  return client.serviceStation.findUnique({ where: { id }, select: { id: true, nameZh: true, nameEn: true, countyCode: true, kind: true } });
}

export const delegationSelect = {
  id: true,
  applicantId: true,
  stationId: true,
  scope: true,
  validFrom: true,
  validUntil: true,
  consentMethod: true,
  consentFileId: true,
  codeExpiresAt: true,
  confirmedAt: true,
  revokedAt: true,
  createdAt: true,
  station: { select: { nameZh: true, nameEn: true, countyCode: true } },
  recordedBy: { select: { name: true } },
  applicant: { select: { name: true } },
} as const;

export function listDelegationsForApplicant(client: Client, applicantId: string) {
  return client.delegation.findMany({ where: { applicantId }, select: delegationSelect, orderBy: { createdAt: "desc" } });
}

export function findDelegation(client: Client, id: string) {
  return client.delegation.findUnique({ where: { id }, select: { ...delegationSelect, codeHash: true, codeAttempts: true } });
}

/** A delegation as shown to people: no code hash. */
export function findDelegationView(client: Client, id: string) {
  return client.delegation.findUniqueOrThrow({ where: { id }, select: delegationSelect });
}

export function findActiveDelegation(client: Client, applicantId: string, stationId: string, todayIso: string) {
  return client.delegation.findFirst({
    where: { applicantId, stationId, revokedAt: null, confirmedAt: { not: null }, validFrom: { lte: todayIso }, validUntil: { gte: todayIso } },
    select: delegationSelect,
    orderBy: { createdAt: "desc" },
  });
}

export function listActiveDelegationsForStation(client: Client, stationId: string, todayIso: string) {
  return client.delegation.findMany({
    where: { stationId, revokedAt: null, confirmedAt: { not: null }, validFrom: { lte: todayIso }, validUntil: { gte: todayIso } },
    select: { applicantId: true, scope: true },
  });
}

export function createDelegation(
  client: Client,
  data: {
    applicantId: string;
    stationId: string;
    scope: string;
    validFrom: string;
    validUntil: string;
    consentMethod: string;
    consentFileId?: string | null;
    codeHash?: string | null;
    codeExpiresAt?: Date | null;
    confirmedAt?: Date | null;
    recordedById: string;
  },
) {
  return client.delegation.create({ data, select: delegationSelect });
}

export function updateDelegation(client: Client, id: string, data: { confirmedAt?: Date; revokedAt?: Date; revokedById?: string; codeAttempts?: number; codeHash?: string | null }) {
  return client.delegation.update({ where: { id }, data, select: delegationSelect });
}

/**
 * Counts one wrong confirmation code, atomically and only while fewer than `max` have been
 * counted; returns how many rows changed (0: the cap was already reached).
 */
export async function countWrongDelegationCode(client: Client, id: string, max: number): Promise<number> {
  const { count } = await client.delegation.updateMany({ where: { id, codeAttempts: { lt: max } }, data: { codeAttempts: { increment: 1 } } });

  return count;
}

/**
 * Confirms a pending code delegation only if it is still pending with this code hash and
 * under the attempt cap (a concurrent confirmation, revocation or wrong guess may have won);
 * returns how many rows changed.
 */
export async function confirmPendingDelegationCode(client: Client, id: string, codeHash: string, max: number, at: Date): Promise<number> {
  const { count } = await client.delegation.updateMany({
    where: { id, codeHash, confirmedAt: null, revokedAt: null, codeAttempts: { lt: max } },
    data: { confirmedAt: at, codeHash: null },
  });

  return count;
}

export function createStoredFile(
  client: Client,
  data: { storageKey: string; mimeType: string; sizeBytes: number; sha256: string; purpose: string; ownerUserId: string; uploadedById: string },
) {
  return client.storedFile.create({ data, select: { id: true } });
}

export function findStoredFile(client: Client, id: string) {
  return client.storedFile.findUnique({ where: { id }, select: { id: true, storageKey: true, mimeType: true, ownerUserId: true, uploadedById: true, purpose: true } });
}

// --- API tokens ----------------------------------------------------------------

export function createApiToken(client: Client, data: { userId: string; name: string; tokenHash: string; expiresAt: Date }) {
  return client.apiToken.create({ data, select: { id: true, expiresAt: true } });
}

type SessionUserRow = { id: string; name: string; role: string; countyCode: string | null; prefectureCode: string | null; stationId: string | null; locale: string; phone: string | null; isDemo: boolean; disabledAt: Date | null };
type ApiTokenRow = { id: string; userId: string; expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null };
type TokenUserRow = { tokenId: string; expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null; id: string; name: string; role: string; countyCode: string | null; prefectureCode: string | null; stationId: string | null; locale: string; phone: string | null; isDemo: boolean | number; disabledAt: Date | null };

/**
 * The token and its user in one raw join: every API call runs it, and Prisma's model query
 * would issue two statements at about three times the CPU each. Both adapters map the
 * columns' declared types (dates to Date); SQLite may still hand a boolean back as 0/1.
 */
export async function findApiTokenByHash(client: Client, tokenHash: string): Promise<(ApiTokenRow & { user: SessionUserRow }) | null> {
  const rows = await client.$queryRaw<TokenUserRow[]>`
    SELECT t."id" AS "tokenId", t."expiresAt", t."revokedAt", t."lastUsedAt",
           u."id", u."name", u."role", u."countyCode", u."prefectureCode", u."stationId", u."locale", u."phone", u."isDemo", u."disabledAt"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${tokenHash}`;
  const row = rows[0];
  if (!row) return null;
  const { tokenId, expiresAt, revokedAt, lastUsedAt, isDemo, ...user } = row;

  return { id: tokenId, userId: user.id, expiresAt: new Date(expiresAt), revokedAt: revokedAt && new Date(revokedAt), lastUsedAt: lastUsedAt && new Date(lastUsedAt), user: { ...user, isDemo: Boolean(isDemo), disabledAt: user.disabledAt && new Date(user.disabledAt) } };
}

export function listApiTokens(client: Client, userId: string) {
  return client.apiToken.findMany({ where: { userId }, select: { id: true, name: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true }, orderBy: { createdAt: "desc" } });
}

export function revokeApiToken(client: Client, id: string, userId: string, at: Date) {
  return client.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: at } });
}

export function touchApiToken(client: Client, id: string, at: Date) {
  return client.apiToken.update({ where: { id }, data: { lastUsedAt: at }, select: { id: true } });
}

// --- audit history and summaries ----------------------------------------------------

export function listHistoryForUser(client: Client, userId: string, take = 100) {
  return client.auditEvent.findMany({
    where: { OR: [{ actorId: userId }, { onBehalfOfId: userId }, { targetType: "user", targetId: userId }] },
    select: { seq: true, at: true, action: true, actorId: true, onBehalfOfId: true, targetType: true, targetId: true },
    orderBy: { seq: "desc" },
    take,
  });
}

export function listAuditChain(client: Client, afterSeq: number, take: number) {
  return client.auditEvent.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take });
}

export function namesOfUsers(client: Client, ids: string[]) {
  return client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, role: true } });
}

export async function countsForPrefecture(client: Client, prefectureCode: string) {
  const [applicants, subjects, stations, delegations] = await Promise.all([
    client.user.count({ where: { role: "applicant", county: { prefectureCode } } }),
    client.marketSubject.count({ where: { county: { prefectureCode } } }),
    client.serviceStation.count({ where: { county: { prefectureCode } } }),
    client.delegation.count({ where: { revokedAt: null, confirmedAt: { not: null }, station: { county: { prefectureCode } } } }),
  ]);

  return { applicants, subjects, stations, delegations };
}

export function subjectsPerCounty(client: Client, prefectureCode: string) {
  return client.county.findMany({
    where: { prefectureCode },
    select: { code: true, nameZh: true, nameEn: true, _count: { select: { subjects: true, users: true, stations: true } } },
    orderBy: { code: "asc" },
  });
}

export async function countsForAdmin(client: Client) {
  const [users, subjects, stations, counties, auditEvents] = await Promise.all([
    client.user.groupBy({ by: ["role"], _count: { _all: true } }),
    client.marketSubject.count(),
    client.serviceStation.count(),
    client.county.count(),
    client.auditEvent.count(),
  ]);

  return { users, subjects, stations, counties, auditEvents };
}
