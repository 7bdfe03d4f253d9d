import "server-only";
import type { TFunction } from "i18next";
import { todayIsoInChina } from "@/i18n/format";
import { translatorFor } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { actorCan, auditPeople, subjectOwnerId, type Actor } from "@/server/actor";
import { appendAudit } from "@/server/audit";
import { db, type Tx } from "@/server/db";
import { AppError, forbidden, notFound } from "@/server/errors";
import { fieldError } from "@/server/validation";
import type { Permission } from "@/server/permissions";
import { mapApiFacts, parseYuanToFen } from "./api-facts";
import {
  applyParameterEdits,
  checkPublishable,
  diffVersions,
  isInEffect,
  listEditableParameters,
  pickNextQuestion,
  pickVersionForDate,
  redateCases,
  retiredRangeEnd,
  runVersionCases,
  screenAll,
  simulatePolicyChange,
  type TCaseFailure,
  type TEditableParameter,
  type TFactKey,
  type TFacts,
  type TPublishProblem,
  type TVersionDiff,
} from "./domain";
import { addDays, addCalendarMonths, compareIsoDates, isValidIsoDate } from "./domain/dates";
import * as repo from "./repository";
import { toVersionData } from "./version-columns";
import {
  ZFacts,
  ZProgrammeVersion,
  ZProgrammesResponse,
  ZScreenResponse,
  type TAmountRange,
  type TOutcomeStatus,
  type TProgrammeOutcome,
  type TProgrammeVersion,
  type TProgrammesResponse,
  type TScreenResponse,
  type TVersionStatus,
} from "./schemas";

function requirePermission(actor: Actor, permission: Permission): void {
  if (!actorCan(actor, permission)) throw forbidden(permission);
}

// ───────────────────────── rows ↔ domain ─────────────────────────

export type TStoredVersion = TProgrammeVersion & {
  id: string;
  basedOnVersion: number | null;
  draftedById: string | null;
  editorIds: string[];
  publishedById: string | null;
  publishedAt: Date | null;
};

function toDomainVersion(row: repo.VersionRow): TStoredVersion {
  const version = ZProgrammeVersion.parse({
    programmeId: row.programmeId,
    version: row.version,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    legalRef: JSON.parse(row.legalRef),
    criteria: JSON.parse(row.criteria),
    benefit: JSON.parse(row.benefit),
    texts: JSON.parse(row.texts),
    cases: JSON.parse(row.cases),
  });

  return {
    ...version,
    id: row.id,
    basedOnVersion: row.basedOnVersion,
    draftedById: row.draftedById,
    editorIds: JSON.parse(row.editorIds) as string[],
    publishedById: row.publishedById,
    publishedAt: row.publishedAt,
  };
}

export { toVersionData } from "./version-columns";

const stripStorage = ({ programmeId, version, status, effectiveFrom, effectiveTo, legalRef, criteria, benefit, texts, cases }: TStoredVersion): TProgrammeVersion => ({
  programmeId,
  version,
  status,
  effectiveFrom,
  effectiveTo,
  legalRef,
  criteria,
  benefit,
  texts,
  cases,
});

// Parsed screenable versions, re-read only when a version row changed (a count and a
// max(updatedAt)), and that check made at most once a second. Derived state, not shared
// state: every instance checks the database itself, so a version published on one app
// process screens applicants on every other within a second.
const FINGERPRINT_TTL_MS = 1_000;
let screenableCache: { fingerprint: string; checkedAt: number; versions: TProgrammeVersion[] } | undefined;

export async function loadScreenableVersions(now: number = Date.now()): Promise<TProgrammeVersion[]> {
  if (screenableCache && now - screenableCache.checkedAt < FINGERPRINT_TTL_MS) return screenableCache.versions;
  const fingerprint = await repo.versionsFingerprint(db());
  if (screenableCache?.fingerprint === fingerprint) {
    screenableCache.checkedAt = now;

    return screenableCache.versions;
  }
  const versions = (await repo.listScreenableVersions(db())).map((row) => stripStorage(toDomainVersion(row)));
  screenableCache = { fingerprint, checkedAt: now, versions };

  return versions;
}

