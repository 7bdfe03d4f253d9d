import "server-only";
import { todayIsoInChina } from "@/i18n/format";
import { findSubjectDocuments, listSubjectDocuments, type DocumentView } from "@/modules/documents/service";
import { checkAttachable } from "@/modules/documents/domain/document-types";
import { maskBankAccount } from "@/modules/identity/domain/masking";
import { getSubject } from "@/modules/identity/service";
import { collectVersionFacts, evaluateProgramme, simulatePolicyChange } from "@/modules/subsidy/domain";
import type { TFacts } from "@/modules/subsidy/domain";
import { ZFacts, ZProgrammeVersion, type TAmountRange, type TOutcomeStatus, type TProgrammeOutcome, type TProgrammeVersion } from "@/modules/subsidy/schemas";
import { getDraftReview, savedScreeningFacts } from "@/modules/subsidy/service";
import { actorCan, auditPeople, subjectOwnerId, type Actor } from "@/server/actor";
import { appendAudit } from "@/server/audit";
import { encryptField } from "@/server/crypto";
import { db, type Tx } from "@/server/db";
import { AppError, forbidden, notFound } from "@/server/errors";
import { fieldEncryptionKey } from "@/server/keys";
import { unmaskAudited } from "@/server/unmask";
import { fieldError, parseInput } from "@/server/validation";
import { checkApprovedAmount } from "./domain/amount";
import { computeDashboard } from "./domain/dashboard";
import { diffSubmissions, type TChange, type TSubmissionSnapshot } from "./domain/diff";
import { formatReference } from "./domain/reference";
import { requiredEvidenceFor, reviewStagesFor } from "./domain/requirements";
import { checkSeparationOfDuties } from "./domain/separation";
import { allowedEvents, isApplicationStatus, isEditable, isUnderReview, transition, type TApplicationEvent, type TApplicationState, type TApplicationStatus } from "./domain/state-machine";
import { listMissing, taskStatuses, type TCompletenessInput } from "./domain/tasks";
import { notifyApplicant, notifyReviewers, type ApplicantNotice, type NoticeApplication } from "./notify";
import { versionInForce, versionsInForce } from "./programmes";
import * as repo from "./repository";
import { ZApplicationDto, ZApplicationListItem, ZDecision, ZQueueFilters, ZStartApplication, ZUpdateApplication, type TApplicationDto } from "./schemas";

type Row = NonNullable<Awaited<ReturnType<typeof repo.findApplication>>>;

// --- reading a row -------------------------------------------------------------------------

const parseJson = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

export function snapshotOf(row: Pick<Row, "ruleSnapshot">): TProgrammeVersion {
  return ZProgrammeVersion.parse(JSON.parse(row.ruleSnapshot));
}

function stateOf(row: Pick<Row, "status" | "stage" | "reviewStages">): TApplicationState {
  if (!isApplicationStatus(row.status)) throw new Error("application has an unknown status");

  return { status: row.status, stage: row.stage, stages: parseJson<string[]>(row.reviewStages, []).length };
}

function completenessOf(row: Row, today: string): TCompletenessInput {
  const version = snapshotOf(row);

  return {
    subjectConfirmed: row.subjectConfirmedAt !== null,
    requiredFacts: collectVersionFacts(version),
    facts: parseJson<Record<string, unknown>>(row.facts, {}),
    requiredEvidence: requiredEvidenceFor(row.programmeId, row.subject.type),
    attached: row.documents.map((d) => ({ id: d.document.id, type: d.document.type, validTo: d.document.validTo })),
    hasBankAccount: row.bankAccountMasked !== null,
    declarationAccepted: row.declarationAcceptedAt !== null,
    todayIso: today,
  };
}

/** The amount range under the rules the application was filed with, on today's answers. */
function amountOf(row: Row): { minFen: number; maxFen: number } | null {
  return evaluateProgramme(snapshotOf(row), parseJson<TFacts>(row.facts, {}), (row.submittedAt ?? new Date()).toISOString().slice(0, 10)).amount;
}

