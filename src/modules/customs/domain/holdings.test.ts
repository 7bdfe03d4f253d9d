import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES } from "@/modules/documents/domain/document-types";
import { SEED_REQUIREMENTS } from "../seed-data";
import { REQUIREMENT_DOCUMENTS, markHoldings, numberTail, type VaultDocument } from "./holdings";

const TODAY = "2026-11-24";
const licence = (over: Partial<VaultDocument> = {}): VaultDocument => ({ type: "business_licence", number: "91520328MA6DL1234X", validFrom: "2019-04-12", validTo: null, verified: true, ...over });
const checklist = [{ id: "cbec-registration" }, { id: "vn-plant-quarantine" }, { id: "export-food-producer-filing" }];

describe("the requirement → vault document table", () => {
  it("names only real checklist steps and real document types", () => {
    const ids = new Set(SEED_REQUIREMENTS.map((r) => r.id));
    for (const [id, entry] of Object.entries(REQUIREMENT_DOCUMENTS)) {
      expect(ids.has(id), id).toBe(true);
      for (const type of entry.types) expect(DOCUMENT_TYPES).toContain(type);
    }
  });

  it("never lets a green-food certificate stand for an organic one", () => {
    expect(REQUIREMENT_DOCUMENTS["eu-organic-coi"]?.types).toEqual(["organic_certificate"]);
    for (const entry of Object.values(REQUIREMENT_DOCUMENTS)) expect(entry.types).not.toContain("green_certificate");
  });
});

describe("markHoldings", () => {
  it("marks a valid, verified licence as held on the steps it underlies, with only the number's tail", () => {
    const marks = markHoldings(checklist, [licence()], TODAY);
    expect(marks["cbec-registration"]).toEqual({ status: "held", types: ["business_licence"], caveat: null, document: { type: "business_licence", numberTail: "234X", validFrom: "2019-04-12", validTo: null } });
    expect(marks["export-food-producer-filing"]?.status).toBe("held");
    expect(JSON.stringify(marks)).not.toContain("91520328MA6DL1234X");
  });

  it("leaves out steps with no vault equivalent", () => {
    expect(Object.keys(markHoldings(checklist, [licence()], TODAY))).toEqual(["cbec-registration", "export-food-producer-filing"]);
  });

  it("says not held when the vault has nothing that fits", () => {
    expect(markHoldings(checklist, [], TODAY)["cbec-registration"]).toEqual({ status: "not_held", types: ["business_licence"], caveat: null });
    expect(markHoldings(checklist, [{ ...licence(), type: "invoice" }], TODAY)["cbec-registration"]?.status).toBe("not_held");
  });

  it("marks an unverified document as held but unverified", () => {
    expect(markHoldings(checklist, [licence({ verified: false })], TODAY)["cbec-registration"]?.status).toBe("unverified");
  });

  it("marks a document whose last valid day has passed as expired, verified or not; the last day itself still counts", () => {
    expect(markHoldings(checklist, [licence({ validTo: "2026-11-23" })], TODAY)["cbec-registration"]?.status).toBe("expired");
    expect(markHoldings(checklist, [licence({ validTo: "2026-11-24" })], TODAY)["cbec-registration"]?.status).toBe("held");
  });

  it("marks a certificate dated in the future as not yet valid", () => {
    expect(markHoldings(checklist, [licence({ validFrom: "2027-01-01" })], TODAY)["cbec-registration"]?.status).toBe("not_yet_valid");
  });

  it("picks the best of several: valid and verified over unverified over expired, then the longest validity", () => {
    const expired = licence({ number: "OLD-0001", validTo: "2020-01-01" });
    const unverified = licence({ number: "NEW-0002", verified: false, validTo: "2030-01-01" });
    const shorter = licence({ number: "MID-0003", validTo: "2027-01-01" });
    const longer = licence({ number: "LONG-0004", validTo: "2029-01-01" });
    const pick = (docs: VaultDocument[]) => markHoldings(checklist, docs, TODAY)["cbec-registration"];
    expect(pick([expired, unverified])).toMatchObject({ status: "unverified", document: { numberTail: "0002" } });
    expect(pick([expired, unverified, shorter, longer])).toMatchObject({ status: "held", document: { numberTail: "0004" } });
    expect(pick([shorter, licence({ number: "FOREVER-5", validTo: null })])).toMatchObject({ document: { numberTail: "ER-5" } });
  });

  it("counts an organic certificate for the EU organic step, with its caveat, and a green-food certificate not at all", () => {
    const organic: VaultDocument = { type: "organic_certificate", number: "ORG-2026-778", validFrom: "2026-01-01", validTo: "2027-12-31", verified: true };
    const green: VaultDocument = { type: "green_certificate", number: "LB-18-0001", validFrom: "2024-01-01", validTo: "2028-06-30", verified: true };
    const eu = [{ id: "eu-organic-coi" }];
    expect(markHoldings(eu, [green], TODAY)["eu-organic-coi"]).toEqual({ status: "not_held", types: ["organic_certificate"], caveat: "holdings.caveat_eu_organic" });
    expect(markHoldings(eu, [green, organic], TODAY)["eu-organic-coi"]).toMatchObject({ status: "held", document: { type: "organic_certificate", numberTail: "-778" }, caveat: "holdings.caveat_eu_organic" });
  });
});

describe("numberTail", () => {
  it("keeps the last four characters and hides a number too short to show any of", () => {
    expect(numberTail(" DEMO-01-0 ")).toBe("01-0");
    expect(numberTail("1234")).toBe("****");
    expect(numberTail("粤食证字第12345号")).toBe("345号");
  });
});
