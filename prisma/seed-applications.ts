// Demo subsidy applications for the Zunyi (5203) commerce bureau's area: every status, with
// evidence in the subjects' vaults, so an official logging in has a real queue and a
// dashboard with numbers on it. Idempotent: fixed ids, skipped when present.
import { formatReference } from "../src/modules/applications/domain/reference";
import { reviewStagesFor } from "../src/modules/applications/domain/requirements";
import { maskBankAccount } from "../src/modules/identity/domain/masking";
import { collectVersionFacts } from "../src/modules/subsidy/domain";
import type { TProgrammeVersion } from "../src/modules/subsidy/schemas";
import { parseSeedProgrammes } from "../src/modules/subsidy/seed-programmes";
import { pickVersionForDate } from "../src/modules/subsidy/domain";
import { appendAudit } from "../src/server/audit";
import { encryptField, sha256Hex } from "../src/server/crypto";
import type { Db } from "../src/server/db";
import { fileStorage } from "../src/server/storage";

const DAY_MS = 24 * 60 * 60 * 1000;
const yuan = (n: number) => n * 100;

type Doc = { type: string; issuer: string; validTo: string | null; verifiedDepartment?: string; expired?: boolean };
type SeedApp = {
  key: string;
  subject: string; // market subject name
  programmeId: string;
  status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
  facts: Record<string, unknown>;
  docs: Doc[];
  submittedDaysAgo?: number;
  decidedDaysAgo?: number;
  amountFen?: number;
  stage1By?: string; // demo phone of the first-stage official
  finalBy?: string;
  reason?: string;
  fieldComments?: Record<string, string>;
};

const LICENCE = (issuer: string): Doc => ({ type: "business_licence", issuer, validTo: null });
const ID_CARD: Doc = { type: "id_card", issuer: "公安机关", validTo: "2036-05-01" };

const APPS: SeedApp[] = [
  // The papers' example: the agriculture department's green certificate reused in a commerce-side application.
  { key: "01", subject: "湄潭县茶香农民专业合作社", programmeId: "green-cert-export", status: "approved", facts: { holdsGreenCertification: true }, docs: [LICENCE("湄潭县市场监督管理局"), { type: "green_certificate", issuer: "中国绿色食品发展中心", validTo: "2028-06-30", verifiedDepartment: "gz-agriculture" }], submittedDaysAgo: 40, decidedDaysAgo: 31, amountFen: yuan(20_000), finalBy: "13800000003" },
  { key: "02", subject: "遵义市播州区红辣椒农民专业合作社", programmeId: "training-subsidy", status: "submitted", facts: { completedRecognisedTraining: true, peopleTrained: 4 }, docs: [LICENCE("遵义市播州区市场监督管理局"), { type: "training_certificate", issuer: "遵义市商务局跨境电商培训基地", validTo: "2029-12-31" }], submittedDaysAgo: 12 },
  { key: "03", subject: "遵义市播州区红辣椒农民专业合作社", programmeId: "green-cert-export", status: "draft", facts: {}, docs: [] },
  { key: "04", subject: "杨辣椒", programmeId: "training-subsidy", status: "changes_requested", facts: { completedRecognisedTraining: true, peopleTrained: 2 }, docs: [ID_CARD, { type: "training_certificate", issuer: "播州区职业技术学校", validTo: "2029-12-31" }], submittedDaysAgo: 9, stage1By: undefined, reason: "结业证书上只有 1 人", fieldComments: { "facts.peopleTrained": "结业证书上只有 1 人，请核对人数" } },
  { key: "05", subject: "田永贵", programmeId: "training-subsidy", status: "submitted", facts: { completedRecognisedTraining: true, peopleTrained: 1 }, docs: [ID_CARD, { type: "training_certificate", issuer: "湄潭县农业农村局", validTo: "2028-12-31" }], submittedDaysAgo: 6 },
  { key: "06", subject: "湄潭县龙凤村茶叶专业合作社", programmeId: "training-subsidy", status: "rejected", facts: { completedRecognisedTraining: true, peopleTrained: 5 }, docs: [LICENCE("湄潭县市场监督管理局"), { type: "training_certificate", issuer: "某网络培训平台", validTo: "2027-12-31" }], submittedDaysAgo: 20, decidedDaysAgo: 16, reason: "培训机构不在认定名单内", finalBy: "13800000007" },
  { key: "07", subject: "湄潭兰馨抹茶有限公司", programmeId: "cbec-turnover-reward", status: "in_review", facts: { registeredOn: "2021-11-15", annualTurnoverFen: yuan(9_000_000), annualCbecTurnoverFen: yuan(6_500_000) }, docs: [LICENCE("湄潭县市场监督管理局"), { type: "invoice", issuer: "国家税务总局湄潭县税务局", validTo: null }], submittedDaysAgo: 14, amountFen: yuan(400_000), stage1By: "13800000003" },
  { key: "08", subject: "遵义虾子辣椒食品有限公司", programmeId: "overseas-warehouse-build", status: "submitted", facts: { registeredOn: "2016-09-09", annualTurnoverFen: yuan(15_000_000), overseasWarehouseInvestmentFen: yuan(2_000_000) }, docs: [LICENCE("遵义市播州区市场监督管理局"), { type: "invoice", issuer: "国家税务总局遵义市播州区税务局", validTo: null }], submittedDaysAgo: 22 },
  // A certificate that expired while the application waited: flagged on the review page.
  { key: "09", subject: "何秀英", programmeId: "training-subsidy", status: "submitted", facts: { completedRecognisedTraining: true, peopleTrained: 1 }, docs: [ID_CARD, { type: "training_certificate", issuer: "湄潭县职业技术学校", validTo: "2026-10-31", expired: true }], submittedDaysAgo: 45 },
  { key: "10", subject: "仁怀市小曲白酒坊有限公司", programmeId: "cbec-turnover-reward", status: "rejected", facts: { registeredOn: "2022-03-15", annualTurnoverFen: yuan(3_000_000), annualCbecTurnoverFen: yuan(800_000) }, docs: [LICENCE("仁怀市市场监督管理局"), { type: "invoice", issuer: "国家税务总局仁怀市税务局", validTo: null }], submittedDaysAgo: 30, decidedDaysAgo: 27, reason: "跨境电商交易额未超过 500 万元", finalBy: "13800000003" },
  { key: "11", subject: "正安县大蒜专业合作社", programmeId: "green-cert-export", status: "submitted", facts: { holdsGreenCertification: true }, docs: [LICENCE("正安县市场监督管理局"), { type: "green_certificate", issuer: "中国绿色食品发展中心", validTo: "2027-03-31" }], submittedDaysAgo: 15 },
  { key: "12", subject: "遵义虾子辣椒食品有限公司", programmeId: "cbec-turnover-reward", status: "approved", facts: { registeredOn: "2016-09-09", annualTurnoverFen: yuan(15_000_000), annualCbecTurnoverFen: yuan(10_000_000) }, docs: [], submittedDaysAgo: 60, decidedDaysAgo: 41, amountFen: yuan(600_000), stage1By: "13800000003", finalBy: "13800000007" },
  { key: "13", subject: "杨小椒", programmeId: "training-subsidy", status: "submitted", facts: { completedRecognisedTraining: true, peopleTrained: 1 }, docs: [ID_CARD, { type: "training_certificate", issuer: "播州区职业技术学校", validTo: "2029-12-31" }], submittedDaysAgo: 1 },
];

