// The officials' dashboard figures, computed from plain rows so a test can check them
// against the data. Seed 002 §4.1: only 12% of rural sellers receive any subsidy; the
// papers' target is 60% (policies.md).

export const COVERAGE_BASELINE_BPS = 1200;
export const COVERAGE_TARGET_BPS = 6000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type TDashboardRow = {
  status: string;
  programmeId: string;
  countyCode: string;
  subjectId: string;
  firstSubmittedAt: Date | null;
  decidedAt: Date | null;
  approvedAmountFen: number | null;
};

export type TDashboard = {
  byStatus: Record<string, number>;
  byProgramme: Record<string, number>;
  byCounty: Record<string, number>;
  medianDaysToDecision: number | null;
  approvedAmountFen: number;
  approvedCount: number;
  subjectsRegistered: number;
  subjectsSupported: number;
  coverageBps: number;
};

const countBy = (rows: readonly TDashboardRow[], key: (row: TDashboardRow) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;

  return counts;
};

/** Whole days (one decimal) from first submission to decision, over decided applications. */
export function computeDashboard(rows: readonly TDashboardRow[], subjectsRegistered: number): TDashboard {
  const submitted = rows.filter((row) => row.status !== "draft");
  const decidedDays = rows
    .filter((row) => row.firstSubmittedAt && row.decidedAt && (row.status === "approved" || row.status === "rejected"))
    .map((row) => Math.round(((row.decidedAt!.getTime() - row.firstSubmittedAt!.getTime()) / DAY_MS) * 10) / 10);
  const approved = rows.filter((row) => row.status === "approved");
  const supported = new Set(approved.map((row) => row.subjectId)).size;

  return {
    byStatus: countBy(rows, (row) => row.status),
    byProgramme: countBy(submitted, (row) => row.programmeId),
    byCounty: countBy(submitted, (row) => row.countyCode),
    medianDaysToDecision: median(decidedDays),
    approvedAmountFen: approved.reduce((sum, row) => sum + (row.approvedAmountFen ?? 0), 0),
    approvedCount: approved.length,
    subjectsRegistered,
    subjectsSupported: supported,
    coverageBps: subjectsRegistered === 0 ? 0 : Math.round((supported * 10_000) / subjectsRegistered),
  };
}