function toDto(row: Row): TApplicationDto {
  const today = todayIsoInChina();
  const completeness = completenessOf(row, today);
  const changeRequest = parseJson<{ reason: string | null; fieldComments: Record<string, string> } | null>(row.changeRequest, null);

  return ZApplicationDto.parse({
    id: row.id,
    reference: row.reference,
    status: row.status,
    stage: row.stage,
    reviewStages: parseJson<string[]>(row.reviewStages, []),
    programmeId: row.programmeId,
    programmeVersion: row.programmeVersion,
    subjectId: row.subjectId,
    countyCode: row.countyCode,
    facts: completeness.facts,
    documentIds: row.documents.map((d) => d.documentId),
    bankAccountMasked: row.bankAccountMasked,
    declarationAccepted: row.declarationAcceptedAt !== null,
    amount: amountOf(row),
    approvedAmountFen: row.approvedAmountFen,
    tasks: taskStatuses(completeness),
    missing: listMissing(completeness),
    changeRequest: row.status === "changes_requested" ? changeRequest : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  });
}

export type ApplicationView = TApplicationDto & { subject: Row["subject"]; applicantId: string; filedById: string; bankName: string | null; accountHolder: string | null; version: TProgrammeVersion; changeRequestAny: { reason: string | null; fieldComments: Record<string, string> } | null };

function toView(row: Row): ApplicationView {
  return {
    ...toDto(row),
    subject: row.subject,
    applicantId: row.applicantId,
    filedById: row.filedById,
    bankName: row.bankName,
    accountHolder: row.accountHolder,
    version: snapshotOf(row),
    changeRequestAny: parseJson(row.changeRequest, null),
  };
}

function noticeOf(row: Row): NoticeApplication {
  return { id: row.id, reference: row.reference, applicantId: row.applicantId, filedById: row.filedById, prefectureCode: row.prefectureCode, version: snapshotOf(row), county: row.subject.county };
}

// --- who may do what ----------------------------------------------------------------------

/** The applicant themselves, or station staff acting for them under a delegation that covers subsidies. */
function isApplicantSide(actor: Actor, row: Pick<Row, "applicantId">): boolean {
  return row.applicantId === subjectOwnerId(actor) && actorCan(actor, "subsidy.apply");
}

function mayRead(actor: Actor, row: Pick<Row, "applicantId" | "countyCode" | "prefectureCode">): boolean {
  if (isApplicantSide(actor, row)) return true;
  if (actor.actingFor) return false;
  if (actor.role === "station_staff") return actor.countyCode !== null && row.countyCode === actor.countyCode;
  if (actor.role === "official") return actorCan(actor, "subsidy.review") && actor.prefectureCode !== null && row.prefectureCode === actor.prefectureCode;

  return false;
}

async function loadReadable(actor: Actor, id: string): Promise<Row> {
  const row = await repo.findApplication(db(), id);
  if (!row || !mayRead(actor, row)) throw notFound("application");

  return row;
}

async function loadEditable(actor: Actor, id: string): Promise<Row> {
  const row = await loadReadable(actor, id);
  if (!isApplicantSide(actor, row)) throw forbidden("applicant_side_only");

  return row;
}

// --- applying -----------------------------------------------------------------------------

/** What a subject could apply for today: every programme in force, screened on what the portal already knows. */
export async function listApplyOptions(actor: Actor, subjectId: string) {
  if (!actorCan(actor, "subsidy.apply")) throw forbidden("subsidy.apply");
  const subject = await getSubject(actor, subjectId);
  if (subject.ownerId !== subjectOwnerId(actor)) throw notFound("subject");
  const today = todayIsoInChina();
  // The questionnaire's saved answers (subsidy module) screen the options too.
  const known: TFacts = { ...(await savedScreeningFacts(actor, subjectId)), subjectType: subject.type, registeredOn: subject.registeredOn, countyCode: subject.countyCode };
  const open = await Promise.all((await versionsInForce(today)).map(async (version) => ({ version, open: await repo.findOpenApplication(db(), subjectId, version.programmeId) })));

  return { subject, options: open.map(({ version, open: existing }) => ({ programmeId: version.programmeId, outcome: evaluateProgramme(version, known, today), existing })) };
}

