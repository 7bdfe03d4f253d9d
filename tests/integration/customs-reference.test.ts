// Officials edit the customs reference data (audited, optimistic), import exchange rates from
// CSV all-or-nothing, and the public guidance and calculator read what they wrote.
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { buildGuidance, calculateLandedCost, createReferenceRow, guidanceDto, importExchangeRates, listCustomsProducts, updateReferenceRow, RatesCsvError } from "@/modules/customs/service";
import { translatorFor } from "@/i18n/server";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

let official: Actor;
let applicant: Actor;
const HEADER = "currency,date,rate,quotation,unit,source,verified_on";

/** A date far from the seeded ones, unique per test so reruns never collide. */
function uniqueDate(): string {
  return `20${40 + randomInt(0, 50)}-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;
}

const noteInput = (id: string) => ({ id, products: "green-tea", destinations: "VN", titleZh: "测试提示", titleEn: "Test note", bodyZh: "内容", bodyEn: "Body", source: "https://www.safe.gov.cn/en/2020/0520/1700.html", verifiedOn: "" });

beforeAll(async () => {
  await seedDatabase(testDb());
  const zunyi = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000003" } });
  official = { userId: zunyi.id, role: "official", name: zunyi.name, countyCode: null, prefectureCode: "5203", stationId: null, actingFor: null, ip: "192.0.2.70" };
  const tea = await testDb().user.findUniqueOrThrow({ where: { phone: "13800000001" } });
  applicant = { userId: tea.id, role: "applicant", name: tea.name, countyCode: "520328", prefectureCode: null, stationId: null, actingFor: null, ip: "192.0.2.71" };
});

describe("editing reference data", () => {
  it("an official's correction is saved and audited with before and after", async () => {
    const id = `note-${randomInt(0, 1e9)}`;
    await createReferenceRow(official, "notes", noteInput(id));
    await updateReferenceRow(official, "notes", id, { ...noteInput(id), bodyZh: "核实后的内容", verifiedOn: "2026-11-23" });
    const row = await testDb().industryNote.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ bodyZh: "核实后的内容", verifiedOn: "2026-11-23" });
    const created = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: id, action: "customs.reference.created" } });
    expect(created.actorId).toBe(official.userId);
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: id, action: "customs.reference.updated" } });
    expect(event).toMatchObject({ actorId: official.userId, targetType: "customs.notes" });
    expect(JSON.parse(event.before ?? "{}")).toMatchObject({ bodyZh: "内容", verifiedOn: null });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ bodyZh: "核实后的内容", verifiedOn: "2026-11-23" });
  });

  it("corrects a seeded tariff, and the guidance shows the new rate at once", async () => {
    const row = await testDb().customsTariff.findUniqueOrThrow({ where: { id: "green-tea-VN" } });
    const fields = { productId: row.productId, destinationId: row.destinationId, mfnPercent: "", mfnTextZh: "", mfnTextEn: "", agreement: "ACFTA", preferentialPercent: "0", additionalPercent: "", noteZh: row.noteZh, noteEn: row.noteEn, source: row.source, verifiedOn: "2026-11-24" };
    await updateReferenceRow(official, "tariffs", row.id, { ...fields, updatedAt: row.updatedAt.toISOString() });
    const dto = await guidanceDto({ product: "green-tea", destination: "VN", channel: "b2c" }, "zh-CN", translatorFor("zh-CN", "customs"));
    expect(dto.tariff).toMatchObject({ agreement: "ACFTA", preferentialPercent: "0" });
    expect((await testDb().auditEvent.count({ where: { targetId: row.id, action: "customs.reference.updated" } }))).toBeGreaterThan(0);
  });

  it("refuses someone without reference.manage and changes nothing", async () => {
    const id = `note-${randomInt(0, 1e9)}`;
    await createReferenceRow(official, "notes", noteInput(id));
    await expect(updateReferenceRow(applicant, "notes", id, { ...noteInput(id), bodyZh: "篡改" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await testDb().industryNote.findUniqueOrThrow({ where: { id } })).bodyZh).toBe("内容");
    expect(await testDb().auditEvent.count({ where: { targetId: id, action: "customs.reference.updated" } })).toBe(0);
  });

  it("answers conflict when the row changed since the form was opened", async () => {
    const id = `note-${randomInt(0, 1e9)}`;
    await createReferenceRow(official, "notes", noteInput(id));
    await expect(updateReferenceRow(official, "notes", id, { ...noteInput(id), bodyZh: "旧表单", updatedAt: "2000-01-01T00:00:00.000Z" })).rejects.toMatchObject({ code: "conflict" });
    expect((await testDb().industryNote.findUniqueOrThrow({ where: { id } })).bodyZh).toBe("内容");
  });

  it("rejects bad values with field keys and writes nothing", async () => {
    const id = `note-${randomInt(0, 1e9)}`;
    await createReferenceRow(official, "notes", noteInput(id));
    await expect(updateReferenceRow(official, "notes", id, { ...noteInput(id), verifiedOn: "2026-02-30", source: "" })).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { verifiedOn: ["date_invalid"], source: ["source_required"] } });
    await expect(createReferenceRow(official, "notes", noteInput(id))).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { id: ["id_taken_reference"] } });
    await expect(createReferenceRow(official, "products", { ...noteInput("new-product") })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("importing exchange rates from CSV", () => {
  it("imports every line of a valid file in one audited transaction", async () => {
    const date = uniqueDate();
    const result = await importExchangeRates(official, `${HEADER}\nUSD,${date},7.2001,direct,1,https://english.news.cn/20250716/3db1b089e64a4a81a08c406879f06b32/c.html,2026-11-23\nJPY,${date},4.7001,direct,100,same source,\n`);
    expect(result).toEqual({ imported: 2 });
    expect(await testDb().exchangeRate.findMany({ where: { date }, orderBy: { currency: "asc" }, select: { currency: true, rate: true, unit: true, verifiedOn: true } })).toEqual([
      { currency: "JPY", rate: "4.7001", unit: 100, verifiedOn: null },
      { currency: "USD", rate: "7.2001", unit: 1, verifiedOn: "2026-11-23" },
    ]);
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { action: "customs.rates.imported", targetId: `${date}…${date}` } });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ count: 2 });
    const calc = await calculateLandedCost({ quantity: "1", unitPrice: "100.00", currency: "USD", rateDate: date });
    expect(calc.revenueFen).toBe(72_001);
  });

  it("imports nothing when one line is bad, and says which line", async () => {
    const date = uniqueDate();
    const csv = `${HEADER}\nUSD,${date},7.3,direct,1,src,\nEUR,${date},seven,direct,1,src,\nTHB,${date},4.6,indirect,1,src,`;
    const error = await importExchangeRates(official, csv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RatesCsvError);
    expect((error as RatesCsvError).lines).toEqual([{ line: 3, field: "rate", key: "csv_rate" }]);
    expect(await testDb().exchangeRate.count({ where: { date } })).toBe(0);
  });

  it("refuses an applicant", async () => {
    await expect(importExchangeRates(applicant, `${HEADER}\nUSD,${uniqueDate()},7.3,direct,1,src,`)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("public guidance and calculator on the seeded data", () => {
  it("lists products with 6- or 10-digit codes, unverified 10-digit codes falling back to HS-6", async () => {
    const products = await listCustomsProducts("zh-CN");
    expect(products.find((p) => p.code === "green-tea")).toEqual({ code: "green-tea", name: "绿茶", hsCode: "0902109000", category: "tea" });
    expect(products.find((p) => p.code === "chili-sauce")?.hsCode).toBe("210390");
  });

  it("Meitan green tea to Vietnam by parcel: 9610, food filings, plantation filing, plant quarantine, RCEP origin", async () => {
    const g = await buildGuidance({ product: "green-tea", destination: "VN", channel: "b2c" }, "2026-11-23");
    expect(g.modes.filter((m) => m.recommended).map((m) => m.code)).toEqual(["9610"]);
    const ids = g.checklist.map((r) => r.id);
    for (const id of ["cbec-registration", "export-food-producer-filing", "plantation-filing", "vn-plant-quarantine", "rcep-origin", "list-9610"]) expect(ids).toContain(id);
    expect(ids).not.toContain("us-fda-registration");
    expect(ids.indexOf("export-food-producer-filing")).toBeLessThan(ids.indexOf("rcep-origin"));
    expect(g.relief[0]?.answer.status).toBe("food_excluded");
    expect(g.routes.at(-1)?.route.id).toBe("guiyang-trip");
  });

  it("answers 404 for an unknown product or destination and 422 for a bad channel", async () => {
    await expect(buildGuidance({ product: "durian", destination: "VN", channel: "b2c" })).rejects.toMatchObject({ code: "not_found" });
    await expect(buildGuidance({ product: "green-tea", destination: "FR", channel: "b2c" })).rejects.toMatchObject({ code: "not_found" });
    await expect(buildGuidance({ product: "green-tea", destination: "VN", channel: "camel" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("a missing rate for the chosen date is a field error, never a zero", async () => {
    await expect(calculateLandedCost({ quantity: "10", unitPrice: "1000", currency: "LAK", rateDate: "2025-01-02" })).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { rateDate: ["rate_missing"] } });
    const seeded = await calculateLandedCost({ quantity: "100", unitPrice: "12.50", currency: "USD", rateDate: "2025-01-02", goodsCost: "3000", domesticHaul: "50", internationalFreight: "800", platformFeePercent: "8", insurancePercent: "0.3" });
    expect(seeded).toMatchObject({ revenueFen: 898_488, totalCostFen: 459_574, marginFen: 438_914, breakEvenUnitPrice: "5.85" });
  });
});
