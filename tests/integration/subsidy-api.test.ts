// The public JSON API: GET /api/v1/programmes and POST /api/v1/eligibility/screen, called
// through their route handlers (the same code `next start` serves).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listProgrammes } from "@/app/api/v1/programmes/route";
import { POST as screen } from "@/app/api/v1/eligibility/screen/route";
import { ZProgrammesResponse, ZScreenResponse } from "@/modules/subsidy/schemas";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const context = { params: Promise.resolve({}) };

function post(body: unknown, language = "zh-CN"): Promise<Response> {
  const request = new Request("http://localhost/api/v1/eligibility/screen", {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": language },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

  return screen(request, context);
}

type TResult = { programmeId: string; outcome: string; amount: { minFen: number; maxFen: number } | null; proposed: boolean; criteria: { id: string | null; outcome: string; explanation: string }[]; missingFacts: string[] };

beforeAll(async () => {
  await seedDatabase(testDb());
});

describe("GET /api/v1/programmes", () => {
  it("lists every programme with its versions and legal references, no drafts", async () => {
    const response = await listProgrammes(new Request("http://localhost/api/v1/programmes", { headers: { "accept-language": "en" } }), context);
    expect(response.status).toBe(200);
    const body = ZProgrammesResponse.parse(await response.json());
    const reward = body.programmes.find((p) => p.id === "cbec-turnover-reward");
    expect(reward).toMatchObject({ title: "CBEC turnover reward", status: "published" });
    expect(reward?.versions.slice(0, 2)).toEqual([
      { version: 1, status: "published", effectiveFrom: "2022-01-01", effectiveTo: "2025-12-31", legalReference: { documentNumber: null, title: "贵州省跨境电商高质量发展行动计划（2022~2025）", link: null, citedIn: "seed 002 §4.1" } },
      expect.objectContaining({ version: 2, effectiveFrom: "2026-01-01" }),
    ]);
    expect(body.programmes.find((p) => p.id === "rural-cbec-small-reward")?.status).toBe("proposed");
    expect(body.programmes.flatMap((p) => p.versions).every((v) => v.status !== "draft")).toBe(true);
  });
});

describe("POST /api/v1/eligibility/screen", () => {
  it("screens in-force programmes from the issue's facts in yuan and answers in fen, with the gap explained", async () => {
    const response = await post({ facts: { subjectType: "micro_enterprise", registeredOn: "2020-01-01", annualTurnoverCny: 3000000, annualCbecTurnoverCny: 800000 }, asOf: "2026-06-30" });
    expect(response.status).toBe(200);
    const body = ZScreenResponse.parse(await response.json());
    expect(body.asOf).toBe("2026-06-30");
    const results = body.results as TResult[];
    expect(results.every((r) => !r.proposed)).toBe(true);
    const reward = results.find((r) => r.programmeId === "cbec-turnover-reward");
    expect(reward).toMatchObject({ outcome: "ineligible", amount: null, missingFacts: [] });
    const gap = reward?.criteria.find((c) => c.id === "cbec-turnover-over-5m");
    expect(gap).toMatchObject({ outcome: "unmet", value: 80_000_000, threshold: 500_000_000 });
    expect(gap?.explanation).toContain("还差");
    expect(gap?.explanation).toContain("4,200,000");
  });

  it("computes amounts in fen and includes proposals when asked", async () => {
    const response = await post({ facts: { subjectType: "enterprise", registeredOn: "2019-04-01", annualTurnoverCny: "12000000", annualCbecTurnoverCny: 10000000.5, certificationFeeCny: 12345.67 }, asOf: "2027-06-30", includeProposed: true });
    const results = ZScreenResponse.parse(await response.json()).results;
    expect(results.find((r) => r.programmeId === "cbec-turnover-reward")).toMatchObject({ outcome: "eligible", amount: { minFen: 50_000_002, maxFen: 80_000_004 } });
    expect(results.find((r) => r.programmeId === "certification-fee")).toMatchObject({ outcome: "eligible", proposed: true, amount: { minFen: 617_283, maxFen: 617_283 } });
    expect(results.find((r) => r.programmeId === "overseas-warehouse-build")).toMatchObject({ outcome: "unknown", missingFacts: ["overseasWarehouseInvestmentFen"] });
  });

  it("answers missing facts as unknown, never ineligible, and explains in English when asked", async () => {
    const response = await post({ facts: {}, asOf: "2026-06-30" }, "en");
    const results = ZScreenResponse.parse(await response.json()).results;
    expect(results.every((r) => r.outcome === "unknown")).toBe(true);
    expect(results.find((r) => r.programmeId === "cbec-turnover-reward")?.criteria[0]?.explanation).toMatch(/^Not answered yet/);
  });

  it("defaults asOf to today in China", async () => {
    const body = ZScreenResponse.parse(await (await post({ facts: { subjectType: "cooperative" } })).json());
    expect(body.asOf).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()));
  });

  it("names every unknown fact, wrong type and bad envelope field in a 422", async () => {
    const response = await post({ facts: { turnover: 1, annualCbecTurnoverCny: "a lot", trainedPersons: -1, subjectType: "company" }, asOf: "2026-02-30", includeProposed: "yes", extra: true });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; fields: Record<string, string[]> };
    expect(body.error).toBe("validation_failed");
    expect(Object.keys(body.fields).sort()).toEqual(["asOf", "extra", "facts.annualCbecTurnoverCny", "facts.subjectType", "facts.trainedPersons", "facts.turnover", "includeProposed"].sort());
    expect(body.fields["facts.turnover"]).toEqual(["不认识这个情况名称"]);
  });

  it("takes fragileGoods as true/false as well as a list", async () => {
    const outcomeOf = async (fragileGoods: unknown) => {
      const response = await post({ facts: { fragileGoods, fragileInsurancePremiumCny: 2000 }, asOf: "2026-11-23", includeProposed: true });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { results: { programmeId: string; outcome: string; criteria: { fact: string; outcome: string }[] }[] };

      return body.results.find((r) => r.programmeId === "fragile-logistics-insurance")?.criteria.find((c) => c.fact === "fragileGoods")?.outcome;
    };
    expect(await outcomeOf(true)).toBe("met");
    expect(await outcomeOf(["silverware"])).toBe("met");
    expect(await outcomeOf(false)).toBe("unmet");
  });

  it("answers malformed bodies with a 400 or 422, never a 500", async () => {
    expect((await post("{not json")).status).toBe(400);
    for (const body of [[], "null", 42, { facts: [] }, { facts: "x" }, { facts: { fragileGoods: ["tea"] } }, { facts: { fragileGoods: "yes" } }, { facts: { annualTurnoverCny: 1e21 } }]) {
      const response = await post(typeof body === "string" ? body : body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });
});