export async function startApplication(actor: Actor, input: unknown): Promise<ApplicationView> {
  if (!actorCan(actor, "subsidy.apply")) throw forbidden("subsidy.apply");
  const data = parseInput(ZStartApplication, input);
  const subject = await getSubject(actor, data.subjectId).catch(() => null);
  if (!subject || subject.ownerId !== subjectOwnerId(actor)) throw fieldError("subjectId", "subject_required");
  const today = todayIsoInChina();
  const version = await versionInForce(data.programmeId, today);
  if (!version) throw fieldError("programmeId", "programme_not_open");
  const county = await repo.findCounty(db(), subject.countyCode);
  if (!county) throw fieldError("subjectId", "subject_required");
  const existing = await repo.findOpenApplication(db(), subject.id, version.programmeId);
  if (existing) throw new AppError("conflict", "application_exists", { details: { applicationId: existing.id, reference: existing.reference } });

  // The screening answers carry over; what the portal knows about the subject fills the rest.
  const needed = new Set<string>(collectVersionFacts(version));
  // Without answers in the request, the subject's saved questionnaire answers carry over.
  const saved = data.facts ?? (await savedScreeningFacts(actor, subject.id));
  const known: Record<string, unknown> = { ...saved, subjectType: subject.type, registeredOn: subject.registeredOn, countyCode: subject.countyCode, ...(data.facts ?? {}) };
  const facts = Object.fromEntries(Object.entries(known).filter(([key, value]) => needed.has(key) && value !== null && value !== undefined));
  const year = Number(today.slice(0, 4));

  const id = await db().$transaction(async (tx) => {
    const sequence = await repo.nextReferenceSequence(tx, year);
    const reference = formatReference(year, sequence);
    const created = await repo.createApplication(tx, {
      reference,
      subjectId: subject.id,
      applicantId: subject.ownerId,
      filedById: actor.userId,
      countyCode: subject.countyCode,
      prefectureCode: county.prefectureCode,
      programmeId: version.programmeId,
      programmeVersion: version.version,
      ruleSnapshot: JSON.stringify(version),
      reviewStages: JSON.stringify(reviewStagesFor(version.programmeId)),
      facts: JSON.stringify(facts),
      screeningAnswers: Object.keys(saved).length > 0 ? JSON.stringify(saved) : null,
      status: "draft",
    });
    await repo.createEvent(tx, { applicationId: created.id, action: "created", fromStatus: null, toStatus: "draft", stage: null, actorId: actor.userId, onBehalfOfId: actor.actingFor?.applicantId ?? null });
    await appendAudit(tx, { ...auditPeople(actor), action: "application.created", targetType: "application", targetId: created.id, after: { reference, programmeId: version.programmeId, version: version.version, subjectId: subject.id } });

    return created.id;
  });

  return toView((await repo.findApplication(db(), id))!);
}

export async function getApplication(actor: Actor, id: string): Promise<ApplicationView> {
  return toView(await loadReadable(actor, id));
}

export function toApplicationDto(view: ApplicationView): TApplicationDto {
  const source = view as Record<string, unknown>;

  return ZApplicationDto.parse(Object.fromEntries(Object.keys(ZApplicationDto.shape).map((key) => [key, source[key]])));
}