// A one-page PDF: real magic bytes, unique content per document.
const demoPdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n% demo evidence: ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, "utf8"));

const todayIso = (now: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

export async function seedApplications(db: Db, keys: { field: Buffer }): Promise<number> {
  const now = new Date();
  const today = todayIso(now);
  const { versions } = parseSeedProgrammes();
  const inForce = (programmeId: string): TProgrammeVersion | null => pickVersionForDate(versions.filter((v) => v.programmeId === programmeId), today, { includeProposed: false });
  const phones = ["13800000003", "13800000007"];
  const officials = new Map((await db.user.findMany({ where: { phone: { in: phones } }, select: { id: true, phone: true } })).map((u) => [u.phone!, u.id]));
  let created = 0;

  for (const app of APPS) {
    const id = `seed-application-${app.key}`;
    if (await db.application.findUnique({ where: { id }, select: { id: true } })) continue;
    const subject = await db.marketSubject.findFirst({ where: { name: app.subject }, select: { id: true, ownerId: true, type: true, registeredOn: true, countyCode: true, county: { select: { prefectureCode: true } } } });
    const version = inForce(app.programmeId);
    if (!subject || !version) continue;

    const documentIds: string[] = [];
    for (const [index, doc] of app.docs.entries()) {
      const docId = `seed-document-${app.key}-${index}`;
      const existing = await db.document.findFirst({ where: { subjectId: subject.id, type: doc.type, number: `DEMO-${app.key}-${index}` }, select: { id: true } });
      if (existing) {
        documentIds.push(existing.id);
        continue;
      }
      // Reuse: a subject's licence is stored once and shared by its applications.
      const shared = doc.type === "business_licence" || doc.type === "id_card" ? await db.document.findFirst({ where: { subjectId: subject.id, type: doc.type }, select: { id: true } }) : null;
      if (shared) {
        documentIds.push(shared.id);
        continue;
      }
      const bytes = demoPdf(`${app.subject} ${doc.type} ${index}`);
      const storageKey = await fileStorage().put(bytes, "pdf");
      const file = await db.storedFile.create({ data: { storageKey, mimeType: "application/pdf", sizeBytes: bytes.length, sha256: sha256Hex(bytes), purpose: "evidence", ownerUserId: subject.ownerId, uploadedById: subject.ownerId }, select: { id: true } });
      const verifier = doc.verifiedDepartment ? null : app.status === "approved" || app.status === "in_review" ? officials.get("13800000003") : null;
      await db.document.create({
        data: {
          id: docId,
          subjectId: subject.id,
          ownerUserId: subject.ownerId,
          type: doc.type,
          issuer: doc.issuer,
          number: `DEMO-${app.key}-${index}`,
          validFrom: "2024-01-01",
          validTo: doc.validTo,
          fileId: file.id,
          uploadedById: subject.ownerId,
          verifiedAt: doc.verifiedDepartment || verifier ? new Date(now.getTime() - 50 * DAY_MS) : null,
          verifiedById: verifier ?? null,
          verifiedDepartment: doc.verifiedDepartment ?? (verifier ? "commerce-5203" : null),
        },
      });
      documentIds.push(docId);
    }

    const needed = new Set<string>(collectVersionFacts(version));
    const facts = Object.fromEntries(Object.entries({ subjectType: subject.type, registeredOn: subject.registeredOn, countyCode: subject.countyCode, ...app.facts }).filter(([k]) => needed.has(k)));
    const submittedAt = app.submittedDaysAgo === undefined ? null : new Date(now.getTime() - app.submittedDaysAgo * DAY_MS);
    const decidedAt = app.decidedDaysAgo === undefined ? null : new Date(now.getTime() - app.decidedDaysAgo * DAY_MS);
    const stages = reviewStagesFor(app.programmeId);
    const complete = app.status !== "draft";
    const year = Number(today.slice(0, 4));
    const account = `62170021${app.key}0012345678`;

    await db.$transaction(async (tx) => {
      const counter = await tx.applicationCounter.upsert({ where: { year }, create: { year, last: 1 }, update: { last: { increment: 1 } }, select: { last: true } });
      await tx.application.create({
        data: {
          id,
          reference: formatReference(year, counter.last),
          subjectId: subject.id,
          applicantId: subject.ownerId,
          filedById: subject.ownerId,
          countyCode: subject.countyCode,
          prefectureCode: subject.county.prefectureCode,
          programmeId: version.programmeId,
          programmeVersion: version.version,
          ruleSnapshot: JSON.stringify(version),
          reviewStages: JSON.stringify(stages),
          facts: JSON.stringify(facts),
          screeningAnswers: null,
          subjectConfirmedAt: complete ? submittedAt : null,
          bankAccountCiphertext: complete ? encryptField(account, keys.field, `application:${id}:bank`) : null,
          bankAccountMasked: complete ? maskBankAccount(account) : null,
          bankName: complete ? "贵州省农村信用社" : null,
          accountHolder: complete ? app.subject : null,
          declarationAcceptedAt: complete && app.status !== "changes_requested" ? submittedAt : null,
          declarationById: complete ? subject.ownerId : null,
          status: app.status,
          stage: app.status === "submitted" ? 1 : app.status === "in_review" ? 2 : 0,
          recommendedAmountFen: app.status === "in_review" ? (app.amountFen ?? null) : null,
          approvedAmountFen: app.status === "approved" ? (app.amountFen ?? null) : null,
          changeRequest: app.fieldComments ? JSON.stringify({ reason: app.reason ?? null, fieldComments: app.fieldComments }) : null,
          firstSubmittedAt: submittedAt,
          submittedAt,
          decidedAt,
          createdAt: new Date((submittedAt ?? now).getTime() - 2 * DAY_MS),
        },
      });
      if (documentIds.length > 0) await tx.applicationDocument.createMany({ data: [...new Set(documentIds)].map((documentId) => ({ applicationId: id, documentId, attachedById: subject.ownerId })) });
      const event = (action: string, at: Date, extra: Record<string, unknown> = {}) =>
        tx.applicationEvent.create({ data: { applicationId: id, action, fromStatus: null, toStatus: null, stage: null, actorId: subject.ownerId, onBehalfOfId: null, at, ...extra } });
      await event("created", new Date((submittedAt ?? now).getTime() - 2 * DAY_MS));
      if (submittedAt) await event("submitted", submittedAt, { toStatus: "submitted", details: JSON.stringify({ facts, documentIds, bankAccountMasked: maskBankAccount(account) }) });
      const midway = submittedAt && decidedAt ? new Date((submittedAt.getTime() + decidedAt.getTime()) / 2) : new Date(now.getTime() - DAY_MS);
      if (app.stage1By) await event("stage_approved", midway, { actorId: officials.get(app.stage1By)!, stage: 1, amountFen: app.amountFen ?? null, toStatus: "in_review" });
      if (app.status === "changes_requested") await event("changes_requested", midway, { actorId: officials.get("13800000007")!, stage: 1, reason: app.reason ?? null, details: JSON.stringify({ fieldComments: app.fieldComments }), toStatus: "changes_requested" });
      if (app.finalBy && decidedAt) await event(app.status === "approved" ? "approved" : "rejected", decidedAt, { actorId: officials.get(app.finalBy)!, stage: stages.length, amountFen: app.amountFen ?? null, reason: app.reason ?? null, toStatus: app.status });
      await appendAudit(tx, { actorId: null, action: "seed.application", targetType: "application", targetId: id, after: { status: app.status, programmeId: app.programmeId } });
    });
    created += 1;
  }

  return created;
}
