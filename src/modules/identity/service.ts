import "server-only";
import { actorCan, auditPeople, subjectOwnerId, type Actor } from "@/server/actor";
import { appendAudit } from "@/server/audit";
import { GENESIS_HASH, verifyAuditChain } from "@/server/audit-chain";
import { encryptField, generateNumericCode, generateToken, hashToken, lookupHash, sha256Hex } from "@/server/crypto";
import { db } from "@/server/db";
import { demoAccountsAllowed } from "@/server/env";
import { AppError, forbidden, notFound, onUniqueViolation } from "@/server/errors";
import { checkUpload } from "@/server/file-type";
import { fieldEncryptionKey, lookupHashKey } from "@/server/keys";
import { can, isRole, type Permission, type Role } from "@/server/permissions";
import { fileStorage } from "@/server/storage";
import { unmaskAudited } from "@/server/unmask";
import { fieldError, parseInput } from "@/server/validation";
import { todayIsoInChina } from "@/i18n/format";
import { parseSubjectIdentifier } from "./domain/identifiers";
import { THROTTLE_LOOKBACK_MS, checkLoginThrottle } from "./domain/login-throttle";
import { maskIdentifier, maskPhone } from "./domain/masking";
import { checkPassword } from "./domain/password-policy";
import { hashPassword, verifyPassword } from "./passwords";
import * as repo from "./repository";
import {
  ZChangePassword,
  ZConfirmCode,
  ZCreateStaffAccount,
  ZCreateSubject,
  ZLogin,
  ZRecordDelegation,
  ZRegisterApplicant,
  ZSetPassword,
  ZStaffRegisterApplicant,
  ZUpdateSubject,
  type TSubjectDto,
} from "./schemas";

export type SessionUser = {
  id: string;
  role: Role;
  name: string;
  countyCode: string | null;
  prefectureCode: string | null;
  stationId: string | null;
  locale: string;
};

function toSessionUser(user: { id: string; role: string; name: string; countyCode: string | null; prefectureCode: string | null; stationId: string | null; locale: string }): SessionUser {
  if (!isRole(user.role)) throw new Error("user has an unknown role");

  return { id: user.id, role: user.role, name: user.name, countyCode: user.countyCode, prefectureCode: user.prefectureCode, stationId: user.stationId, locale: user.locale };
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actorCan(actor, permission)) throw forbidden(permission);
}

// --- registration and login -----------------------------------------------------------

export async function registerApplicant(input: unknown, context: { ip: string; locale: string }): Promise<SessionUser> {
  const data = parseInput(ZRegisterApplicant, input);
  const policy = checkPassword(data.password, "applicant", { phone: data.phone, name: data.name });
  if (!policy.ok) throw fieldError("password", `password_${policy.reason}`);
  const county = await repo.findCounty(db(), data.countyCode);
  if (!county) throw fieldError("countyCode", "county_required");
  const passwordHash = await hashPassword(data.password);

  return onUniqueViolation(() => db().$transaction(async (tx) => {
    if (await repo.findUserByPhone(tx, data.phone)) throw fieldError("phone", "phone_taken");
    const user = await repo.createUser(tx, { phone: data.phone, name: data.name, passwordHash, role: "applicant", countyCode: county.code, locale: context.locale });
    await appendAudit(tx, { actorId: user.id, action: "user.registered", targetType: "user", targetId: user.id, after: { role: "applicant", countyCode: county.code }, ip: context.ip });

    return toSessionUser(user);
  }), () => fieldError("phone", "phone_taken"));
}

/** Verifies a phone and password, with database-kept throttling (per account and per IP). */
export async function authenticate(input: unknown, context: { ip: string; now?: Date }): Promise<SessionUser> {
  const data = parseInput(ZLogin, input);
  const now = context.now ?? new Date();
  const accountKey = lookupHash(data.phone, lookupHashKey());
  const [accountFailures, ipFailures] = await repo.recentFailedLogins(db(), accountKey, context.ip, new Date(now.getTime() - THROTTLE_LOOKBACK_MS));
  const throttle = checkLoginThrottle({ account: accountFailures.map((a) => a.at), ip: ipFailures.map((a) => a.at) }, now);
  if (!throttle.allowed) throw new AppError("rate_limited", "too_many_attempts", { details: { retryAfterSeconds: throttle.retryAfterSeconds } });

  const user = await repo.findUserByPhone(db(), data.phone);
  const passwordOk = await verifyPassword(user?.passwordHash, data.password);
  const usable = user && passwordOk && !user.disabledAt && (!user.isDemo || demoAccountsAllowed());
  await db().$transaction(async (tx) => {
    await repo.recordLoginAttempt(tx, { accountKey, ip: context.ip, succeeded: Boolean(usable) });
    if (usable) await appendAudit(tx, { actorId: user.id, action: "auth.login", targetType: "user", targetId: user.id, ip: context.ip });
  });
  if (!usable) {
    if (user && passwordOk && user.isDemo) throw new AppError("forbidden", "demo_disabled");
    throw new AppError("unauthenticated", "invalid_credentials");
  }

  return toSessionUser(user);
}