/** Saves one page's answers (a draft after every page): facts, attached documents, bank account, declaration. */
export async function updateApplication(actor: Actor, id: string, input: unknown): Promise<ApplicationView> {
  const row = await loadEditable(actor, id);
  if (!isEditable(stateOf(row).status)) throw new AppError("conflict", "application_not_editable");
  const data = parseInput(ZUpdateApplication, input);
  const version = snapshotOf(row);
  const changes: Record<string, unknown> = {};
  const audit: Record<string, unknown> = {};

  if (data.facts) {
    const needed = new Set<string>(collectVersionFacts(version));
    for (const key of Object.keys(data.facts)) if (!needed.has(key)) throw fieldError(`facts.${key}`, "fact_not_needed");
    const merged: Record<string, unknown> = { ...parseJson<Record<string, unknown>>(row.facts, {}), ...data.facts };
    for (const [key, value] of Object.entries(merged)) if (value === null || value === undefined) delete merged[key];
    changes.facts = JSON.stringify(merged);
    audit.facts = Object.keys(data.facts);
  }
  if (data.documentIds) {
    const unique = [...new Set(data.documentIds)];
    const found = await findSubjectDocuments(db(), row.subjectId, unique);
    if (found.length !== unique.length) throw fieldError("documentIds", "document_not_found");
    const today = todayIsoInChina();
    for (const doc of found) {
      const verdict = checkAttachable(doc, today);
      if (!verdict.ok) throw fieldError("documentIds", verdict.reason);
    }
    audit.documentIds = unique;
  }
  if (data.bankAccount) {
    changes.bankAccountCiphertext = encryptField(data.bankAccount.accountNumber, fieldEncryptionKey(), `application:${row.id}:bank`);
    changes.bankAccountMasked = maskBankAccount(data.bankAccount.accountNumber);
    changes.bankName = data.bankAccount.bankName;
    changes.accountHolder = data.bankAccount.accountHolder;
    audit.bankAccount = changes.bankAccountMasked;
  }
  if (data.declarationAccepted !== undefined) {
    changes.declarationAcceptedAt = data.declarationAccepted ? new Date() : null;
    changes.declarationById = data.declarationAccepted ? actor.userId : null;
    audit.declarationAccepted = data.declarationAccepted;
  }
  if (data.subjectConfirmed !== undefined) {
    changes.subjectConfirmedAt = data.subjectConfirmed ? new Date() : null;
    audit.subjectConfirmed = data.subjectConfirmed;
  }

  await db().$transaction(async (tx) => {
    if ((await repo.updateIfRevision(tx, row.id, row.revision, ["draft", "changes_requested"], changes)) === 0) throw new AppError("conflict", "application_changed");
    if (data.documentIds) await repo.replaceDocuments(tx, row.id, [...new Set(data.documentIds)], actor.userId);
    await appendAudit(tx, { ...auditPeople(actor), action: "application.updated", targetType: "application", targetId: row.id, after: audit });
  });

  return getApplication(actor, id);
}

function snapshotForDiff(row: Row): TSubmissionSnapshot {
  return { facts: parseJson(row.facts, {}), documentIds: row.documents.map((d) => d.documentId), bankAccountMasked: row.bankAccountMasked };
}

/**
 * Submits (or resubmits after a change request). Idempotent: the status update is
 * conditional on the revision read, so a double click or a retry finds the application
 * already submitted and gets it back unchanged — one submission, one history row.
 */
export async function submitApplication(actor: Actor, id: string): Promise<ApplicationView> {
  const row = await loadEditable(actor, id);
  const state = stateOf(row);
  if (isUnderReview(state.status)) return toView(row);
  const step = transition(state, "submit");
  if (!step.ok) throw new AppError("conflict", "application_not_editable");
  const missing = listMissing(completenessOf(row, todayIsoInChina()));
  if (missing.length > 0) throw new AppError("validation_failed", "incomplete", { details: { missing } });
  const now = new Date();
  const resubmission = state.status === "changes_requested";

  const applied = await db().$transaction(async (tx) => {
    const count = await repo.updateIfRevision(tx, row.id, row.revision, ["draft", "changes_requested"], {
      status: step.next.status,
      stage: step.next.stage,
      submittedAt: now,
      firstSubmittedAt: row.firstSubmittedAt ?? now,
      recommendedAmountFen: null,
    });
    if (count === 0) return false;
    await repo.createEvent(tx, {
      applicationId: row.id,
      action: resubmission ? "resubmitted" : "submitted",
      fromStatus: state.status,
      toStatus: step.next.status,
      stage: null,
      actorId: actor.userId,
      onBehalfOfId: actor.actingFor?.applicantId ?? null,
      details: JSON.stringify(snapshotForDiff(row)),
    });
    await appendAudit(tx, { ...auditPeople(actor), action: resubmission ? "application.resubmitted" : "application.submitted", targetType: "application", targetId: row.id, before: { status: state.status }, after: { status: step.next.status } });
    await notifyApplicant(tx, noticeOf(row), { event: resubmission ? "resubmitted" : "submitted" });
    await notifyReviewers(tx, noticeOf(row), resubmission ? "resubmitted" : "submitted");

    return true;
  });
  const current = await loadReadable(actor, id);
  if (!applied && !isUnderReview(stateOf(current).status)) throw new AppError("conflict", "application_changed");

  return toView(current);
}

