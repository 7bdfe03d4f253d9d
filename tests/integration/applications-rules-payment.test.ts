// Applications and the programme tables: a version an official publishes is what the next
// application is filed under, while filed ones keep theirs; a draft's simulation covers the
// area's open applications; and paying an approved application reveals its bank account to
// the officials who may decide it, audited, and to nobody else.
import { randomBytes, randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { todayIsoInChina } from "@/i18n/format";
import type { Actor } from "@/server/actor";
import { SEED_PROGRAMME_VERSIONS } from "@/modules/subsidy/seed-programmes";
import type { TProgrammeVersion } from "@/modules/subsidy/schemas";
import { createDraft, forgetScreenableVersions, publishDraft, toVersionData, updateDraftParameters } from "@/modules/subsidy/service";
import { decideApplication, getApplication, listApplyOptions, revealBankAccountForPayment, simulateOpenApplications, startApplication, submitApplication, updateApplication } from "@/modules/applications/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";
import { completeTrainingDraft, newApplicant, upload, userActor, type Applicant } from "./support/applications";

const REWARD_V2 = SEED_PROGRAMME_VERSIONS.find((v) => v.programmeId === "cbec-turnover-reward" && v.version === 2) as TProgrammeVersion;
const BANK = { accountHolder: "测试企业", bankName: "贵州银行", accountNumber: "6222 0212 3456 7890 123" };
const yuan = (n: number) => n * 100;

let official: Actor; // 13800000003, Zunyi
let official2: Actor; // 13800000007, Zunyi
let staffMeitan: Actor;
let officialBijie: Actor; // Weining's prefecture (5205)

async function officialOf(prefectureCode: string): Promise<Actor> {
  const row = await testDb().user.create({ data: { phone: `135${String(randomInt(0, 100_000_000)).padStart(8, "0")}`, name: "外地审核", role: "official", prefectureCode } });

  return { userId: row.id, role: "official", name: row.name, countyCode: null, prefectureCode, stationId: null, actingFor: null, ip: "10.30.0.6" };
}

/** A programme of its own, holding a copy of the CBEC reward's version 2 as published (in force since 2025). */
async function freshProgramme(): Promise<string> {
  const id = `test-${randomBytes(4).toString("hex")}`;
  await testDb().programme.create({ data: { id, department: "gz-commerce", nameZh: "测试交易额奖励", nameEn: "Test turnover reward" } });
  await testDb().programmeVersion.create({ data: { ...toVersionData({ ...REWARD_V2, programmeId: id, effectiveFrom: "2025-01-01" }), programmeId: id, version: 2, status: "published", editorIds: "[]" } });
  // Inserted behind the subsidy service's back: it would otherwise notice within a second.
  forgetScreenableVersions();

  return id;
}

/** An enterprise's application for `programmeId` with these CBEC and total turnovers (yuan), complete; submitted unless told not to. */
async function turnoverApplication(applicant: Applicant, programmeId: string, cbecYuan: number, options: { submit?: boolean } = {}) {
  const licence = await upload(applicant.actor, applicant.subjectId, "business_licence", null);
  const invoice = await upload(applicant.actor, applicant.subjectId, "invoice");
  const draft = await startApplication(applicant.actor, { subjectId: applicant.subjectId, programmeId, facts: { annualCbecTurnoverFen: yuan(cbecYuan) } });
  await updateApplication(applicant.actor, draft.id, { subjectConfirmed: true, facts: { annualTurnoverFen: yuan(12_000_000) }, documentIds: [licence.id, invoice.id], bankAccount: BANK, declarationAccepted: true });

  return options.submit === false ? getApplication(applicant.actor, draft.id) : submitApplication(applicant.actor, draft.id);
}

beforeAll(async () => {
  await seedDatabase(testDb());
  official = await userActor("13800000003");
  official2 = await userActor("13800000007");
  staffMeitan = await userActor("13800000002");
  officialBijie = await officialOf("5205");
});

describe("programmes come from the database", () => {
  it("files a new application under the version an official just published; one filed earlier keeps its own", async () => {
    const programmeId = await freshProgramme();
    const earlier = await turnoverApplication(await newApplicant({ type: "enterprise" }), programmeId, 4_500_000);
    expect(earlier).toMatchObject({ programmeVersion: 2, amount: null });

    const { id: draftId } = await createDraft(official, programmeId);
    // From today: ¥4,000,000 instead of ¥5,000,000 (every example case still passes).
    await updateDraftParameters(official, draftId, { "c:cbec-turnover-over-5m": "4000000", effectiveFrom: todayIsoInChina() });
    await publishDraft(official2, draftId);

    const later = await newApplicant({ type: "enterprise" });
    const options = await listApplyOptions(later.actor, later.subjectId);
    expect(options.options.find((o) => o.programmeId === programmeId)?.outcome.version).toBe(3);
    const filed = await turnoverApplication(later, programmeId, 4_500_000);
    // 5%–8% of ¥4,500,000 under the published version 3.
    expect(filed).toMatchObject({ programmeVersion: 3, amount: { minFen: yuan(225_000), maxFen: yuan(360_000) } });
    const row = await testDb().application.findUniqueOrThrow({ where: { id: filed.id }, select: { ruleSnapshot: true } });
    expect(JSON.parse(row.ruleSnapshot)).toMatchObject({ programmeId, version: 3 });

    const kept = await getApplication(official, earlier.id);
    expect(kept).toMatchObject({ programmeVersion: 2, amount: null });
    expect(JSON.stringify(kept.version.criteria)).toContain(String(yuan(5_000_000)));
  });
});

describe("a draft's simulation covers open applications", () => {
  it("re-evaluates the area's submitted, in-review and returned applications of that programme, and none other", async () => {
    const programmeId = await freshProgramme();
    const flips = await turnoverApplication(await newApplicant({ type: "enterprise" }), programmeId, 1_000_000);
    const stays = await turnoverApplication(await newApplicant({ type: "enterprise" }), programmeId, 10_000_000);
    const returned = await turnoverApplication(await newApplicant({ type: "enterprise" }), programmeId, 800_000);
    await decideApplication(official, returned.id, { action: "request_changes", fieldComments: { "facts.annualCbecTurnoverFen": "请核对" } });
    // Not open: a draft nobody filed, an approved one, and one in another prefecture.
    await turnoverApplication(await newApplicant({ type: "enterprise" }), programmeId, 1_000_000, { submit: false });
    const approved = await turnoverApplication(await newApplicant({ type: "enterprise" }), programmeId, 10_000_000);
    // A programme the portal has no stage data for is reviewed in one stage.
    await decideApplication(official, approved.id, { action: "approve", amountFen: yuan(500_000) });
    const weining = await turnoverApplication(await newApplicant({ type: "enterprise", countyCode: "520526" }), programmeId, 1_000_000);

    const { id: draftId } = await createDraft(official, programmeId);
    await updateDraftParameters(official, draftId, { "c:cbec-turnover-over-5m": "500000" });
    const simulation = await simulateOpenApplications(official2, draftId);

    expect(simulation.open).toBe(3);
    expect(simulation).toMatchObject({ newlyEligible: 2, noLongerEligible: 0, before: { eligible: 1 }, after: { eligible: 3 } });
    // 5%–8% of ¥1,000,000 and of ¥800,000 join the payout.
    expect(simulation).toMatchObject({ payoutDeltaMinFen: yuan(50_000 + 40_000), payoutDeltaMaxFen: yuan(80_000 + 64_000) });
    expect(simulation.changes.map((c) => c.reference).sort()).toEqual([flips.reference, returned.reference].sort());
    expect(simulation.changes.find((c) => c.id === flips.id)).toMatchObject({
      status: "submitted",
      countyCode: "520328",
      countyNameZh: "湄潭县",
      filedVersion: 2,
      before: "ineligible",
      after: "eligible",
      afterAmount: { minFen: yuan(50_000), maxFen: yuan(80_000) },
    });
    expect(simulation.changes.find((c) => c.id === returned.id)).toMatchObject({ status: "changes_requested", before: "ineligible", after: "eligible" });
    expect(simulation.changes.map((c) => c.id)).not.toContain(stays.id);

    const bijie = await simulateOpenApplications(officialBijie, draftId);
    expect(bijie).toMatchObject({ open: 1, newlyEligible: 1 });
    expect(bijie.changes.map((c) => c.id)).toEqual([weining.id]);
    // Simulating changes nothing: the applications keep the version they were filed under.
    expect(await getApplication(official, flips.id)).toMatchObject({ programmeVersion: 2, amount: null, status: "submitted" });
    await expect(simulateOpenApplications(staffMeitan, draftId)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("paying an approved application", () => {
  async function approvedTraining() {
    const applicant = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant);
    await submitApplication(applicant.actor, draft.id);
    await decideApplication(official, draft.id, { action: "approve", amountFen: 450_000 });

    return { applicant, id: draft.id };
  }

  const reveals = (id: string) => testDb().auditEvent.findMany({ where: { targetId: id, action: "application.bank_account.revealed" }, select: { actorId: true, onBehalfOfId: true, before: true, after: true } });

  it("shows an official of the area the full number and audits it, without the number", async () => {
    const { id } = await approvedTraining();
    const before = await getApplication(official2, id);
    expect(before.bankAccountMasked).not.toContain("34567890");

    const account = await revealBankAccountForPayment(official2, id);
    expect(account).toEqual({ accountNumber: "6222021234567890123", bankName: "贵州农村信用社", accountHolder: "测试合作社" });
    const audit = await reveals(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: official2.userId, onBehalfOfId: null });
    expect(JSON.stringify(audit)).not.toMatch(/\d{8,}/);
    // Still masked everywhere else.
    expect((await getApplication(official2, id)).bankAccountMasked).toBe(before.bankAccountMasked);
  });

  it("refuses other areas' officials (404), the applicant and station staff (403), and writes nothing", async () => {
    const { applicant, id } = await approvedTraining();
    await expect(revealBankAccountForPayment(officialBijie, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(revealBankAccountForPayment(applicant.actor, id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(revealBankAccountForPayment(staffMeitan, id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(revealBankAccountForPayment(official, "no-such-application")).rejects.toMatchObject({ code: "not_found" });
    expect(await reveals(id)).toEqual([]);
  });

  it("refuses an application that is not approved", async () => {
    const applicant = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant);
    await submitApplication(applicant.actor, draft.id);
    await expect(revealBankAccountForPayment(official, draft.id)).rejects.toMatchObject({ code: "conflict", message: "bank_account_not_payable" });
    await decideApplication(official, draft.id, { action: "reject", reason: "培训机构不在认定名单内" });
    await expect(revealBankAccountForPayment(official, draft.id)).rejects.toMatchObject({ code: "conflict", message: "bank_account_not_payable" });
    expect(await reveals(draft.id)).toEqual([]);
  });
});