/**
 * The user behind a session, or null when the account is gone or disabled, or the session was
 * issued (authTime, seconds) before the password last changed — other devices are signed out.
 */
export async function loadSessionUser(userId: string, authTime?: number): Promise<SessionUser | null> {
  const user = await repo.findUserById(db(), userId);
  if (!user || user.disabledAt) return null;
  if (authTime !== undefined && user.sessionsValidAfter && authTime < user.sessionsValidAfter.getTime() / 1000) return null;
  if (user.isDemo && !demoAccountsAllowed()) return null;

  return toSessionUser(user);
}

export async function setPreferredLocale(userId: string, locale: string): Promise<void> {
  await repo.setLocale(db(), userId, locale);
}

// --- API tokens ---------------------------------------------------------------------------

const API_TOKEN_DAYS = 30;

export async function issueApiToken(input: unknown, context: { ip: string }): Promise<{ token: string; expiresAt: Date }> {
  const user = await authenticate(input, context);
  const token = `qkt_${generateToken(32)}`;
  const expiresAt = new Date(Date.now() + API_TOKEN_DAYS * 24 * 60 * 60 * 1000);
  await db().$transaction(async (tx) => {
    const created = await repo.createApiToken(tx, { userId: user.id, name: "api", tokenHash: hashToken(token), expiresAt });
    await appendAudit(tx, { actorId: user.id, action: "api_token.issued", targetType: "api_token", targetId: created.id, ip: context.ip });
  });

  return { token, expiresAt };
}

const TOKEN_TOUCH_INTERVAL_MS = 60_000;

export async function userForApiToken(token: string): Promise<SessionUser | null> {
  const found = await repo.findApiTokenByHash(db(), hashToken(token));
  const now = new Date();
  if (!found || found.revokedAt || found.expiresAt <= now || found.user.disabledAt) return null;
  if (found.user.isDemo && !demoAccountsAllowed()) return null;
  // "Last used" to the minute is enough; a write on every API call would queue behind SQLite's one writer.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > TOKEN_TOUCH_INTERVAL_MS) await repo.touchApiToken(db(), found.id, now);

  return toSessionUser(found.user);
}

export async function listMyApiTokens(actor: Actor) {
  requirePermission(actor, "api_tokens.manage.own");

  return repo.listApiTokens(db(), actor.userId);
}

export async function revokeMyApiToken(actor: Actor, tokenId: string): Promise<void> {
  requirePermission(actor, "api_tokens.manage.own");
  await db().$transaction(async (tx) => {
    const { count } = await repo.revokeApiToken(tx, tokenId, actor.userId, new Date());
    if (count === 0) throw notFound("api token");
    await appendAudit(tx, { ...auditPeople(actor), action: "api_token.revoked", targetType: "api_token", targetId: tokenId });
  });
}

// --- market subjects ------------------------------------------------------------------------

type SubjectRow = Awaited<ReturnType<typeof repo.listSubjectsByOwner>>[number];

export type SubjectView = TSubjectDto & { ownerId: string; idKind: string; idMasked: string; countyNameZh: string; countyNameEn: string };

function toSubjectView(row: SubjectRow): SubjectView {
  return {
    id: row.id,
    ownerId: row.ownerId,
    name: row.name,
    type: row.type as TSubjectDto["type"],
    countyCode: row.countyCode,
    countyNameZh: row.county.nameZh,
    countyNameEn: row.county.nameEn,
    registeredOn: row.registeredOn,
    products: JSON.parse(row.products) as string[],
    idKind: row.idKind,
    idMasked: row.idMasked,
  };
}