/** Forgets the parsed versions (after a publish in this process, and in tests). */
export function forgetScreenableVersions(): void {
  screenableCache = undefined;
}

export type TProgrammeName = { id: string; nameZh: string; nameEn: string };

/** Every programme's id and names, in catalogue order (for the applications module's pages). */
export async function listProgrammeNames(): Promise<TProgrammeName[]> {
  return repo.listProgrammeNames(db());
}

// One i18next instance per locale: the resources are static, so this is not state.
const translators = new Map<Locale, TFunction>();

export function subsidyTranslator(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    t = translatorFor(locale, "subsidy");
    translators.set(locale, t);
  }

  return t;
}

// An i18next call costs tens of microseconds (option spreading, nesting, formatters) and
// a screening explains ~35 criteria, most of them the same few sentences ("not answered
// yet: …"). Explanations are a pure function of locale, key and params: a bounded memo.
const EXPLANATION_MEMO_LIMIT = 20_000;
const explanations = new Map<string, string>();

function explain(locale: Locale, message: { key: string; params: Record<string, string | number> }): string {
  const memoKey = `${locale}|${message.key}|${JSON.stringify(message.params)}`;
  let text = explanations.get(memoKey);
  if (text === undefined) {
    text = subsidyTranslator(locale)(message.key, message.params);
    if (explanations.size >= EXPLANATION_MEMO_LIMIT) explanations.clear();
    explanations.set(memoKey, text);
  }

  return text;
}

// ───────────────────────── screening (public) ─────────────────────────

/** Screens every programme from one set of domain facts; proposals only when asked. */
export async function screenFacts(facts: TFacts, asOf: string, includeProposed: boolean): Promise<TProgrammeOutcome[]> {
  return screenAll(await loadScreenableVersions(), facts, asOf, { includeProposed });
}

const SCREEN_KEYS = new Set(["facts", "asOf", "includeProposed"]);

type TScreenRequest = { facts: TFacts; asOf: string; includeProposed: boolean };

/** The API envelope: every bad field is named (422), never a 500. */
export function parseScreenRequest(body: unknown, today: string = todayIsoInChina()): TScreenRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("validation_failed", "validation failed", { fieldErrors: { _form: ["body_object"] } });
  }
  const input = body as Record<string, unknown>;
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (fieldErrors[field] ??= []).push(key);
  for (const key of Object.keys(input)) if (!SCREEN_KEYS.has(key)) add(key, "field_unknown");
  const asOf = input.asOf ?? today;
  if (typeof asOf !== "string" || !isValidIsoDate(asOf)) add("asOf", "as_of_invalid");
  const includeProposed = input.includeProposed ?? false;
  if (typeof includeProposed !== "boolean") add("includeProposed", "include_proposed_invalid");
  const mapped = mapApiFacts(input.facts ?? {});
  if (!mapped.ok) for (const issue of mapped.issues) add(issue.field, issue.key);
  if (Object.keys(fieldErrors).length > 0 || !mapped.ok) throw new AppError("validation_failed", "validation failed", { fieldErrors });

  return { facts: mapped.facts, asOf: asOf as string, includeProposed: includeProposed as boolean };
}

export function toScreenResponse(outcomes: readonly TProgrammeOutcome[], asOf: string, locale: Locale): TScreenResponse {
  return ZScreenResponse.parse({
    asOf,
    results: outcomes.map((outcome) => ({
      programmeId: outcome.programmeId,
      title: outcome.texts[locale].name,
      version: outcome.version,
      proposed: outcome.proposed,
      outcome: outcome.status,
      amount: outcome.amount,
      criteria: outcome.criteria.map((criterion) => ({
        id: criterion.id,
        fact: criterion.fact,
        outcome: criterion.status,
        value: criterion.value,
        threshold: criterion.threshold,
        explanation: explain(locale, criterion.message),
      })),
      missingFacts: outcome.missingFacts,
    })),
  });
}

