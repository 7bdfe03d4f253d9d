import { describe, expect, it } from "vitest";
import { checkApprovedAmount } from "./amount";
import { computeDashboard, median } from "./dashboard";
import { diffSubmissions } from "./diff";
import { formatReference } from "./reference";
import { requiredEvidenceFor, reviewStagesFor } from "./requirements";

describe("references", () => {
  it("reads GZ-<year>-<six digits>", () => {
    expect(formatReference(2026, 123)).toBe("GZ-2026-000123");
    expect(() => formatReference(2026, 1_000_000)).toThrow(RangeError);
  });
});

describe("approved amount", () => {
  it("must lie inside the computed range", () => {
    const range = { minFen: 50_000_000, maxFen: 80_000_000 };
    expect(checkApprovedAmount(60_000_000, range)).toEqual({ ok: true });
    expect(checkApprovedAmount(80_000_001, range)).toEqual({ ok: false, reason: "amount_out_of_range" });
    expect(checkApprovedAmount(49_999_999, range)).toEqual({ ok: false, reason: "amount_out_of_range" });
    expect(checkApprovedAmount(undefined, range)).toEqual({ ok: false, reason: "amount_required" });
  });

  it("is the official's call, above zero, when the programme publishes no amount", () => {
    expect(checkApprovedAmount(1_000_000, null)).toEqual({ ok: true });
    expect(checkApprovedAmount(0, null)).toEqual({ ok: false, reason: "amount_out_of_range" });
  });
});

describe("resubmission diff", () => {
  it("lists changed facts, swapped documents and a new bank account", () => {
    const before = { facts: { peopleTrained: 2, subjectType: "cooperative" }, documentIds: ["a", "b"], bankAccountMasked: "6222****1234" };
    const after = { facts: { peopleTrained: 3, subjectType: "cooperative" }, documentIds: ["a", "c"], bankAccountMasked: "6222****1234" };
    expect(diffSubmissions(before, after)).toEqual([
      { field: "facts.peopleTrained", before: 2, after: 3 },
      { field: "documents", before: ["b"], after: ["c"] },
    ]);
  });
});

describe("requirements as data", () => {
  it("gives big-money programmes two review stages and the rest one", () => {
    expect(reviewStagesFor("cbec-turnover-reward")).toEqual(["county_review", "city_approval"]);
    expect(reviewStagesFor("training-subsidy")).toEqual(["county_review"]);
  });

  it("asks individuals for an ID card and organisations for a licence", () => {
    expect(requiredEvidenceFor("training-subsidy", "individual_farmer")).toEqual(["id_card", "training_certificate"]);
    expect(requiredEvidenceFor("green-cert-export", "cooperative")).toEqual(["business_licence", "green_certificate"]);
  });
});

describe("dashboard figures", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, d));
  const row = (status: string, subjectId: string, submitted: number | null, decided: number | null, amount: number | null = null) => ({
    status, programmeId: "training-subsidy", countyCode: "520328", subjectId,
    firstSubmittedAt: submitted === null ? null : day(submitted), decidedAt: decided === null ? null : day(decided), approvedAmountFen: amount,
  });

  it("takes the median of odd and even lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("counts supported subjects once, however many awards they got", () => {
    const rows = [row("approved", "s1", 1, 5, 1000), row("approved", "s1", 2, 12, 2000), row("rejected", "s2", 1, 3), row("draft", "s3", null, null), row("submitted", "s4", 4, null)];
    const dashboard = computeDashboard(rows, 20);
    expect(dashboard.approvedAmountFen).toBe(3000);
    expect(dashboard.subjectsSupported).toBe(1);
    expect(dashboard.coverageBps).toBe(500);
    expect(dashboard.medianDaysToDecision).toBe(4);
    expect(dashboard.byStatus).toEqual({ approved: 2, rejected: 1, draft: 1, submitted: 1 });
    expect(dashboard.byProgramme).toEqual({ "training-subsidy": 4 });
  });
});