/** An applicant's own subjects; station staff get those of the applicants of their county who delegated to their station. */
export async function listSubjects(actor: Actor): Promise<SubjectView[]> {
  if (actor.actingFor || actor.role === "applicant") {
    requirePermission(actor, "subjects.read.own");

    return (await repo.listSubjectsByOwner(db(), subjectOwnerId(actor))).map(toSubjectView);
  }
  if (actor.role === "station_staff" && actor.stationId) {
    const delegations = await repo.listActiveDelegationsForStation(db(), actor.stationId, todayIsoInChina());
    const ids = [...new Set(delegations.filter((d) => d.scope.split(",").includes("subjects")).map((d) => d.applicantId))];

    return (await repo.listSubjectsByOwners(db(), ids)).map(toSubjectView).filter((s) => s.countyCode === actor.countyCode);
  }

  return [];
}

function canSeeSubject(actor: Actor, subject: { ownerId: string; countyCode: string; county?: unknown }, prefectureCode: string | null): boolean {
  if (subject.ownerId === subjectOwnerId(actor)) return true;
  if (actor.actingFor) return false;
  if (actor.role === "station_staff") return can(actor.role, "subjects.read.county") && subject.countyCode === actor.countyCode;
  if (actor.role === "official") return prefectureCode !== null && prefectureCode === actor.prefectureCode;

  return false;
}

export async function getSubject(actor: Actor, id: string): Promise<SubjectView> {
  const row = await repo.findSubject(db(), id);
  const county = row ? await repo.findCounty(db(), row.countyCode) : null;
  if (!row || !canSeeSubject(actor, row, county?.prefectureCode ?? null)) throw notFound("subject");

  return toSubjectView(row);
}

export async function createSubject(actor: Actor, input: unknown): Promise<SubjectView> {
  requirePermission(actor, "subjects.write.own");
  const data = parseInput(ZCreateSubject, input);
  const identifier = parseSubjectIdentifier(data.idKind, data.idNumber);
  if (!identifier.ok) throw fieldError("idNumber", `id_${identifier.reason}`);
  if (data.registeredOn > todayIsoInChina()) throw fieldError("registeredOn", "date_in_future");
  if (!(await repo.findCounty(db(), data.countyCode))) throw fieldError("countyCode", "county_required");
  const idLookupHash = lookupHash(`${data.idKind}:${identifier.normalised}`, lookupHashKey());

  return onUniqueViolation(() => db().$transaction(async (tx) => {
    if (await repo.subjectLookupHashExists(tx, idLookupHash)) throw fieldError("idNumber", "id_taken");
    const created = await repo.createSubject(tx, {
      ownerId: subjectOwnerId(actor),
      type: data.type,
      name: data.name,
      idKind: data.idKind,
      idCiphertext: encryptField(identifier.normalised, fieldEncryptionKey()),
      idLookupHash,
      idMasked: maskIdentifier(identifier.normalised),
      countyCode: data.countyCode,
      registeredOn: data.registeredOn,
      products: JSON.stringify(data.products),
      createdById: actor.userId,
    });
    await appendAudit(tx, {
      ...auditPeople(actor),
      action: "subject.created",
      targetType: "market_subject",
      targetId: created.id,
      after: { name: created.name, type: created.type, countyCode: created.countyCode, idMasked: created.idMasked },
    });

    return toSubjectView(created);
  }), () => fieldError("idNumber", "id_taken"));
}

export async function updateSubject(actor: Actor, id: string, input: unknown): Promise<SubjectView> {
  requirePermission(actor, "subjects.write.own");
  const data = parseInput(ZUpdateSubject, input);
  if (data.registeredOn > todayIsoInChina()) throw fieldError("registeredOn", "date_in_future");
  if (!(await repo.findCounty(db(), data.countyCode))) throw fieldError("countyCode", "county_required");
  const existing = await repo.findSubject(db(), id);
  if (!existing || existing.ownerId !== subjectOwnerId(actor)) throw notFound("subject");

  return db().$transaction(async (tx) => {
    const updated = await repo.updateSubject(tx, id, { ...data, products: JSON.stringify(data.products) });
    await appendAudit(tx, {
      ...auditPeople(actor),
      action: "subject.updated",
      targetType: "market_subject",
      targetId: id,
      before: { name: existing.name, type: existing.type, countyCode: existing.countyCode, registeredOn: existing.registeredOn, products: JSON.parse(existing.products) },
      after: { name: data.name, type: data.type, countyCode: data.countyCode, registeredOn: data.registeredOn, products: data.products },
    });

    return toSubjectView(updated);
  });
}

const AREA_PAGE_SIZE = 50;