export async function screenForApi(body: unknown, locale: Locale): Promise<TScreenResponse> {
  const request = parseScreenRequest(body);
  const outcomes = await screenFacts(request.facts, request.asOf, request.includeProposed);

  return toScreenResponse(outcomes, request.asOf, locale);
}

function programmeStanding(versions: readonly TProgrammeVersion[], today: string): TVersionStatus {
  if (versions.some((v) => v.status === "published" && isInEffect(v, today))) return "published";
  const latest = [...versions].filter((v) => v.status !== "draft").sort((a, b) => b.version - a.version)[0];

  return latest?.status ?? "draft";
}

/** GET /api/v1/programmes: every programme with its non-draft versions (drafts are internal). */
export async function listPublicProgrammes(locale: Locale): Promise<TProgrammesResponse> {
  const today = todayIsoInChina();
  const rows = await repo.listProgrammes(db());

  return ZProgrammesResponse.parse({
    programmes: rows.map((row) => {
      const versions = row.versions.filter((v) => v.status !== "draft").map((v) => stripStorage(toDomainVersion(v)));

      return {
        id: row.id,
        title: locale === "en" ? row.nameEn : row.nameZh,
        status: programmeStanding(versions, today),
        versions: versions.map((v) => ({
          version: v.version,
          status: v.status,
          effectiveFrom: v.effectiveFrom,
          effectiveTo: v.effectiveTo,
          legalReference: { documentNumber: v.legalRef.docNumber, title: v.legalRef.title, link: v.legalRef.url, citedIn: v.legalRef.citedIn },
        })),
      };
    }),
  });
}

// ───────────────────────── a subject's answers ─────────────────────────

export type TSubjectScreening = { subjectId: string; name: string; facts: TFacts; savedAsOf: string | null };

/** Facts the portal already knows about a subject (its record), under the saved answers. */
function subjectFacts(subject: NonNullable<Awaited<ReturnType<typeof repo.findSubjectForScreening>>>): TFacts {
  const saved = subject.screeningAnswers ? (ZFacts.safeParse(JSON.parse(subject.screeningAnswers.facts)).data ?? {}) : {};
  const known = ZFacts.safeParse({ subjectType: subject.type, registeredOn: subject.registeredOn, countyCode: subject.countyCode });

  return { ...saved, ...(known.success ? known.data : {}) };
}

async function findOwnSubject(actor: Actor, subjectId: string) {
  requirePermission(actor, "subsidy.screen");
  const subject = await repo.findSubjectForScreening(db(), subjectId);
  if (!subject || subject.ownerId !== subjectOwnerId(actor)) throw notFound("subject");

  return subject;
}

/** A subject of the applicant (or of the applicant a station acts for), with its known facts pre-filled. */
export async function startSubjectScreening(actor: Actor, subjectId: string): Promise<TSubjectScreening> {
  const subject = await findOwnSubject(actor, subjectId);

  return { subjectId: subject.id, name: subject.name, facts: subjectFacts(subject), savedAsOf: subject.screeningAnswers?.asOf ?? null };
}

/** The subject's saved questionnaire answers ({} when none), for an application to carry over (issue #4). */
export async function savedScreeningFacts(actor: Actor, subjectId: string): Promise<TFacts> {
  const subject = await findOwnSubject(actor, subjectId);

  return subject.screeningAnswers ? (ZFacts.safeParse(JSON.parse(subject.screeningAnswers.facts)).data ?? {}) : {};
}

/** Saves the questionnaire's answers for a subject, for the application to carry over (issue #4). */
export async function saveScreeningAnswers(actor: Actor, subjectId: string, input: { facts: unknown; asOf?: string }): Promise<void> {
  const subject = await findOwnSubject(actor, subjectId);
  const parsed = ZFacts.safeParse(input.facts);
  if (!parsed.success) throw new AppError("validation_failed", "validation failed", { fieldErrors: { facts: ["invalid_value"] } });
  const asOf = input.asOf && isValidIsoDate(input.asOf) ? input.asOf : todayIsoInChina();
  // The record's own type, date and county are not answers: they stay on the subject.
  const RECORD_FACTS = new Set(["subjectType", "registeredOn", "countyCode"]);
  const answers = Object.fromEntries(Object.entries(parsed.data).filter(([key]) => !RECORD_FACTS.has(key)));
  await db().$transaction(async (tx) => {
    await repo.upsertScreeningAnswers(tx, { subjectId: subject.id, facts: JSON.stringify(answers), asOf, savedById: actor.userId });
    await appendAudit(tx, { ...auditPeople(actor), action: "screening_answers.saved", targetType: "market_subject", targetId: subject.id, after: { asOf, facts: Object.keys(answers) } });
  });
}