// --- review ---------------------------------------------------------------------------------

const EVENT_OF_ACTION: Record<"approve" | "reject" | "request_changes", TApplicationEvent> = { approve: "approve", reject: "reject", request_changes: "request_changes" };

async function applicantSideActors(client: Tx | ReturnType<typeof db>, row: Row): Promise<string[]> {
  const rows = await client.auditEvent.findMany({ where: { targetType: "application", targetId: row.id, action: { in: ["application.created", "application.updated", "application.submitted", "application.resubmitted"] } }, select: { actorId: true, onBehalfOfId: true } });

  return [...new Set(rows.flatMap((r) => [r.actorId, r.onBehalfOfId]).filter((v): v is string => Boolean(v)))];
}

/** Who decided each stage in the current round (since the latest submission). */
function stageDecidersOf(events: Awaited<ReturnType<typeof repo.listEvents>>): Map<number, string> {
  const actions = events.map((e) => e.action);
  const lastSubmit = Math.max(actions.lastIndexOf("submitted"), actions.lastIndexOf("resubmitted"));
  const deciders = new Map<number, string>();
  for (const event of events.slice(lastSubmit + 1)) if (event.action === "stage_approved" && event.stage !== null) deciders.set(event.stage, event.actorId);

  return deciders;
}

async function separationFor(actor: Actor, row: Row) {
  const events = await repo.listEvents(db(), row.id);

  return checkSeparationOfDuties({
    reviewerId: actor.userId,
    stage: row.stage,
    applicantId: row.applicantId,
    filedById: row.filedById,
    applicantSideActorIds: await applicantSideActors(db(), row),
    stageDeciders: stageDecidersOf(events),
  });
}

function requireReviewer(actor: Actor): void {
  if (!actorCan(actor, "subsidy.review") || actor.role !== "official" || !actor.prefectureCode) throw forbidden("subsidy.review");
}

export async function decideApplication(actor: Actor, id: string, input: unknown): Promise<ApplicationView> {
  requireReviewer(actor);
  const row = await loadReadable(actor, id);
  const data = parseInput(ZDecision, input);
  const state = stateOf(row);
  const step = transition(state, EVENT_OF_ACTION[data.action]);
  if (!step.ok) throw new AppError("conflict", "decision_not_allowed_in_status");
  const separation = await separationFor(actor, row);
  if (!separation.ok) throw new AppError("forbidden", `separation_${separation.reason}`);

  const facts = parseJson<TFacts>(row.facts, {});
  const outcome = evaluateProgramme(snapshotOf(row), facts, todayIsoInChina());
  const changes: Record<string, unknown> = { status: step.next.status, stage: step.next.stage };
  let details: Record<string, unknown> = {};
  let amountFen: number | null = null;

  if (data.action === "approve") {
    if (outcome.status === "ineligible") throw new AppError("conflict", "criteria_unmet");
    const verdict = checkApprovedAmount(data.amountFen, amountOf(row));
    if (!verdict.ok) throw fieldError("amountFen", verdict.reason);
    amountFen = data.amountFen!;
    if (step.final) Object.assign(changes, { approvedAmountFen: amountFen, decidedAt: new Date() });
    else changes.recommendedAmountFen = amountFen;
  }
  if (data.action === "reject") {
    const unmet = new Set(outcome.criteria.filter((c) => c.status === "unmet").flatMap((c) => [c.id, c.path].filter((v): v is string => v !== null)));
    const cited = data.criteria ?? [];
    if (cited.some((criterion) => !unmet.has(criterion))) throw fieldError("criteria", "criterion_not_unmet");
    if (cited.length === 0 && !data.reason) throw fieldError("reason", "reason_required");
    Object.assign(changes, { decidedAt: new Date() });
    details = { criteria: cited };
  }
  if (data.action === "request_changes") {
    const fieldComments = data.fieldComments ?? {};
    if (Object.keys(fieldComments).length === 0) throw fieldError("fieldComments", "comments_required");
    changes.changeRequest = JSON.stringify({ reason: data.reason ?? null, fieldComments });
    // The declaration is made again on what is resubmitted.
    changes.declarationAcceptedAt = null;
    details = { fieldComments };
  }
  const action = data.action === "approve" ? (step.final ? "approved" : "stage_approved") : data.action === "reject" ? "rejected" : "changes_requested";
  const cited = new Set(data.criteria ?? []);
  const applicantNotice: ApplicantNotice =
    data.action === "approve"
      ? step.final ? { event: "approved", amountFen: amountFen! } : { event: "stage_passed" }
      : data.action === "reject"
        ? { event: "rejected", reason: data.reason ?? null, criteria: outcome.criteria.filter((c) => (c.id !== null && cited.has(c.id)) || cited.has(c.path)).map((c) => c.message) }
        : { event: "changes_requested", fields: Object.keys(data.fieldComments ?? {}) };

  await db().$transaction(async (tx) => {
    if ((await repo.updateIfRevision(tx, row.id, row.revision, [state.status], changes)) === 0) throw new AppError("conflict", "application_changed");
    await repo.createEvent(tx, { applicationId: row.id, action, fromStatus: state.status, toStatus: step.next.status, stage: state.stage, actorId: actor.userId, onBehalfOfId: null, reason: data.reason ?? null, details: JSON.stringify(details), amountFen });
    await appendAudit(tx, { ...auditPeople(actor), action: `application.${action}`, targetType: "application", targetId: row.id, before: { status: state.status, stage: state.stage }, after: { status: step.next.status, stage: step.next.stage, amountFen, ...details, reason: data.reason ?? null } });
    await notifyApplicant(tx, noticeOf(row), applicantNotice);
    // The next stage needs a different official (separation of duties): tell the others.
    if (step.next.status === "in_review") await notifyReviewers(tx, noticeOf(row), "second_stage", actor.userId);
  });

  return getApplication(actor, id);
}