/** Officials browse the subjects of their prefecture (identifiers stay masked). */
export async function listAreaSubjects(actor: Actor, options: { countyCode?: string | null; page?: number }) {
  requirePermission(actor, "subjects.read.county");
  if (actor.role !== "official" || !actor.prefectureCode) throw forbidden("officials only");
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const countyCode = options.countyCode && /^52\d{4}$/.test(options.countyCode) ? options.countyCode : null;
  const [rows, total] = await repo.listSubjectsInPrefecture(db(), actor.prefectureCode, countyCode, (page - 1) * AREA_PAGE_SIZE, AREA_PAGE_SIZE);

  return { subjects: rows.map(toSubjectView), total, page, pages: Math.max(1, Math.ceil(total / AREA_PAGE_SIZE)) };
}

/** Shows an identifier in full: officials only, within their prefecture, and always audited (PIPL art. 51). */
export async function unmaskSubjectIdentifier(actor: Actor, subjectId: string): Promise<string> {
  requirePermission(actor, "identifiers.unmask");
  const row = await repo.findSubjectCipher(db(), subjectId);
  if (!row || row.county.prefectureCode !== actor.prefectureCode) throw notFound("subject");
  return unmaskAudited(actor, { action: "subject.identifier_unmasked", targetType: "market_subject", targetId: subjectId }, row.idCiphertext);
}

// --- station staff: applicants, delegations, acting -----------------------------------------------

function requireStaff(actor: Actor): { stationId: string; countyCode: string } {
  requirePermission(actor, "applicants.read.county");
  if (!actor.stationId || !actor.countyCode) throw forbidden("staff without station");

  return { stationId: actor.stationId, countyCode: actor.countyCode };
}

export async function listCountyApplicants(actor: Actor) {
  const { countyCode, stationId } = requireStaff(actor);
  const [applicants, delegations] = await Promise.all([
    repo.listCountyApplicants(db(), countyCode),
    repo.listActiveDelegationsForStation(db(), stationId, todayIsoInChina()),
  ]);
  const delegated = new Set(delegations.map((d) => d.applicantId));

  return applicants.map((a) => ({ id: a.id, name: a.name, phone: a.phone, hasPhone: a.phone !== null, subjects: a._count.subjects, delegated: delegated.has(a.id), createdAt: a.createdAt }));
}

export async function getCountyApplicant(actor: Actor, applicantId: string) {
  const { countyCode } = requireStaff(actor);
  const applicant = await repo.findApplicantInCounty(db(), applicantId, countyCode);
  if (!applicant) throw notFound("applicant");
  const [subjects, delegations] = await Promise.all([repo.listSubjectsByOwner(db(), applicant.id), repo.listDelegationsForApplicant(db(), applicant.id)]);

  return { applicant, subjects: subjects.map(toSubjectView), delegations: delegations.filter((d) => d.station.countyCode === countyCode) };
}

/** Registers an applicant who has no phone of their own; they cannot log in, the station acts for them. */
export async function registerApplicantForStation(actor: Actor, input: unknown) {
  requirePermission(actor, "applicants.register");
  const { countyCode } = requireStaff(actor);
  const data = parseInput(ZStaffRegisterApplicant, input);

  return onUniqueViolation(() => db().$transaction(async (tx) => {
    if (data.phone && (await repo.findUserByPhone(tx, data.phone))) throw fieldError("phone", "phone_taken");
    const user = await repo.createUser(tx, { phone: data.phone ?? null, name: data.name, passwordHash: null, role: "applicant", countyCode, registeredByUserId: actor.userId });
    await appendAudit(tx, { actorId: actor.userId, onBehalfOfId: user.id, action: "user.registered_by_station", targetType: "user", targetId: user.id, after: { countyCode }, ip: actor.ip });

    return user;
  }), () => fieldError("phone", "phone_taken"));
}

const CODE_TTL_MS = 30 * 60 * 1000;
const MAX_CODE_ATTEMPTS = 5;

/**
 * Records consent for the station to act for an applicant. Consent is either a signed
 * authorisation form (uploaded, stored with its SHA-256) or a one-time code the applicant
 * confirms from their own account; the delegation is inactive until consent exists.
 */