// ───────────────────────── officials: programmes and drafts ─────────────────────────

export type TProgrammeSummary = {
  id: string;
  nameZh: string;
  nameEn: string;
  standing: TVersionStatus;
  current: TStoredVersion | null;
  draft: TStoredVersion | null;
  versions: TStoredVersion[];
};

function summarise(row: NonNullable<Awaited<ReturnType<typeof repo.findProgramme>>>, today: string): TProgrammeSummary {
  const versions = row.versions.map(toDomainVersion);

  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    standing: programmeStanding(versions, today),
    current: currentVersion(versions, today),
    draft: versions.find((v) => v.status === "draft") ?? null,
    versions,
  };
}

/** The version a draft copies and is compared with: in force today, else the latest published, else the latest proposal. */
function currentVersion(versions: readonly TStoredVersion[], today: string): TStoredVersion | null {
  const picked = pickVersionForDate(versions, today);
  if (picked) return versions.find((v) => v.version === picked.version) ?? null;
  const descending = [...versions].sort((a, b) => b.version - a.version);

  return descending.find((v) => v.status === "published") ?? descending.find((v) => v.status === "proposed") ?? null;
}

export async function listProgrammesForOfficials(actor: Actor): Promise<TProgrammeSummary[]> {
  requirePermission(actor, "programmes.manage");
  const today = todayIsoInChina();

  return (await repo.listProgrammes(db())).map((row) => summarise(row, today));
}

export async function getProgrammeForOfficials(actor: Actor, programmeId: string): Promise<TProgrammeSummary> {
  requirePermission(actor, "programmes.manage");
  const row = await repo.findProgramme(db(), programmeId);
  if (!row) throw notFound("programme");

  return summarise(row, todayIsoInChina());
}

function firstOfNextMonth(today: string): string {
  return `${addCalendarMonths(today, 1).slice(0, 8)}01`;
}

async function openTransaction<T>(programmeId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    // The conditional write first: on SQLite it takes the write lock before any read
    // (no SQLITE_BUSY on upgrade), on PostgreSQL it locks the programme row.
    if (!(await repo.bumpProgrammeRevision(tx, programmeId))) throw notFound("programme");

    return work(tx);
  });
}

/** A draft copied from the current version; the existing draft if there already is one (one draft per programme). */
export async function createDraft(actor: Actor, programmeId: string): Promise<{ id: string; created: boolean }> {
  requirePermission(actor, "programmes.manage");
  const today = todayIsoInChina();

  return openTransaction(programmeId, async (tx) => {
    const row = await repo.findProgramme(tx, programmeId);
    if (!row) throw notFound("programme");
    const summary = summarise(row, today);
    if (summary.draft) return { id: summary.draft.id, created: false };
    const base = summary.current;
    if (!base) throw new AppError("conflict", "no_version_to_copy");
    // A successor starts no earlier than the first of next month, and never before its base.
    const startCandidate = firstOfNextMonth(today);
    const effectiveFrom = compareIsoDates(base.effectiveFrom, startCandidate) > 0 ? base.effectiveFrom : startCandidate;
    const draft: TProgrammeVersion = { ...stripStorage(base), version: Math.max(...summary.versions.map((v) => v.version)) + 1, status: "draft", effectiveFrom, effectiveTo: null };
    draft.cases = redateCases(draft.cases, effectiveFrom);
    const created = await repo.createVersion(tx, {
      ...toVersionData(draft),
      programmeId,
      version: draft.version,
      status: "draft",
      basedOnVersion: base.version,
      draftedById: actor.userId,
      editorIds: JSON.stringify([actor.userId]),
    });
    await appendAudit(tx, { ...auditPeople(actor), action: "programme_version.drafted", targetType: "programme_version", targetId: created.id, after: { programmeId, version: draft.version, basedOnVersion: base.version } });

    return { id: created.id, created: true };
  });
}

