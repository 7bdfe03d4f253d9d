// The guidance checklist held against a subject's evidence vault, through the services: the
// demo Meitan tea cooperative sees its seeded business licence on the green tea → Vietnam
// checklist, its green-food certificate does not pass for EU organic, and nobody else can
// pass its subject id (another applicant, staff not acting for it, an official who may
// otherwise read it).
import { beforeAll, describe, expect, it } from "vitest";
import { todayIsoInChina } from "@/i18n/format";
import { buildGuidance, checklistHoldings, listHoldingSubjects } from "@/modules/customs/service";
import { startActing } from "@/modules/identity/service";
import type { Actor } from "@/server/actor";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";
import { newApplicant, upload, userActor } from "./support/applications";

let teaOwner: Actor; // 13800000001
let chiliOwner: Actor; // 13800000005
let staffMeitan: Actor; // 13800000002
let official: Actor; // 13800000003, Zunyi (Meitan's prefecture)
let teaCoopId: string;

beforeAll(async () => {
  await seedDatabase(testDb());
  teaOwner = await userActor("13800000001");
  chiliOwner = await userActor("13800000005");
  staffMeitan = await userActor("13800000002");
  official = await userActor("13800000003");
  teaCoopId = (await testDb().marketSubject.findFirstOrThrow({ where: { name: "湄潭县茶香农民专业合作社" }, select: { id: true } })).id;
});

describe("the checklist against the Meitan tea cooperative's vault", () => {
  it("shows its verified business licence as held on the enterprise filings of green tea → Vietnam", async () => {
    const g = await buildGuidance({ product: "green-tea", destination: "VN", channel: "b2c" });
    expect((await listHoldingSubjects(teaOwner)).map((s) => s.id)).toContain(teaCoopId);
    const marks = await checklistHoldings(teaOwner, g.checklist, teaCoopId, g.today);
    for (const id of ["cbec-registration", "export-food-producer-filing"]) {
      expect(marks[id], id).toMatchObject({ status: "held", document: { type: "business_licence", validTo: null } });
    }
    // The seed numbers its documents DEMO-<app>-<n>: only the tail leaves the service.
    expect(JSON.stringify(marks)).not.toMatch(/DEMO-/);
    // Plant quarantine is done per consignment by customs: nothing in a vault stands for it.
    expect(g.checklist.map((r) => r.id)).toContain("vn-plant-quarantine");
    expect(marks).not.toHaveProperty("vn-plant-quarantine");
  });

  it("does not count its green-food certificate as the organic certificate the EU step rests on", async () => {
    const g = await buildGuidance({ product: "green-tea", destination: "DE", channel: "b2c" });
    const documents = await testDb().document.findMany({ where: { subjectId: teaCoopId }, select: { type: true } });
    expect(documents.map((d) => d.type)).toContain("green_certificate");
    const marks = await checklistHoldings(teaOwner, g.checklist, teaCoopId, g.today);
    expect(marks["eu-organic-coi"]).toMatchObject({ status: "not_held", types: ["organic_certificate"] });
  });

  it("lets the Meitan station hold it against the vault while acting for the cooperative, and not otherwise", async () => {
    const g = await buildGuidance({ product: "green-tea", destination: "VN", channel: "b2c" });
    await expect(checklistHoldings(staffMeitan, g.checklist, teaCoopId, g.today)).rejects.toMatchObject({ code: "not_found" });
    expect(await listHoldingSubjects(staffMeitan)).toEqual([]);
    const acting: Actor = { ...staffMeitan, actingFor: await startActing(staffMeitan, teaOwner.userId) };
    expect((await checklistHoldings(acting, g.checklist, teaCoopId, g.today))["cbec-registration"]?.status).toBe("held");
  });
});

describe("nobody else can pass the cooperative's subject id", () => {
  it("is a 404 for another applicant, and their own subjects list does not offer it", async () => {
    const g = await buildGuidance({ product: "green-tea", destination: "VN", channel: "b2c" });
    expect((await listHoldingSubjects(chiliOwner)).map((s) => s.id)).not.toContain(teaCoopId);
    await expect(checklistHoldings(chiliOwner, g.checklist, teaCoopId, g.today)).rejects.toMatchObject({ code: "not_found" });
  });

  it("is a 404 for an official of the prefecture, who may read the subject elsewhere but holds no vault here", async () => {
    const g = await buildGuidance({ product: "green-tea", destination: "VN", channel: "b2c" });
    await expect(checklistHoldings(official, g.checklist, teaCoopId, g.today)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("a new applicant's own uploads", () => {
  it("are marked unverified, then expired after their last day, and not held before any upload", async () => {
    const applicant = await newApplicant();
    const g = await buildGuidance({ product: "green-tea", destination: "VN", channel: "b2c" });
    expect((await checklistHoldings(applicant.actor, g.checklist, applicant.subjectId, g.today))["cbec-registration"]?.status).toBe("not_held");
    await upload(applicant.actor, applicant.subjectId, "business_licence", "2030-12-31");
    expect((await checklistHoldings(applicant.actor, g.checklist, applicant.subjectId, todayIsoInChina()))["cbec-registration"]?.status).toBe("unverified");
    expect((await checklistHoldings(applicant.actor, g.checklist, applicant.subjectId, "2031-01-01"))["cbec-registration"]?.status).toBe("expired");
  });
});