export async function recordDelegation(actor: Actor, input: unknown, file?: { bytes: Uint8Array }) {
  requirePermission(actor, "delegations.record");
  const { countyCode, stationId } = requireStaff(actor);
  const data = parseInput(ZRecordDelegation, input);
  const applicant = await repo.findApplicantInCounty(db(), data.applicantId, countyCode);
  if (!applicant) throw notFound("applicant");
  if (data.validUntil < todayIsoInChina()) throw fieldError("validUntil", "date_in_past");
  if (data.method === "one_time_code" && !applicant.phone) throw fieldError("method", "code_needs_account");

  let consentFileId: string | null = null;
  let sha: string | null = null;
  if (data.method === "signed_form") {
    if (!file || file.bytes.length === 0) throw fieldError("consentFile", "file_required");
    const check = checkUpload(file.bytes);
    if (!check.ok) throw fieldError("consentFile", `file_${check.reason}`);
    sha = sha256Hex(Buffer.from(file.bytes));
    const storageKey = await fileStorage().put(file.bytes, check.extension);
    consentFileId = (await repo.createStoredFile(db(), { storageKey, mimeType: check.mime, sizeBytes: file.bytes.length, sha256: sha, purpose: "delegation_consent", ownerUserId: applicant.id, uploadedById: actor.userId })).id;
  }
  const code = data.method === "one_time_code" ? generateNumericCode(6) : null;

  const delegation = await db().$transaction(async (tx) => {
    const created = await repo.createDelegation(tx, {
      applicantId: applicant.id,
      stationId,
      scope: data.scope.join(","),
      validFrom: data.validFrom,
      validUntil: data.validUntil,
      consentMethod: data.method,
      consentFileId,
      codeHash: code ? hashToken(`${code}`) : null,
      codeExpiresAt: code ? new Date(Date.now() + CODE_TTL_MS) : null,
      confirmedAt: data.method === "signed_form" ? new Date() : null,
      recordedById: actor.userId,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      onBehalfOfId: applicant.id,
      action: data.method === "signed_form" ? "delegation.recorded_with_form" : "delegation.requested_code",
      targetType: "delegation",
      targetId: created.id,
      after: { scope: data.scope, validFrom: data.validFrom, validUntil: data.validUntil, consentSha256: sha },
      ip: actor.ip,
    });

    return created;
  });

  return { delegation, code };
}

/** The applicant, in their own account, confirms a pending request with the code the station gave them. */
export async function confirmDelegationCode(actor: Actor, input: unknown) {
  if (actor.role !== "applicant" || actor.actingFor) throw forbidden("only the applicant confirms");
  const data = parseInput(ZConfirmCode, input);
  const delegation = await repo.findDelegation(db(), data.delegationId);
  if (!delegation || delegation.applicantId !== actor.userId) throw notFound("delegation");
  if (delegation.confirmedAt || delegation.revokedAt || !delegation.codeHash) throw new AppError("conflict", "delegation_not_pending");
  if (!delegation.codeExpiresAt || delegation.codeExpiresAt < new Date() || delegation.codeAttempts >= MAX_CODE_ATTEMPTS) throw fieldError("code", "code_expired");

  // Counted outside the confirming transaction: a throw inside it would roll the count back
  // and leave the 6-digit code open to unlimited guessing.
  if (hashToken(data.code) !== delegation.codeHash) {
    await repo.countWrongDelegationCode(db(), delegation.id, MAX_CODE_ATTEMPTS);
    throw fieldError("code", "code_wrong");
  }

  return db().$transaction(async (tx) => {
    if ((await repo.confirmPendingDelegationCode(tx, delegation.id, delegation.codeHash!, MAX_CODE_ATTEMPTS, new Date())) === 0) {
      throw new AppError("conflict", "delegation_not_pending");
    }
    const confirmed = await repo.findDelegationView(tx, delegation.id);
    await appendAudit(tx, { actorId: actor.userId, action: "delegation.confirmed_by_code", targetType: "delegation", targetId: delegation.id, ip: actor.ip });

    return confirmed;
  });
}

export async function revokeDelegation(actor: Actor, delegationId: string) {
  const delegation = await repo.findDelegation(db(), delegationId);
  const isOwner = delegation?.applicantId === actor.userId && actor.role === "applicant" && !actor.actingFor;
  const isStation = delegation?.stationId === actor.stationId && actor.role === "station_staff";
  if (!delegation || !(isOwner || isStation)) throw notFound("delegation");
  if (delegation.revokedAt) return delegation;

  return db().$transaction(async (tx) => {
    const revoked = await repo.updateDelegation(tx, delegation.id, { revokedAt: new Date(), revokedById: actor.userId });
    await appendAudit(tx, { actorId: actor.userId, onBehalfOfId: isStation ? delegation.applicantId : null, action: "delegation.revoked", targetType: "delegation", targetId: delegation.id, ip: actor.ip });

    return revoked;
  });
}