export type TDraftReview = {
  programme: { id: string; nameZh: string; nameEn: string };
  draft: TStoredVersion;
  base: TStoredVersion | null;
  parameters: TEditableParameter[];
  diff: TVersionDiff | null;
  caseFailures: TCaseFailure[];
  publishProblems: TPublishProblem[];
};

async function loadDraft(client: Parameters<typeof repo.findVersion>[0], versionId: string): Promise<TStoredVersion> {
  const row = await repo.findVersion(client, versionId);
  if (!row) throw notFound("programme version");

  return toDomainVersion(row);
}

export async function getDraftReview(actor: Actor, versionId: string): Promise<TDraftReview> {
  requirePermission(actor, "programmes.manage");
  const version = await loadDraft(db(), versionId);
  const programme = await repo.findProgramme(db(), version.programmeId);
  if (!programme) throw notFound("programme");
  const versions = programme.versions.map(toDomainVersion);
  const base = versions.find((v) => v.version === version.basedOnVersion) ?? null;
  const domain = stripStorage(version);
  const asDraft = { ...domain, status: "draft" as const };

  return {
    programme: { id: programme.id, nameZh: programme.nameZh, nameEn: programme.nameEn },
    draft: version,
    base,
    parameters: listEditableParameters(domain),
    diff: base ? diffVersions(stripStorage(base), domain) : null,
    caseFailures: runVersionCases(domain),
    publishProblems: version.status === "draft" ? checkPublishable(asDraft) : [],
  };
}

/** Form text in display units (yuan, percent, whole numbers, ISO dates) → the rule's units. */
export function parseParameterInput(parameter: Pick<TEditableParameter, "kind">, text: string): number | string | null {
  const trimmed = text.trim().replaceAll(",", "").replaceAll("，", "");
  switch (parameter.kind) {
    case "money_fen":
      return parseYuanToFen(trimmed);
    case "bps":
      // Percent with up to two decimals: "5.5" % = 550 bps, parsed like yuan → fen.
      return parseYuanToFen(trimmed);
    case "integer":
    case "months":
      return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
    case "date":
      return isValidIsoDate(trimmed) ? trimmed : null;
  }
}

async function saveDraft(actor: Actor, versionId: string, change: (draft: TProgrammeVersion) => TProgrammeVersion, action: string): Promise<void> {
  requirePermission(actor, "programmes.manage");
  const current = await loadDraft(db(), versionId);
  await openTransaction(current.programmeId, async (tx) => {
    const draft = await loadDraft(tx, versionId);
    if (draft.status !== "draft") throw new AppError("conflict", "not_a_draft");
    const next = change(stripStorage(draft));
    const parsed = ZProgrammeVersion.safeParse(next);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "_form", ["rule_invalid"]]));
      throw new AppError("validation_failed", "validation failed", { fieldErrors, details: { issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) } });
    }
    const editorIds = [...new Set([...draft.editorIds, actor.userId])];
    if ((await repo.updateDraft(tx, versionId, { ...toVersionData(parsed.data), editorIds: JSON.stringify(editorIds) })) !== 1) throw new AppError("conflict", "not_a_draft");
    const before = diffVersions(stripStorage(draft), parsed.data);
    await appendAudit(tx, { ...auditPeople(actor), action, targetType: "programme_version", targetId: versionId, after: { changes: before } });
  });
}

