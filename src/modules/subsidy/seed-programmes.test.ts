import { describe, expect, it } from "vitest";
import type { TCriterion, TProgrammeVersion } from "./schemas";
import {
  COMMON_THRESHOLD_PROGRAMME_IDS,
  IN_FORCE_PROGRAMME_IDS,
  PROPOSED_PROGRAMME_IDS,
  SEED_DEPARTMENTS,
  SEED_PROGRAMME_VERSIONS,
  SEED_PROGRAMMES,
  parseSeedProgrammes,
} from "./seed-programmes";

const yuan = (n: number) => n * 100;

// The id column of reference/policies.md, in its order.
const REFERENCE_IN_FORCE = ["cbec-turnover-reward", "overseas-warehouse-build", "training-subsidy", "green-cert-export", "ecommerce-park-reward"];
const REFERENCE_PROPOSED = [
  "rural-cbec-small-reward",
  "certification-fee",
  "overseas-trademark",
  "credit-fx-insurance",
  "bad-debt-compensation",
  "fragile-logistics-insurance",
  "small-parcel-freight",
  "industrial-belt-reward",
  "vocational-school-training",
  "eastern-talent-allowance",
  "returning-youth",
  "rcep-origin-certificate",
  "village-logistics-point",
];

const versionsOf = (id: string) => SEED_PROGRAMME_VERSIONS.filter((v) => v.programmeId === id);
const latest = (id: string): TProgrammeVersion => versionsOf(id).sort((a, b) => b.version - a.version)[0] as TProgrammeVersion;
const collectIds = (node: TCriterion): string[] => [
  ...(node.id ? [node.id] : []),
  ...(node.op === "all" || node.op === "any" ? node.of.flatMap(collectIds) : node.op === "not" ? collectIds(node.of) : []),
];
const collectNumbers = (value: unknown): number[] =>
  typeof value === "number" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(collectNumbers) : [];

