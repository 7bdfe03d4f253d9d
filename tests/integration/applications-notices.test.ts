// Applications tell people through the shared inbox (issue #4 §4): the area's officials see
// new submissions and resubmissions; the applicant — and station staff who filed for them —
// hear about every status change, rendered in each reader's own language; every notice gets
// a delivery row per push channel, and a failed push is shown, never swallowed.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import zhApplications from "../../locales/zh-CN/applications.json";
import zhSubsidy from "../../locales/zh-CN/subsidy.json";
import { formatMoneyFen, todayIsoInChina } from "@/i18n/format";
import type { Actor } from "@/server/actor";
import { registerDeliveryChannel, type DeliveryMessage } from "@/modules/notifications/channels";
import { dispatchPendingDeliveries, listInbox } from "@/modules/notifications/service";
import { createSubject, recordDelegation, registerApplicantForStation, resolveActingFor } from "@/modules/identity/service";
import { decideApplication, submitApplication, updateApplication } from "@/modules/applications/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";
import { MEITAN, PDF, completeTrainingDraft, newApplicant, submittedTurnoverReward, uniqueUscc, userActor, type Applicant } from "./support/applications";

let official: Actor; // 13800000003, Zunyi
let official2: Actor; // 13800000007, Zunyi
let officialElsewhere: Actor; // Guiyang (5201)
let staffMeitan: Actor;
const sent: DeliveryMessage[] = [];
const previousChannels = process.env.NOTIFY_CHANNELS;

beforeAll(async () => {
  await seedDatabase(testDb());
  official = await userActor("13800000003");
  official2 = await userActor("13800000007");
  staffMeitan = await userActor("13800000002");
  const row = await testDb().user.create({ data: { phone: `135${String(randomInt(0, 100_000_000)).padStart(8, "0")}`, name: "贵阳审核", role: "official", prefectureCode: "5201" } });
  officialElsewhere = { userId: row.id, role: "official", name: row.name, countyCode: null, prefectureCode: "5201", stationId: null, actingFor: null, ip: "10.30.0.5" };
  // A stand-in for the SMS adapter, recording what each person would receive, and one that always fails.
  registerDeliveryChannel({ name: "test_sms", send: async (message) => void sent.push(message) });
  registerDeliveryChannel({ name: "test_broken", send: async () => { throw new Error("gateway refused"); } });
  process.env.NOTIFY_CHANNELS = "test_sms";
});

afterAll(() => {
  if (previousChannels === undefined) delete process.env.NOTIFY_CHANNELS;
  else process.env.NOTIFY_CHANNELS = previousChannels;
});

/** Pushes every pending delivery (other files may have left some), in batches. */
async function dispatchAll(): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    const { sent: ok, failed } = await dispatchPendingDeliveries();
    if (ok + failed === 0) return;
  }
}

async function noticesTo(userId: string, applicationId: string) {
  return testDb().notification.findMany({
    where: { userId, link: { in: [`/applications/${applicationId}`, `/review/${applicationId}`] } },
    select: { kind: true, key: true, deliveries: { select: { channel: true, status: true, error: true } } },
  });
}

/** The kinds of notice someone got about an application, sorted (rows made within one millisecond have no order). */
async function kindsTo(userId: string, applicationId: string): Promise<string[]> {
  return (await noticesTo(userId, applicationId)).map((n) => n.kind).sort();
}

async function inboxTexts(actor: Actor, locale: "zh-CN" | "en" = "zh-CN"): Promise<string[]> {
  return (await listInbox(actor, 1, locale)).entries.map((e) => e.text);
}

async function setLocale(applicant: Applicant, locale: string): Promise<void> {
  await testDb().user.update({ where: { id: applicant.actor.userId }, data: { locale } });
}