/** The official's form: effective dates and every number; blank fields keep their value. */
export async function updateDraftParameters(actor: Actor, versionId: string, input: Record<string, string>): Promise<void> {
  const draft = await loadDraft(db(), versionId);
  const fieldErrors: Record<string, string[]> = {};
  const edits: Record<string, number | string> = {};
  for (const parameter of listEditableParameters(draft)) {
    const text = input[parameter.key];
    if (text === undefined || text.trim() === "") continue;
    const value = parseParameterInput(parameter, text);
    if (value === null) fieldErrors[parameter.key] = [`parameter_${parameter.kind}`];
    else edits[parameter.key] = value;
  }
  const effectiveFrom = (input.effectiveFrom ?? draft.effectiveFrom).trim();
  const effectiveTo = (input.effectiveTo ?? "").trim();
  if (!isValidIsoDate(effectiveFrom)) fieldErrors.effectiveFrom = ["date_invalid"];
  if (effectiveTo !== "" && !isValidIsoDate(effectiveTo)) fieldErrors.effectiveTo = ["date_invalid"];
  if (isValidIsoDate(effectiveFrom) && isValidIsoDate(effectiveTo) && compareIsoDates(effectiveTo, effectiveFrom) < 0) fieldErrors.effectiveTo = ["valid_until_before_from"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("validation_failed", "validation failed", { fieldErrors });
  await saveDraft(
    actor,
    versionId,
    (version) => {
      const edited = applyParameterEdits(version, edits);

      return { ...edited, effectiveFrom, effectiveTo: effectiveTo === "" ? null : effectiveTo, cases: redateCases(edited.cases, effectiveFrom) };
    },
    "programme_version.edited",
  );
}

/** The advanced editor: criteria, benefit, texts, legal reference and cases as JSON, validated by the rule language. */
export async function updateDraftJson(actor: Actor, versionId: string, text: string): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("validation_failed", "validation failed", { fieldErrors: { json: ["invalid_json"] } });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new AppError("validation_failed", "validation failed", { fieldErrors: { json: ["rule_invalid"] } });
  const { criteria, benefit, texts, legalRef, cases } = parsed as Record<string, unknown>;
  await saveDraft(
    actor,
    versionId,
    (version) => ({ ...version, criteria, benefit, texts, legalRef, cases }) as TProgrammeVersion,
    "programme_version.edited",
  );
}

export async function discardDraft(actor: Actor, versionId: string): Promise<string> {
  requirePermission(actor, "programmes.manage");
  const draft = await loadDraft(db(), versionId);
  await openTransaction(draft.programmeId, async (tx) => {
    if ((await repo.deleteDraft(tx, versionId)) !== 1) throw new AppError("conflict", "not_a_draft");
    await appendAudit(tx, { ...auditPeople(actor), action: "programme_version.discarded", targetType: "programme_version", targetId: versionId, before: { programmeId: draft.programmeId, version: draft.version } });
  });

  return draft.programmeId;
}

const RETIRE_REASON_MAX = 500;

/**
 * Withdraws a published (or proposed) version at once: it stops screening and cannot be
 * applied for; applications already filed under it keep their snapshot and are reviewed
 * as filed. An open range is closed today (or on its start, if that is later), so the
 * record says when it stopped. The reason is required and audited.
 */
export async function retireVersion(actor: Actor, versionId: string, input: { reason: string }): Promise<string> {
  requirePermission(actor, "programmes.manage");
  const reason = input.reason.trim();
  if (reason.length < 2) throw fieldError("reason", "retire_reason_required");
  if (reason.length > RETIRE_REASON_MAX) throw fieldError("reason", "retire_reason_too_long");
  const version = await loadDraft(db(), versionId);
  const closeOn = version.effectiveTo === null ? retiredRangeEnd(version, todayIsoInChina()) : null;
  await openTransaction(version.programmeId, async (tx) => {
    if ((await repo.markRetired(tx, versionId, closeOn)) !== 1) throw new AppError("conflict", "not_retirable");
    await appendAudit(tx, {
      ...auditPeople(actor),
      action: "programme_version.retired",
      targetType: "programme_version",
      targetId: versionId,
      before: { status: version.status, effectiveTo: version.effectiveTo },
      after: { programmeId: version.programmeId, version: version.version, status: "retired", effectiveTo: closeOn ?? version.effectiveTo, reason },
    });
  });
  forgetScreenableVersions();

  return version.programmeId;
}