describe("seed programmes", () => {
  it("validate against the zod schemas", () => {
    const parsed = parseSeedProgrammes();
    expect(parsed.programmes).toHaveLength(18);
    expect(parsed.versions).toHaveLength(REFERENCE_IN_FORCE.length * 2 + REFERENCE_PROPOSED.length);
  });

  it("cover every id of the reference, in force and proposed", () => {
    expect(IN_FORCE_PROGRAMME_IDS).toEqual(REFERENCE_IN_FORCE);
    expect(PROPOSED_PROGRAMME_IDS).toEqual(REFERENCE_PROPOSED);
    expect(SEED_PROGRAMMES.map((p) => p.id)).toEqual([...REFERENCE_IN_FORCE, ...REFERENCE_PROPOSED]);
  });

  it("name a known department; green-cert-export belongs to agriculture", () => {
    const codes = SEED_DEPARTMENTS.map((d) => d.code);
    expect(SEED_PROGRAMMES.every((p) => codes.includes(p.department))).toBe(true);
    expect(SEED_PROGRAMMES.find((p) => p.id === "green-cert-export")?.department).toBe("gz-agriculture");
    expect(SEED_PROGRAMMES.filter((p) => p.department === "gz-agriculture")).toHaveLength(1);
  });

  it("give in-force programmes a 2022–2025 version and an open 2026 continuation", () => {
    for (const id of REFERENCE_IN_FORCE) {
      const [v1, v2] = versionsOf(id);
      const expectedStart = id === "ecommerce-park-reward" ? "2023-01-01" : "2022-01-01";
      expect(v1).toMatchObject({ version: 1, status: "published", effectiveFrom: expectedStart, effectiveTo: "2025-12-31" });
      expect(v2).toMatchObject({ version: 2, status: "published", effectiveFrom: "2026-01-01", effectiveTo: null });
      expect(v2?.criteria).toEqual(v1?.criteria);
      expect(v2?.benefit).toEqual(v1?.benefit);
    }
  });

  it("seed proposals as their own programmes, status proposed, from 2027-01-01", () => {
    for (const id of REFERENCE_PROPOSED) {
      expect(versionsOf(id)).toEqual([expect.objectContaining({ version: 1, status: "proposed", effectiveFrom: "2027-01-01", effectiveTo: null })]);
    }
  });

  it("carry at least three cases per version, showing eligible, ineligible and unknown", () => {
    for (const version of SEED_PROGRAMME_VERSIONS) {
      expect(version.cases.length).toBeGreaterThanOrEqual(3);
      expect(new Set(version.cases.map((c) => c.expected.status))).toEqual(new Set(["eligible", "ineligible", "unknown"]));
    }
  });

  it("invent no document numbers or links", () => {
    for (const version of SEED_PROGRAMME_VERSIONS) {
      expect(version.legalRef.docNumber).toBeNull();
      expect(version.legalRef.url).toBeNull();
      expect(version.legalRef.citedIn).toMatch(/^seed 00[23] §/);
    }
    expect(latest("cbec-turnover-reward").legalRef.title).toContain("跨境电商高质量发展行动计划（2022~2025）");
  });

  it("apply the common thresholds exactly where the comment says", () => {
    const withCommon = SEED_PROGRAMMES.map((p) => p.id).filter((id) => collectIds(latest(id).criteria).includes("common-turnover-over-2m"));
    expect(withCommon).toEqual([...COMMON_THRESHOLD_PROGRAMME_IDS]);
    expect(COMMON_THRESHOLD_PROGRAMME_IDS.every((id) => collectIds(latest(id).criteria).includes("common-registered-1y"))).toBe(true);
  });

  it("store only integers: fen and basis points, never floats", () => {
    for (const version of SEED_PROGRAMME_VERSIONS) {
      expect(collectNumbers([version.criteria, version.benefit, version.cases]).every(Number.isSafeInteger)).toBe(true);
    }
  });

  it("carry the papers' numbers", () => {
    expect(latest("cbec-turnover-reward").benefit).toEqual({ kind: "percent_band_of", fact: "annualCbecTurnoverFen", minBps: 500, maxBps: 800 });
    expect(latest("overseas-warehouse-build").benefit).toEqual({
      kind: "cap",
      maxFen: yuan(5_000_000),
      of: { kind: "percent_of", fact: "overseasWarehouseInvestmentFen", bps: 3_000 },
    });
    expect(latest("training-subsidy").benefit).toEqual({ kind: "per_unit", fact: "peopleTrained", amountFen: yuan(1_500) });
    expect(latest("ecommerce-park-reward").benefit).toEqual({ kind: "band", minFen: 0, maxFen: yuan(3_000_000) });
    expect(latest("rural-cbec-small-reward").benefit).toEqual({ kind: "percent_of", fact: "annualCbecTurnoverFen", bps: 300 });
    expect(latest("overseas-trademark").benefit).toMatchObject({ minAmountFen: yuan(3_000), maxAmountFen: yuan(5_000) });
    expect(latest("industrial-belt-reward").benefit).toMatchObject({ bps: 1_000 });
    expect(latest("vocational-school-training").benefit).toEqual({ kind: "band", minFen: yuan(5_000), maxFen: yuan(10_000) });
    expect(latest("eastern-talent-allowance").benefit).toEqual({ kind: "band", minFen: 0, maxFen: yuan(50_000) });
    expect(latest("village-logistics-point").benefit).toEqual({ kind: "per_unit", fact: "villagePointOrdersHandled", amountFen: 100 });
    const bps = (id: string) => (latest(id).benefit as { bps: number }).bps;
    expect(["certification-fee", "credit-fx-insurance", "bad-debt-compensation", "fragile-logistics-insurance", "small-parcel-freight", "rcep-origin-certificate"].map(bps)).toEqual([
      5_000, 5_000, 3_000, 4_000, 2_000, 10_000,
    ]);
  });

  it("have no overlapping versions within a programme", () => {
    for (const id of [...REFERENCE_IN_FORCE, ...REFERENCE_PROPOSED]) {
      const sorted = versionsOf(id).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      sorted.slice(1).forEach((next, index) => {
        const previousEnd = sorted[index]?.effectiveTo;
        expect(previousEnd !== null && previousEnd !== undefined && previousEnd < next.effectiveFrom).toBe(true);
      });
    }
  });
});
