import { describe, expect, it } from "vitest";
import type { TProgrammeVersion } from "../schemas";
import { IN_FORCE_PROGRAMME_IDS, PROPOSED_PROGRAMME_IDS, SEED_PROGRAMME_VERSIONS } from "../seed-programmes";
import { collectVersionFacts, listQuestionnaireFacts, rankMissingFacts } from "./questionnaire";
import { pickVersionForDate, screenAll } from "./screen";

const yuan = (n: number) => n * 100;
const versionsOf = (programmeId: string) => SEED_PROGRAMME_VERSIONS.filter((v) => v.programmeId === programmeId);

describe("pickVersionForDate", () => {
  const reward = versionsOf("cbec-turnover-reward");

  it("picks the published version in force on the date", () => {
    expect(pickVersionForDate(reward, "2023-05-01")?.version).toBe(1);
    expect(pickVersionForDate(reward, "2025-12-31")?.version).toBe(1);
    expect(pickVersionForDate(reward, "2026-01-01")?.version).toBe(2);
  });

  it("finds nothing before the first version", () => {
    expect(pickVersionForDate(reward, "2021-12-31")).toBeNull();
  });

  it("never screens with drafts or retired versions", () => {
    const [v2] = reward.filter((v) => v.version === 2);
    const draft: TProgrammeVersion = { ...(v2 as TProgrammeVersion), version: 3, status: "draft", effectiveFrom: "2026-03-01" };
    const retired: TProgrammeVersion = { ...(v2 as TProgrammeVersion), version: 4, status: "retired", effectiveFrom: "2026-03-01" };
    expect(pickVersionForDate([...reward, draft, retired], "2026-06-30")?.version).toBe(2);
  });

  it("falls back to the proposal for proposal-only programmes, unless told not to", () => {
    const small = versionsOf("rural-cbec-small-reward");
    expect(pickVersionForDate(small, "2026-06-30")?.status).toBe("proposed");
    expect(pickVersionForDate(small, "2026-06-30", { includeProposed: false })).toBeNull();
  });
});

describe("screenAll", () => {
  const FARMER = { subjectType: "individual_farmer", registeredOn: "2023-04-01", annualTurnoverFen: yuan(900_000), annualCbecTurnoverFen: yuan(800_000) } as const;

  it("screens every programme once, in force and proposed, from one set of answers", () => {
    const outcomes = screenAll(SEED_PROGRAMME_VERSIONS, FARMER, "2026-06-30");
    expect(outcomes.map((o) => o.programmeId)).toEqual([...IN_FORCE_PROGRAMME_IDS, ...PROPOSED_PROGRAMME_IDS]);
    expect(outcomes.filter((o) => !o.proposed).every((o) => o.version === 2 && o.inForce)).toBe(true);
    expect(outcomes.filter((o) => o.proposed).map((o) => o.programmeId)).toEqual(PROPOSED_PROGRAMME_IDS);
  });

  it("tells a farmer with ¥800,000 CBEC turnover: not the in-force reward, but the proposed sub-fund if adopted", () => {
    const byId = new Map(screenAll(SEED_PROGRAMME_VERSIONS, FARMER, "2026-06-30").map((o) => [o.programmeId, o]));
    expect(byId.get("cbec-turnover-reward")?.status).toBe("ineligible");
    expect(byId.get("rural-cbec-small-reward")).toMatchObject({ status: "eligible", proposed: true, amount: { minFen: yuan(24_000), maxFen: yuan(24_000) } });
  });

  it("screens only in-force programmes when proposals are excluded", () => {
    expect(screenAll(SEED_PROGRAMME_VERSIONS, FARMER, "2026-06-30", { includeProposed: false }).map((o) => o.programmeId)).toEqual(IN_FORCE_PROGRAMME_IDS);
  });
});

describe("questionnaire", () => {
  it("asks only facts some programme reads, each once, in catalogue order", () => {
    const questions = listQuestionnaireFacts(SEED_PROGRAMME_VERSIONS);
    const facts = questions.map((q) => q.fact);
    expect(new Set(facts).size).toBe(facts.length);
    expect(facts[0]).toBe("subjectType");
    // No seeded rule reads the county; it stays on the subject's profile for reporting.
    expect(facts).not.toContain("countyCode");
    expect(questions.find((q) => q.fact === "registeredOn")?.programmeIds).toEqual(["cbec-turnover-reward", "overseas-warehouse-build", "returning-youth"]);
    expect(questions.every((q) => q.questionKey === `facts.${q.fact}.question`)).toBe(true);
  });

  it("collects criteria facts before benefit facts", () => {
    const youth = versionsOf("returning-youth")[0] as TProgrammeVersion;
    expect(collectVersionFacts(youth)).toEqual(["isReturningYouth", "registeredOn", "annualPremisesRentFen", "annualUtilitiesFen"]);
  });

  it("ranks the answers that could settle the most undecided programmes", () => {
    const outcomes = screenAll(SEED_PROGRAMME_VERSIONS, { subjectType: "enterprise", annualCbecTurnoverFen: yuan(6_000_000) }, "2026-06-30");
    const [first, second] = rankMissingFacts(outcomes);
    expect(first).toEqual({ fact: "registeredOn", programmeIds: ["cbec-turnover-reward", "overseas-warehouse-build", "returning-youth"] });
    expect(second).toEqual({ fact: "annualTurnoverFen", programmeIds: ["cbec-turnover-reward", "overseas-warehouse-build"] });
    // An ineligible programme (park reward for an enterprise) asks nothing more.
    expect(rankMissingFacts(outcomes).some((rank) => rank.programmeIds.includes("ecommerce-park-reward"))).toBe(false);
  });
});