export async function listMyDelegations(actor: Actor) {
  if (actor.role !== "applicant") throw forbidden("applicants only");

  return repo.listDelegationsForApplicant(db(), actor.userId);
}

/** Re-checked on every request while acting: a revoked or expired delegation ends acting at once. */
export async function resolveActingFor(user: SessionUser, applicantId: string) {
  if (user.role !== "station_staff" || !user.stationId || !user.countyCode) return null;
  const applicant = await repo.findApplicantInCounty(db(), applicantId, user.countyCode);
  if (!applicant) return null;
  const delegation = await repo.findActiveDelegation(db(), applicantId, user.stationId, todayIsoInChina());
  if (!delegation) return null;

  return { applicantId, applicantName: applicant.name, delegationId: delegation.id, scope: delegation.scope.split(",") };
}

export async function startActing(actor: Actor, applicantId: string) {
  requirePermission(actor, "act_on_behalf");
  const actingFor = await resolveActingFor({ id: actor.userId, role: actor.role, name: actor.name, countyCode: actor.countyCode, prefectureCode: actor.prefectureCode, stationId: actor.stationId, locale: "zh-CN" }, applicantId);
  if (!actingFor) throw new AppError("forbidden", "no_active_delegation");
  await db().$transaction((tx) => appendAudit(tx, { actorId: actor.userId, onBehalfOfId: applicantId, action: "acting.started", targetType: "delegation", targetId: actingFor.delegationId, ip: actor.ip }));

  return actingFor;
}

export async function stopActing(actor: Actor) {
  if (!actor.actingFor) return;
  const { applicantId, delegationId } = actor.actingFor;
  await db().$transaction((tx) => appendAudit(tx, { actorId: actor.userId, onBehalfOfId: applicantId, action: "acting.stopped", targetType: "delegation", targetId: delegationId, ip: actor.ip }));
}

export async function readConsentFile(actor: Actor, fileId: string) {
  const file = await repo.findStoredFile(db(), fileId);
  if (!file || file.purpose !== "delegation_consent") throw notFound("file");
  const mayRead = file.ownerUserId === actor.userId || (actor.role === "station_staff" && (await repo.findApplicantInCounty(db(), file.ownerUserId, actor.countyCode ?? "")) !== null);
  if (!mayRead) throw notFound("file");

  return { bytes: await fileStorage().get(file.storageKey), mimeType: file.mimeType };
}

// --- history and summaries ------------------------------------------------------------------------

export async function listMyHistory(actor: Actor) {
  const userId = subjectOwnerId(actor);
  const events = await repo.listHistoryForUser(db(), userId);
  const people = await repo.namesOfUsers(db(), [...new Set(events.flatMap((e) => [e.actorId, e.onBehalfOfId]).filter((id): id is string => Boolean(id)))]);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));

  return events.map((e) => ({ ...e, actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null, onBehalfOfName: e.onBehalfOfId ? (nameOf.get(e.onBehalfOfId) ?? null) : null }));
}

export async function officialSummary(actor: Actor) {
  requirePermission(actor, "audit.read");
  if (!actor.prefectureCode) throw forbidden("official without prefecture");
  const [totals, counties] = await Promise.all([repo.countsForPrefecture(db(), actor.prefectureCode), repo.subjectsPerCounty(db(), actor.prefectureCode)]);

  return { totals, counties };
}

export async function listCounties() {
  return repo.listCounties(db());
}

export async function adminSummary(actor: Actor) {
  requirePermission(actor, "users.manage");
  const counts = await repo.countsForAdmin(db());
  const byRole = Object.fromEntries(counts.users.map((row) => [row.role, row._count._all]));

  return { byRole, usersTotal: Object.values(byRole).reduce((sum, n) => sum + n, 0), subjects: counts.subjects, stations: counts.stations, counties: counts.counties, auditEvents: counts.auditEvents };
}

const CHAIN_PAGE = 500;

/** Walks the whole audit chain page by page; a broken link names the first bad row. */
export async function verifyAuditLog(actor: Actor) {
  requirePermission(actor, "audit.read");
  let afterSeq = 0;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const page = await repo.listAuditChain(db(), afterSeq, CHAIN_PAGE);
    if (page.length === 0) return { ok: true as const, checked };
    const rows = page.map((row) => ({ ...row, at: row.at.toISOString() }));
    const result = verifyAuditChain(rows, prevHash);
    if (!result.ok) return { ...result, checked };
    checked += page.length;
    const last = page[page.length - 1]!;
    afterSeq = last.seq;
    prevHash = last.hash;
  }
}