/** A version as officials see it before retiring it (any status; 404 when unknown). */
export async function getVersionForOfficials(actor: Actor, versionId: string): Promise<{ programme: { id: string; nameZh: string; nameEn: string }; version: TStoredVersion }> {
  requirePermission(actor, "programmes.manage");
  const version = await loadDraft(db(), versionId);
  const programme = await repo.findProgramme(db(), version.programmeId);
  if (!programme) throw notFound("programme");

  return { programme: { id: programme.id, nameZh: programme.nameZh, nameEn: programme.nameEn }, version };
}

const OVERLAP_MESSAGE = "overlapping effective ranges of one programme";

/**
 * Publishes a draft: four eyes (nobody who drafted or edited it), every example case
 * passing, and no overlap with a published version — an open-ended predecessor is closed
 * the day before ("continued until a successor policy is issued"). Audited.
 */
export async function publishDraft(actor: Actor, versionId: string): Promise<void> {
  requirePermission(actor, "programmes.manage");
  const peek = await loadDraft(db(), versionId);
  try {
    await openTransaction(peek.programmeId, async (tx) => {
      const draft = await loadDraft(tx, versionId);
      if (draft.status !== "draft") throw new AppError("conflict", "not_a_draft");
      if (draft.draftedById === actor.userId || draft.editorIds.includes(actor.userId)) throw new AppError("forbidden", "four_eyes");
      const problems = checkPublishable({ ...stripStorage(draft), status: "published" });
      if (problems.length > 0) throw new AppError("conflict", "publish_refused", { details: { problems } });
      const programme = await repo.findProgramme(tx, draft.programmeId);
      const published = (programme?.versions ?? []).map(toDomainVersion).filter((v) => v.status === "published");
      const closed: Array<{ version: number; effectiveTo: string }> = [];
      for (const other of published) {
        const overlaps = compareIsoDates(other.effectiveFrom, draft.effectiveTo ?? "9999-12-31") <= 0 && compareIsoDates(draft.effectiveFrom, other.effectiveTo ?? "9999-12-31") <= 0;
        if (!overlaps) continue;
        const closable = other.effectiveTo === null && compareIsoDates(other.effectiveFrom, draft.effectiveFrom) < 0;
        if (!closable) throw new AppError("conflict", "overlapping_version", { details: { version: other.version } });
        const effectiveTo = addDays(draft.effectiveFrom, -1);
        if ((await repo.closeVersion(tx, other.id, effectiveTo)) !== 1) throw new AppError("conflict", "overlapping_version");
        closed.push({ version: other.version, effectiveTo });
      }
      if ((await repo.markPublished(tx, versionId, actor.userId, new Date())) !== 1) throw new AppError("conflict", "not_a_draft");
      await appendAudit(tx, {
        ...auditPeople(actor),
        action: "programme_version.published",
        targetType: "programme_version",
        targetId: versionId,
        before: { status: "draft", draftedById: draft.draftedById, editorIds: draft.editorIds },
        after: { programmeId: draft.programmeId, version: draft.version, effectiveFrom: draft.effectiveFrom, effectiveTo: draft.effectiveTo, closed },
      });
    });
    forgetScreenableVersions();
  } catch (error) {
    // The database's trigger is the backstop for a race the checks above did not see.
    if (error instanceof Error && error.message.includes(OVERLAP_MESSAGE)) throw new AppError("conflict", "overlapping_version");
    throw error;
  }
}

// ───────────────────────── officials: simulation ─────────────────────────

export type TCountyImpact = {
  countyCode: string;
  nameZh: string;
  nameEn: string;
  population: number;
  eligibleBefore: number;
  eligibleAfter: number;
  newlyEligible: number;
  noLongerEligible: number;
  payoutDeltaMinFen: number;
  payoutDeltaMaxFen: number;
};

export type TSubjectChange = { subjectId: string; name: string; countyCode: string; before: TOutcomeStatus; after: TOutcomeStatus; beforeAmount: TAmountRange; afterAmount: TAmountRange };

