// What changed between two submissions, so the reviewer sees a resubmission as a diff
// (eligibility-anchors §3 rec. 8) instead of re-reading everything.

export type TSubmissionSnapshot = {
  facts: Record<string, unknown>;
  documentIds: string[];
  bankAccountMasked: string | null;
};

export type TChange = { field: string; before: unknown; after: unknown };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffSubmissions(before: TSubmissionSnapshot, after: TSubmissionSnapshot): TChange[] {
  const changes: TChange[] = [];
  const factKeys = [...new Set([...Object.keys(before.facts), ...Object.keys(after.facts)])].sort();
  for (const key of factKeys) {
    if (!same(before.facts[key], after.facts[key])) changes.push({ field: `facts.${key}`, before: before.facts[key] ?? null, after: after.facts[key] ?? null });
  }
  const removed = before.documentIds.filter((id) => !after.documentIds.includes(id));
  const added = after.documentIds.filter((id) => !before.documentIds.includes(id));
  if (removed.length > 0 || added.length > 0) changes.push({ field: "documents", before: removed, after: added });
  if (!same(before.bankAccountMasked, after.bankAccountMasked)) changes.push({ field: "bankAccount", before: before.bankAccountMasked, after: after.bankAccountMasked });

  return changes;
}