export type ReviewView = {
  application: ApplicationView;
  atFiling: TProgrammeOutcome;
  now: TProgrammeOutcome;
  documents: DocumentView[];
  history: (Awaited<ReturnType<typeof repo.listEvents>>[number] & { actorName: string | null; onBehalfOfName: string | null })[];
  diff: TChange[] | null;
  allowed: TApplicationEvent[];
  separation: ReturnType<typeof checkSeparationOfDuties>;
  filingDate: string;
};

/** Everything a reviewer needs on one page: facts, criteria at filing and now, documents (expired ones flagged), history, the resubmission diff. */
export async function getReview(actor: Actor, id: string): Promise<ReviewView> {
  requireReviewer(actor);
  const row = await loadReadable(actor, id);
  const application = toView(row);
  const events = await repo.listEvents(db(), row.id);
  const submissions = events.filter((e) => e.action === "submitted" || e.action === "resubmitted");
  const first = submissions[0];
  const filingDate = (row.firstSubmittedAt ?? row.createdAt).toISOString().slice(0, 10);
  const filedFacts = first ? parseJson<TSubmissionSnapshot>(first.details, snapshotForDiff(row)).facts : parseJson<Record<string, unknown>>(row.facts, {});
  const atFiling = evaluateProgramme(snapshotOf(row), filedFacts as TFacts, filingDate);
  const today = todayIsoInChina();
  const now = evaluateProgramme((await versionInForce(row.programmeId, today)) ?? snapshotOf(row), parseJson<TFacts>(row.facts, {}), today);
  const attached = new Set(row.documents.map((d) => d.documentId));
  const documents = (await listSubjectDocuments(actor, row.subjectId)).filter((d) => attached.has(d.id));
  const people = await repo.namesOfUsers(db(), [...new Set(events.flatMap((e) => [e.actorId, e.onBehalfOfId]).filter((v): v is string => Boolean(v)))]);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const previous = submissions.at(-2);
  const latest = submissions.at(-1);
  const diff = previous && latest ? diffSubmissions(parseJson(previous.details, snapshotForDiff(row)), parseJson(latest.details, snapshotForDiff(row))) : null;

  return {
    application,
    atFiling,
    now,
    documents,
    history: events.map((e) => ({ ...e, actorName: nameOf.get(e.actorId) ?? null, onBehalfOfName: e.onBehalfOfId ? (nameOf.get(e.onBehalfOfId) ?? null) : null })),
    diff,
    allowed: allowedEvents(stateOf(row)).filter((e) => e !== "submit"),
    separation: await separationFor(actor, row),
    filingDate,
  };
}