export type TDraftSimulation = {
  date: string;
  populationSize: number;
  before: { eligible: number; totalMinFen: number; totalMaxFen: number; shareEligibleBps: number };
  after: { eligible: number; totalMinFen: number; totalMaxFen: number; shareEligibleBps: number };
  newlyEligible: number;
  noLongerEligible: number;
  counties: TCountyImpact[];
  // Named only within the official's own prefecture (their data scope); elsewhere counted.
  changes: TSubjectChange[];
};

/**
 * Re-evaluates every market subject in the portal (its record plus its saved answers)
 * under the draft's base version and under the draft, on the draft's start date (or
 * today, if later): who gains or loses eligibility, and the change in payout, by county.
 */
export async function simulateDraft(actor: Actor, versionId: string): Promise<TDraftSimulation> {
  requirePermission(actor, "programmes.manage");
  const draft = await loadDraft(db(), versionId);
  const programme = await repo.findProgramme(db(), draft.programmeId);
  const base = programme?.versions.map(toDomainVersion).find((v) => v.version === draft.basedOnVersion);
  if (!base) throw new AppError("conflict", "no_version_to_copy");
  const today = todayIsoInChina();
  const date = compareIsoDates(draft.effectiveFrom, today) > 0 ? draft.effectiveFrom : today;
  const subjects = await repo.listSubjectsForSimulation(db());
  const population = subjects.map(subjectFacts);
  const result = simulatePolicyChange(stripStorage(base), stripStorage(draft), population, date);
  const counties = await repo.listCounties(db(), Object.keys(result.byCounty));
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  const deltas = new Map<string, { min: number; max: number }>();
  for (const change of result.changes) {
    const key = change.countyCode ?? "unknown";
    const delta = deltas.get(key) ?? { min: 0, max: 0 };
    delta.min += change.afterAmount.minFen - change.beforeAmount.minFen;
    delta.max += change.afterAmount.maxFen - change.beforeAmount.maxFen;
    deltas.set(key, delta);
  }
  const countyImpacts = Object.entries(result.byCounty)
    .map(([code, tally]) => {
      const county = countyByCode.get(code);
      const delta = deltas.get(code) ?? { min: 0, max: 0 };

      return {
        countyCode: code,
        nameZh: county?.nameZh ?? code,
        nameEn: county?.nameEn ?? code,
        ...tally,
        payoutDeltaMinFen: delta.min,
        payoutDeltaMaxFen: delta.max,
      };
    })
    .sort((a, b) => b.newlyEligible - a.newlyEligible || b.noLongerEligible - a.noLongerEligible || a.countyCode.localeCompare(b.countyCode));
  const changes = result.changes.flatMap((change): TSubjectChange[] => {
    const subject = subjects[change.index];
    if (!subject || subject.county.prefectureCode !== actor.prefectureCode) return [];

    return [{ subjectId: subject.id, name: subject.name, countyCode: subject.countyCode, before: change.before, after: change.after, beforeAmount: change.beforeAmount, afterAmount: change.afterAmount }];
  });
  const side = (s: typeof result.before) => ({ eligible: s.eligible, totalMinFen: s.totalMinFen, totalMaxFen: s.totalMaxFen, shareEligibleBps: s.shareEligibleBps });

  return {
    date,
    populationSize: result.populationSize,
    before: side(result.before),
    after: side(result.after),
    newlyEligible: result.newlyEligible,
    noLongerEligible: result.noLongerEligible,
    counties: countyImpacts,
    changes,
  };
}

// ───────────────────────── the questionnaire ─────────────────────────

export type TQuestionnaireStep = { outcomes: TProgrammeOutcome[]; next: { fact: TFactKey; programmeIds: string[] } | null; asOf: string };

/** Screens the answers so far (proposals included, shown "if adopted") and picks the next question worth asking. */
export async function nextQuestionnaireStep(facts: TFacts, dontKnow: readonly TFactKey[], asOf: string = todayIsoInChina()): Promise<TQuestionnaireStep> {
  const outcomes = await screenFacts(facts, asOf, true);

  return { outcomes, next: pickNextQuestion(outcomes, new Set(dontKnow)), asOf };
}