describe("a new submission", () => {
  it("reaches every official of the area with the review permission, and nobody else", async () => {
    const applicant = await newApplicant();
    const bystander = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant);
    await submitApplication(applicant.actor, draft.id);

    const reviewers = await testDb().user.findMany({ where: { role: "official", prefectureCode: "5203", disabledAt: null }, select: { id: true } });
    const told = await testDb().notification.findMany({ where: { link: `/review/${draft.id}` }, select: { userId: true, kind: true } });
    expect(told.map((n) => n.userId).sort()).toEqual(reviewers.map((r) => r.id).sort());
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([official.userId, official2.userId]));
    expect(new Set(told.map((n) => n.kind))).toEqual(new Set(["application.review_submitted"]));
    expect(await noticesTo(officialElsewhere.userId, draft.id)).toEqual([]);
    expect(await noticesTo(bystander.actor.userId, draft.id)).toEqual([]);
    expect(await noticesTo(staffMeitan.userId, draft.id)).toEqual([]);

    const officialInbox = await inboxTexts(official);
    expect(officialInbox.find((text) => text.includes(draft.reference))).toBe(`新的补贴申请 ${draft.reference}（跨境电商实操培训补贴，湄潭县）等待初审。`);
    expect(await inboxTexts(applicant.actor)).toContain(`您的补贴申请 ${draft.reference}（跨境电商实操培训补贴）已收到，正在等县里初审。`);
  });

  it("tells both the applicant and the station staff who filed for them", async () => {
    const farmer = await registerApplicantForStation(staffMeitan, { name: "龙阿公" });
    const today = todayIsoInChina();
    await recordDelegation(staffMeitan, { applicantId: farmer.id, scope: ["subjects", "subsidy"], validFrom: today, validUntil: `${Number(today.slice(0, 4)) + 1}-01-01`, method: "signed_form" }, { bytes: PDF });
    const actingFor = await resolveActingFor({ id: staffMeitan.userId, role: "station_staff", name: staffMeitan.name, countyCode: MEITAN, prefectureCode: null, stationId: staffMeitan.stationId, locale: "zh-CN" }, farmer.id);
    const acting: Actor = { ...staffMeitan, actingFor };
    const subject = await createSubject(acting, { type: "cooperative", name: "龙阿公茶叶合作社", idKind: "uscc", idNumber: uniqueUscc(), countyCode: MEITAN, registeredOn: "2020-05-05", products: "绿茶" });
    const { draft } = await completeTrainingDraft({ actor: acting, phone: "", subjectId: subject.id });
    await submitApplication(acting, draft.id);

    expect(await kindsTo(farmer.id, draft.id)).toEqual(["application.submitted"].sort());
    expect(await kindsTo(staffMeitan.userId, draft.id)).toEqual(["application.submitted"].sort());
    await decideApplication(official, draft.id, { action: "approve", amountFen: 450_000 });
    expect(await kindsTo(farmer.id, draft.id)).toEqual(["application.submitted", "application.approved"].sort());
    expect(await kindsTo(staffMeitan.userId, draft.id)).toEqual(["application.submitted", "application.approved"].sort());
  });
});