/** The applicant's view of their history (no official's internal notes beyond what they must act on). */
export async function listApplicationHistory(actor: Actor, id: string) {
  const row = await loadReadable(actor, id);
  const events = await repo.listEvents(db(), row.id);
  const people = await repo.namesOfUsers(db(), [...new Set(events.flatMap((e) => [e.actorId, e.onBehalfOfId]).filter((v): v is string => Boolean(v)))]);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));

  return events.map((e) => ({ ...e, actorName: nameOf.get(e.actorId) ?? null, onBehalfOfName: e.onBehalfOfId ? (nameOf.get(e.onBehalfOfId) ?? null) : null }));
}

// --- lists, queue and dashboard ----------------------------------------------------------------

export type ApplicationListItem = ReturnType<typeof ZApplicationListItem.parse> & { subjectName: string; stage: number; countyCode: string; createdAt: string; waitingDays: number | null };

function toListItem(row: Awaited<ReturnType<typeof repo.listByApplicant>>[number]): ApplicationListItem {
  const base = ZApplicationListItem.parse({ id: row.id, reference: row.reference, status: row.status, programmeId: row.programmeId, subjectId: row.subjectId, submittedAt: row.submittedAt?.toISOString() ?? null });

  const waitingDays = row.submittedAt ? Math.floor((Date.now() - row.submittedAt.getTime()) / (24 * 60 * 60 * 1000)) : null;

  return { ...base, subjectName: row.subject.name, stage: row.stage, countyCode: row.countyCode, createdAt: row.createdAt.toISOString(), waitingDays };
}

const QUEUE_STATUSES: TApplicationStatus[] = ["submitted", "in_review"];
const DAY_MS = 24 * 60 * 60 * 1000;

/** The caller's own applications; station staff see their county's; officials get their area's review queue, oldest first. */
export async function listApplications(actor: Actor, filters: unknown = {}): Promise<ApplicationListItem[]> {
  if (actor.actingFor || actor.role === "applicant") {
    if (!actorCan(actor, "subsidy.apply")) throw forbidden("subsidy.apply");

    return (await repo.listByApplicant(db(), subjectOwnerId(actor))).map(toListItem);
  }
  if (actor.role === "station_staff" && actor.countyCode) return (await repo.listByCounty(db(), actor.countyCode)).map(toListItem);
  if (actor.role === "official") {
    requireReviewer(actor);
    const f = parseInput(ZQueueFilters, filters);
    const rows = await repo.listQueue(db(), {
      prefectureCode: actor.prefectureCode!,
      countyCode: f.countyCode,
      programmeId: f.programmeId,
      statuses: f.status ? [f.status] : QUEUE_STATUSES,
      submittedBefore: f.minAgeDays ? new Date(Date.now() - f.minAgeDays * DAY_MS) : undefined,
    });

    return rows.map(toListItem);
  }

  return [];
}

export async function countiesForReview(actor: Actor) {
  requireReviewer(actor);

  return repo.countiesOfPrefecture(db(), actor.prefectureCode!);
}

export async function getDashboard(actor: Actor) {
  requireReviewer(actor);
  const [rows, subjects, counties] = await Promise.all([
    repo.dashboardRows(db(), actor.prefectureCode!),
    repo.countSubjectsInPrefecture(db(), actor.prefectureCode!),
    repo.countiesOfPrefecture(db(), actor.prefectureCode!),
  ]);

  return { ...computeDashboard(rows, subjects), counties };
}

// --- a rule change and the applications it would touch ----------------------------------------

/** Open means a decision is still to come: not a draft (nothing filed yet), not decided. */
const OPEN_STATUSES: TApplicationStatus[] = ["submitted", "in_review", "changes_requested"];

export type TOpenApplicationChange = {
  id: string;
  reference: string;
  status: TApplicationStatus;
  subjectName: string;
  countyCode: string;
  countyNameZh: string;
  countyNameEn: string;
  filedVersion: number;
  before: TOutcomeStatus;
  after: TOutcomeStatus;
  beforeAmount: TAmountRange;
  afterAmount: TAmountRange;
};

