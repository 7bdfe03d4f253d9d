import { describe, expect, it } from "vitest";
import type { TProgrammeVersion } from "../schemas";
import { SEED_PROGRAMME_VERSIONS } from "../seed-programmes";
import { assertPublishable, checkPublishable, PublishRefusedError, runVersionCases } from "./cases";
import { draftThresholdChange } from "./reform";

const yuan = (n: number) => n * 100;
const versionLabel = (v: TProgrammeVersion) => `${v.programmeId} v${v.version}`;
const findVersion = (programmeId: string, version: number): TProgrammeVersion => {
  const found = SEED_PROGRAMME_VERSIONS.find((v) => v.programmeId === programmeId && v.version === version);
  if (!found) throw new Error(`${programmeId} v${version} not seeded`);

  return found;
};

describe("seed example cases", () => {
  it.each(SEED_PROGRAMME_VERSIONS.map((v) => [versionLabel(v), v] as const))("%s: every case passes", (_label, version) => {
    expect(runVersionCases(version)).toEqual([]);
  });

  it.each(SEED_PROGRAMME_VERSIONS.map((v) => [versionLabel(v), v] as const))("%s: publishable", (_label, version) => {
    expect(() => assertPublishable(version)).not.toThrow();
  });
});

describe("publishing is refused", () => {
  const reward = findVersion("cbec-turnover-reward", 2);

  it("while a case fails, with the case's expected and actual outcome", () => {
    const wrong: TProgrammeVersion = {
      ...reward,
      version: 3,
      status: "draft",
      cases: [
        ...reward.cases,
        // Deliberately wrong: 8% of ¥10M is ¥800,000, not ¥1,000,000.
        {
          name: "wrong maximum",
          date: "2026-06-30",
          facts: { subjectType: "enterprise", registeredOn: "2019-04-01", annualTurnoverFen: yuan(12_000_000), annualCbecTurnoverFen: yuan(10_000_000) },
          expected: { status: "eligible", amount: { minFen: yuan(500_000), maxFen: yuan(1_000_000) } },
        },
      ],
    };
    expect(runVersionCases(wrong)).toEqual([
      {
        caseName: "wrong maximum",
        date: "2026-06-30",
        reason: "amount",
        expected: { status: "eligible", amount: { minFen: yuan(500_000), maxFen: yuan(1_000_000) } },
        actual: { status: "eligible", amount: { minFen: yuan(500_000), maxFen: yuan(800_000) } },
      },
    ]);
    expect(() => assertPublishable(wrong)).toThrow(PublishRefusedError);
    try {
      assertPublishable(wrong);
    } catch (error) {
      expect((error as PublishRefusedError).problems).toMatchObject([{ code: "case_failed", failure: { caseName: "wrong maximum" } }]);
    }
  });

  it("when a case expects the wrong status", () => {
    const [eligibleCase] = reward.cases;
    const wrong = { ...reward, cases: [...reward.cases, { ...(eligibleCase as TProgrammeVersion["cases"][number]), name: "flipped", expected: { status: "ineligible" as const } }] };
    expect(checkPublishable(wrong)).toMatchObject([{ code: "case_failed", failure: { caseName: "flipped", reason: "status", actual: { status: "eligible" } } }]);
  });

  it("when a case is dated outside the version's effective range", () => {
    const [first] = reward.cases;
    const stale = { ...reward, cases: [...reward.cases, { ...(first as TProgrammeVersion["cases"][number]), name: "dated 2024", date: "2024-06-30" }] };
    expect(runVersionCases(stale)).toMatchObject([{ caseName: "dated 2024", reason: "outside_effective_range" }]);
  });

  it("when the version has no cases", () => {
    expect(checkPublishable({ ...reward, cases: [] })).toEqual([{ code: "no_cases" }]);
    expect(() => assertPublishable({ ...reward, cases: [] })).toThrow(/no_cases/);
  });

  it("when the cases do not show all three outcomes", () => {
    const onlyEligible = { ...reward, cases: reward.cases.filter((c) => c.expected.status === "eligible") };
    expect(checkPublishable(onlyEligible)).toEqual([
      { code: "outcome_not_covered", status: "ineligible" },
      { code: "outcome_not_covered", status: "unknown" },
    ]);
  });

  it("when the version is not valid data", () => {
    const broken = { ...reward, benefit: { kind: "percent_of", fact: "annualCbecTurnoverFen", bps: -5 } } as unknown as TProgrammeVersion;
    expect(checkPublishable(broken)).toMatchObject([{ code: "invalid_version" }]);
  });

  it("for a threshold change whose old cases no longer hold", () => {
    // Lowering the ¥5M threshold to ¥500,000 makes the "¥800,000 is short" case eligible.
    const draft = draftThresholdChange(reward, "cbec-turnover-over-5m", yuan(500_000), "2027-01-01");
    expect(draft).toMatchObject({ version: 3, status: "draft", effectiveFrom: "2027-01-01", effectiveTo: null });
    const problems = checkPublishable(draft);
    expect(problems.map((p) => p.code)).toContain("case_failed");
    expect(() => draftThresholdChange(reward, "no-such-criterion", 1, "2027-01-01")).toThrow(RangeError);
  });
});