// --- passwords and staff accounts ------------------------------------------------------------

async function throttledPasswordCheck(user: { phone: string | null; passwordHash: string | null }, password: string, context: { ip: string; now: Date }): Promise<boolean> {
  // A wrong current password counts as a failed login, so a borrowed session cannot be
  // used to guess the password behind it faster than the login form allows.
  const accountKey = lookupHash(user.phone ?? "", lookupHashKey());
  const [accountFailures, ipFailures] = await repo.recentFailedLogins(db(), accountKey, context.ip, new Date(context.now.getTime() - THROTTLE_LOOKBACK_MS));
  const throttle = checkLoginThrottle({ account: accountFailures.map((a) => a.at), ip: ipFailures.map((a) => a.at) }, context.now);
  if (!throttle.allowed) throw new AppError("rate_limited", "too_many_attempts", { details: { retryAfterSeconds: throttle.retryAfterSeconds } });
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok) await repo.recordLoginAttempt(db(), { accountKey, ip: context.ip, succeeded: false });

  return ok;
}

function checkNewPassword(field: string, password: string, role: Role, person: { phone: string | null; name: string }): void {
  const policy = checkPassword(password, role, { phone: person.phone, name: person.name });
  if (!policy.ok) throw fieldError(field, `password_${policy.reason}`);
}

/**
 * The instant from which sessions count after a password change: the start of the next whole
 * second. Sessions carry their issue time in whole seconds, so one issued in the same second
 * as the change (another device signing in just before) is void too; the changing device's
 * fresh session is issued at this instant (issuedAt below).
 */
function sessionsValidFrom(now: Date): Date {
  return new Date((Math.floor(now.getTime() / 1000) + 1) * 1000);
}

/**
 * Anyone with a password changes it by giving the current one (throttled like logins). Every
 * session of the account ends; the caller re-issues this device's at `issuedAt` (seconds).
 * Audited, never the password.
 */
export async function changeOwnPassword(actor: Actor, input: unknown, context: { ip: string; now?: Date }): Promise<{ user: SessionUser; issuedAt: number }> {
  const data = parseInput(ZChangePassword, input);
  const user = await repo.findCredentials(db(), actor.userId);
  if (!user || !user.passwordHash || !isRole(user.role)) throw notFound("user");
  if (!(await throttledPasswordCheck(user, data.currentPassword, { ip: context.ip, now: context.now ?? new Date() }))) throw fieldError("currentPassword", "current_password_wrong");
  checkNewPassword("newPassword", data.newPassword, user.role, user);
  const passwordHash = await hashPassword(data.newPassword);
  const validFrom = sessionsValidFrom(context.now ?? new Date());
  await db().$transaction(async (tx) => {
    await repo.setPasswordHash(tx, user.id, passwordHash, validFrom);
    await appendAudit(tx, { actorId: user.id, action: "user.password_changed", targetType: "user", targetId: user.id, ip: context.ip });
  });

  return { user: toSessionUser(user), issuedAt: validFrom.getTime() / 1000 };
}

export type StaffAccountView = {
  id: string;
  name: string;
  role: Role;
  phoneMasked: string | null;
  stationName: { zh: string; en: string } | null;
  countyCode: string | null;
  prefectureCode: string | null;
  disabled: boolean;
  isDemo: boolean;
  createdAt: Date;
};

type StaffAccountRow = Awaited<ReturnType<typeof repo.listStaffAccounts>>[number];

function toStaffAccountView(row: StaffAccountRow): StaffAccountView[] {
  return isRole(row.role) ? [{
    id: row.id,
    name: row.name,
    role: row.role,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    stationName: row.station ? { zh: row.station.nameZh, en: row.station.nameEn } : null,
    countyCode: row.countyCode,
    prefectureCode: row.prefectureCode,
    disabled: row.disabledAt !== null,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
  }] : [];
}

export async function listStaffAccounts(actor: Actor): Promise<StaffAccountView[]> {
  requirePermission(actor, "users.manage");

  return (await repo.listStaffAccounts(db())).flatMap(toStaffAccountView);
}

/** One staff-side account for an administrator (404 for applicants and unknown ids). */
export async function getStaffAccount(actor: Actor, userId: string): Promise<StaffAccountView> {
  requirePermission(actor, "users.manage");
  const row = await repo.findStaffAccount(db(), userId);
  const view = row ? toStaffAccountView(row)[0] : undefined;
  if (!view) throw notFound("user");

  return view;
}