export type TOpenApplicationsSimulation = {
  date: string;
  open: number;
  before: { eligible: number; totalMinFen: number; totalMaxFen: number };
  after: { eligible: number; totalMinFen: number; totalMaxFen: number };
  newlyEligible: number;
  noLongerEligible: number;
  payoutDeltaMinFen: number;
  payoutDeltaMaxFen: number;
  // Only the applications whose outcome or amount would change.
  changes: TOpenApplicationChange[];
};

/**
 * Issue #3 §6: a draft's simulation covers every open application too. Re-evaluates the
 * facts of the official's area's open applications of that programme under the draft's base
 * version and under the draft, on the draft's start date (or today, if later). The
 * applications themselves keep the version they were filed under; this tells the official
 * what the new rules would have said about them.
 */
export async function simulateOpenApplications(actor: Actor, draftVersionId: string): Promise<TOpenApplicationsSimulation> {
  requireReviewer(actor);
  const { draft, base } = await getDraftReview(actor, draftVersionId);
  if (!base) throw new AppError("conflict", "no_version_to_copy");
  const today = todayIsoInChina();
  const date = draft.effectiveFrom > today ? draft.effectiveFrom : today;
  const rows = await repo.listOpenForProgramme(db(), actor.prefectureCode!, draft.programmeId, OPEN_STATUSES);
  const population = rows.map((row): TFacts => {
    // What the subject's record says, under what the applicant answered on the application.
    const record = ZFacts.safeParse({ subjectType: row.subject.type, registeredOn: row.subject.registeredOn, countyCode: row.countyCode });

    return { ...(record.success ? record.data : {}), ...(ZFacts.safeParse(parseJson(row.facts, {})).data ?? {}) };
  });
  const result = simulatePolicyChange(base, draft, population, date);
  const changes = result.changes.flatMap((change): TOpenApplicationChange[] => {
    const row = rows[change.index];
    if (!row || !isApplicationStatus(row.status)) return [];

    return [{
      id: row.id,
      reference: row.reference,
      status: row.status,
      subjectName: row.subject.name,
      countyCode: row.countyCode,
      countyNameZh: row.subject.county.nameZh,
      countyNameEn: row.subject.county.nameEn,
      filedVersion: row.programmeVersion,
      before: change.before,
      after: change.after,
      beforeAmount: change.beforeAmount,
      afterAmount: change.afterAmount,
    }];
  });
  const side = (s: typeof result.before) => ({ eligible: s.eligible, totalMinFen: s.totalMinFen, totalMaxFen: s.totalMaxFen });

  return {
    date,
    open: rows.length,
    before: side(result.before),
    after: side(result.after),
    newlyEligible: result.newlyEligible,
    noLongerEligible: result.noLongerEligible,
    payoutDeltaMinFen: result.after.totalMinFen - result.before.totalMinFen,
    payoutDeltaMaxFen: result.after.totalMaxFen - result.before.totalMaxFen,
    changes,
  };
}

// --- paying an approved application ------------------------------------------------------------

/**
 * The full bank account of an approved application, for paying it. Only officials who may
 * decide it (review permission, its area) and who may unmask personal data; every reveal is
 * audited without the number. Applicants and station staff are refused (403), other areas'
 * officials never see that it exists (404), and an undecided or rejected application is not paid.
 */
export async function revealBankAccountForPayment(actor: Actor, id: string): Promise<{ accountNumber: string; bankName: string | null; accountHolder: string | null }> {
  requireReviewer(actor);
  if (!actorCan(actor, "identifiers.unmask")) throw forbidden("identifiers.unmask");
  const row = await loadReadable(actor, id);
  if (row.status !== "approved") throw new AppError("conflict", "bank_account_not_payable");
  const cipher = await repo.findBankCiphertext(db(), row.id);
  if (!cipher?.bankAccountCiphertext) throw new AppError("conflict", "bank_account_missing");
  const accountNumber = await unmaskAudited(actor, { action: "application.bank_account.revealed", targetType: "application", targetId: row.id, after: { purpose: "payment" } }, cipher.bankAccountCiphertext, `application:${row.id}:bank`);

  return { accountNumber, bankName: row.bankName, accountHolder: row.accountHolder };
}
