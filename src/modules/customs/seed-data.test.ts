import { describe, expect, it } from "vitest";
import { isIsoDate } from "./domain/rates-csv";
import { PRODUCT_CODES } from "./domain/product-codes";
import { ILLUSTRATIVE_RATE_DATES, SEED_DESTINATIONS, SEED_FX_ROUTES, SEED_MODES, SEED_NOTES, SEED_PRODUCTS, SEED_RATES, SEED_RELIEF_RULES, SEED_REQUIREMENTS, SEED_TARIFFS, SEED_ZONE_MODES, SEED_ZONES } from "./seed-data";

const ALL_FACTS = [SEED_PRODUCTS, SEED_DESTINATIONS, SEED_MODES, SEED_ZONES, SEED_ZONE_MODES, SEED_REQUIREMENTS, SEED_TARIFFS, SEED_RATES, SEED_FX_ROUTES, SEED_RELIEF_RULES, SEED_NOTES].flat() as { source: string; verifiedOn: string | null }[];

describe("customs seed facts", () => {
  it("every fact has a source and a verification date or null (= unverified)", () => {
    for (const fact of ALL_FACTS) {
      expect(fact.source.trim().length, JSON.stringify(fact).slice(0, 80)).toBeGreaterThan(0);
      expect(fact.verifiedOn === null || isIsoDate(fact.verifiedOn)).toBe(true);
    }
  });

  it("cites no made-up hosts: every URL is one the reference gives", () => {
    for (const fact of ALL_FACTS) for (const url of fact.source.match(/https?:\/\/\S+/g) ?? []) expect(url).not.toMatch(/example\.(org|com)/);
  });

  it("covers every shared product code and the destinations the issue lists", () => {
    expect(SEED_PRODUCTS.map((p) => p.id).sort()).toEqual(PRODUCT_CODES.map((p) => p.code).sort());
    for (const code of ["VN", "TH", "LA", "MY", "MM", "JP", "US", "DE", "HK"]) expect(SEED_DESTINATIONS.map((d) => d.id)).toContain(code);
    expect(SEED_MODES.map((m) => m.id).sort()).toEqual(["1210", "9610", "9710", "9810"]);
    expect(new Set(SEED_ZONE_MODES.map((z) => z.zoneId))).toEqual(new Set(["guiyang", "guian", "zunyi"]));
  });

  it("marks what the reference marks unverified as unverified", () => {
    expect(SEED_PRODUCTS.find((p) => p.id === "chili-sauce")?.cn10VerifiedOn).toBeNull();
    expect(SEED_PRODUCTS.find((p) => p.id === "silver-jewellery")?.verifiedOn).toBeNull();
    expect(SEED_TARIFFS.find((t) => t.id === "green-tea-DE")?.verifiedOn).toBeNull();
    expect(SEED_RELIEF_RULES.find((r) => r.id === "return-relief-2026")?.verifiedOn).toBeNull();
    expect(SEED_RELIEF_RULES.find((r) => r.id === "return-relief-2023")).toMatchObject({ exportFrom: "2023-01-30", exportUntil: "2025-12-31", excludesFood: true, months: 6 });
  });

  it("keeps the published rates as published and labels the illustrative ones", () => {
    expect(SEED_RATES.find((r) => r.currency === "JPY" && r.date === "2025-01-02")).toMatchObject({ rate: "4.6123", quotation: "direct", unit: 100 });
    expect(SEED_RATES.find((r) => r.currency === "MYR" && r.date === "2025-07-16")).toMatchObject({ rate: "0.59275", quotation: "indirect" });
    for (const rate of SEED_RATES.filter((r) => ILLUSTRATIVE_RATE_DATES.includes(r.date))) {
      expect(rate.verifiedOn).toBeNull();
      expect(rate.source).toMatch(/^Illustrative/);
    }
    expect(SEED_RATES.some((r) => r.currency === "LAK")).toBe(false);
  });
});