describe("decisions reach the applicant in their own language", () => {
  it("says what to fix, in Chinese, and tells the officials when it comes back", async () => {
    const applicant = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant, 2);
    await submitApplication(applicant.actor, draft.id);
    await decideApplication(official, draft.id, { action: "request_changes", reason: "人数和证书不一致", fieldComments: { "facts.peopleTrained": "证书上是 3 人", evidence: "请上传清楚一点的证书" } });

    const fields = `${zhSubsidy.facts.peopleTrained.label}和${zhApplications.fields.evidence}`;
    expect(await inboxTexts(applicant.actor)).toContain(`您的补贴申请 ${draft.reference}（跨境电商实操培训补贴）需要改一下再交。要改的地方：${fields}。打开申请可以看到审核人员的意见。`);

    await updateApplication(applicant.actor, draft.id, { facts: { peopleTrained: 3 }, declarationAccepted: true });
    await submitApplication(applicant.actor, draft.id);
    expect(await kindsTo(applicant.actor.userId, draft.id)).toEqual(["application.submitted", "application.changes_requested", "application.resubmitted"].sort());
    expect(await kindsTo(official2.userId, draft.id)).toEqual(["application.review_submitted", "application.review_resubmitted"].sort());
    expect(await noticesTo(officialElsewhere.userId, draft.id)).toEqual([]);
  });

  it("sends an English reader the stage passed and the approved amount in English, a Chinese reader a rejection with its reason in Chinese", async () => {
    const english = await newApplicant({ type: "enterprise" });
    await setLocale(english, "en");
    const chinese = await newApplicant();
    const before = sent.length;

    const reward = await submittedTurnoverReward(english);
    await decideApplication(official, reward.id, { action: "approve", amountFen: 60_000_000 });
    // The second stage is for the other officials: the one who passed the first is not asked.
    expect(await kindsTo(official2.userId, reward.id)).toEqual(["application.review_submitted", "application.review_second_stage"].sort());
    expect(await kindsTo(official.userId, reward.id)).toEqual(["application.review_submitted"].sort());
    await decideApplication(official2, reward.id, { action: "approve", amountFen: 60_000_000 });

    const { draft } = await completeTrainingDraft(chinese);
    await submitApplication(chinese.actor, draft.id);
    await decideApplication(official, draft.id, { action: "reject", reason: "培训机构不在认定名单内" });

    await dispatchAll();
    const mine = sent.slice(before);
    const toEnglish = mine.filter((m) => m.userId === english.actor.userId).map((m) => m.text);
    const toChinese = mine.filter((m) => m.userId === chinese.actor.userId).map((m) => m.text);
    expect(mine.filter((m) => m.userId === english.actor.userId).every((m) => m.locale === "en")).toBe(true);
    expect(toEnglish.sort()).toEqual([
      `We have received your subsidy application ${reward.reference} (CBEC turnover reward). It is waiting for the county review.`,
      `Your subsidy application ${reward.reference} (CBEC turnover reward) passed the county review and is waiting for the city's approval.`,
      `Your subsidy application ${reward.reference} (CBEC turnover reward) has been approved: ${formatMoneyFen(60_000_000, "en")}.`,
    ].sort());
    expect(toChinese.sort()).toEqual([
      `您的补贴申请 ${draft.reference}（跨境电商实操培训补贴）已收到，正在等县里初审。`,
      `您的补贴申请 ${draft.reference}（跨境电商实操培训补贴）没有获批。原因：培训机构不在认定名单内`,
    ].sort());
    // The inbox page renders the same notices in the page's language.
    expect((await inboxTexts(english.actor, "en")).sort()).toEqual(toEnglish);
  });

  it("explains cited criteria in the reader's language", async () => {
    const applicant = await newApplicant({ type: "enterprise" });
    await setLocale(applicant, "en");
    const reward = await submittedTurnoverReward(applicant);
    // The enterprise no longer passes the CBEC threshold on its corrected figure: the official cites that criterion.
    await testDb().application.update({ where: { id: reward.id }, data: { facts: JSON.stringify({ ...reward.facts, annualCbecTurnoverFen: 100_000_000 }) } });
    await decideApplication(official, reward.id, { action: "reject", criteria: ["cbec-turnover-over-5m"] });
    const before = sent.length;
    await dispatchAll();
    const text = sent.slice(before).find((m) => m.userId === applicant.actor.userId && m.text.includes("not approved"))?.text ?? "";
    expect(text).toMatch(new RegExp(`^Your subsidy application ${reward.reference} \\(CBEC turnover reward\\) was not approved\\. Reason: .+`));
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    // The criterion's own explanation, with the figures in the reader's format.
    expect(text).toContain(`${formatMoneyFen(100_000_000, "en")} is ${formatMoneyFen(400_000_000, "en")} short`);
    expect(text).not.toContain("{{");
  });
});

describe("no silent failure", () => {
  it("records a delivery row per channel, and a failed push is kept and shown in the inbox", async () => {
    process.env.NOTIFY_CHANNELS = "test_sms,test_broken";
    try {
      const applicant = await newApplicant();
      const { draft } = await completeTrainingDraft(applicant);
      await submitApplication(applicant.actor, draft.id);
      await dispatchAll();
      const [notice] = await noticesTo(applicant.actor.userId, draft.id);
      expect(notice?.deliveries.map((d) => [d.channel, d.status]).sort()).toEqual([["test_broken", "failed"], ["test_sms", "sent"]]);
      expect(notice?.deliveries.find((d) => d.channel === "test_broken")?.error).toContain("gateway refused");
      const entry = (await listInbox(applicant.actor, 1, "zh-CN")).entries.find((e) => e.link === `/applications/${draft.id}`);
      expect(entry?.failedChannels).toEqual(["test_broken"]);
    } finally {
      process.env.NOTIFY_CHANNELS = "test_sms";
    }
  });

  it("commits nothing when the decision fails", async () => {
    const applicant = await newApplicant();
    const { draft } = await completeTrainingDraft(applicant);
    await submitApplication(applicant.actor, draft.id);
    await expect(decideApplication(official, draft.id, { action: "approve", amountFen: 9_999_999 })).rejects.toMatchObject({ code: "validation_failed" });
    expect(await kindsTo(applicant.actor.userId, draft.id)).toEqual(["application.submitted"].sort());
  });
});