/** What the "new account" form offers: every station and prefecture. */
export async function staffAccountOptions(actor: Actor) {
  requirePermission(actor, "users.manage");
  const [stations, prefectures] = await Promise.all([repo.listStations(db()), repo.listPrefectures(db())]);

  return { stations, prefectures };
}

/**
 * An administrator opens a station-staff, official, warehouse-operator or administrator account. Staff belong
 * to a station (and so its county), officials to a prefecture bureau — their data scope.
 * The first password follows the privileged policy (12+); it is handed over in person and
 * the holder changes it under "my account".
 */
export async function createStaffAccount(actor: Actor, input: unknown, context: { ip: string }): Promise<StaffAccountView> {
  requirePermission(actor, "users.manage");
  const data = parseInput(ZCreateStaffAccount, input);
  let countyCode: string | null = null;
  let prefectureCode: string | null = null;
  let stationId: string | null = null;
  if (data.role === "station_staff") {
    const station = data.stationId ? await repo.findStation(db(), data.stationId) : null;
    if (!station) throw fieldError("stationId", "station_required");
    stationId = station.id;
    countyCode = station.countyCode;
  } else if (data.role === "official") {
    const prefecture = data.prefectureCode ? await repo.findPrefecture(db(), data.prefectureCode) : null;
    if (!prefecture) throw fieldError("prefectureCode", "prefecture_required");
    prefectureCode = prefecture.code;
  }
  checkNewPassword("password", data.password, data.role, data);
  const passwordHash = await hashPassword(data.password);
  const created = await onUniqueViolation(() => db().$transaction(async (tx) => {
    if (await repo.findUserByPhone(tx, data.phone)) throw fieldError("phone", "phone_taken");
    const user = await repo.createStaffUser(tx, { phone: data.phone, name: data.name, passwordHash, role: data.role, countyCode, prefectureCode, stationId, registeredByUserId: actor.userId });
    await appendAudit(tx, { ...auditPeople(actor), action: "user.account_created", targetType: "user", targetId: user.id, after: { role: data.role, stationId, countyCode, prefectureCode }, ip: context.ip });

    return user;
  }), () => fieldError("phone", "phone_taken"));
  return getStaffAccount(actor, created.id);
}

async function requireManagedAccount(actor: Actor, userId: string) {
  requirePermission(actor, "users.manage");
  const user = await repo.findCredentials(db(), userId);
  // Applicants' accounts are theirs; an administrator runs only staff-side accounts.
  if (!user || user.role === "applicant" || !isRole(user.role)) throw notFound("user");

  return { ...user, role: user.role };
}

/** Disables or re-enables a staff-side account; sessions end at their next request. Never one's own. */
export async function setStaffAccountDisabled(actor: Actor, userId: string, disabled: boolean, context: { ip: string }): Promise<void> {
  const user = await requireManagedAccount(actor, userId);
  if (user.id === actor.userId) throw new AppError("conflict", "cannot_disable_self");
  if ((user.disabledAt !== null) === disabled) return;
  await db().$transaction(async (tx) => {
    await repo.setDisabledAt(tx, user.id, disabled ? new Date() : null);
    await appendAudit(tx, { ...auditPeople(actor), action: disabled ? "user.disabled" : "user.enabled", targetType: "user", targetId: user.id, ip: context.ip });
  });
}

/** Sets a new password for a staff-side account whose holder lost theirs (handed over in person); its sessions end. Audited, never the password. */
export async function resetStaffPassword(actor: Actor, userId: string, input: unknown, context: { ip: string }): Promise<void> {
  const user = await requireManagedAccount(actor, userId);
  const data = parseInput(ZSetPassword, input);
  checkNewPassword("password", data.password, user.role, user);
  const passwordHash = await hashPassword(data.password);
  await db().$transaction(async (tx) => {
    await repo.setPasswordHash(tx, user.id, passwordHash, sessionsValidFrom(new Date()));
    await appendAudit(tx, { ...auditPeople(actor), action: "user.password_reset", targetType: "user", targetId: user.id, ip: context.ip });
  });
}

/** A warehouse operator's account by phone (for assigning warehouses), or null; active accounts only. */
export async function findWarehouseOperatorByPhone(phone: string): Promise<{ id: string; name: string } | null> {
  const user = await repo.findUserByPhone(db(), phone.trim());
  if (!user || user.role !== "warehouse_operator" || user.disabledAt) return null;

  return { id: user.id, name: user.name };
}
