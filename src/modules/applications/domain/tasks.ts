import { isExpired, type TDocumentType } from "@/modules/documents/domain/document-types";

// The GOV.UK task list ("Complete multiple tasks" pattern): five tasks, each not started,
// in progress or completed; submitting needs all five, and the refusal names everything
// still missing so an API client can show it at once.

export const TASKS = ["subject", "facts", "evidence", "bank", "declaration"] as const;
export type TTask = (typeof TASKS)[number];
export type TTaskStatus = "not_started" | "in_progress" | "completed";

export type TCompletenessInput = {
  subjectConfirmed: boolean;
  requiredFacts: readonly string[];
  facts: Readonly<Record<string, unknown>>;
  requiredEvidence: readonly TDocumentType[];
  attached: readonly { id: string; type: string; validTo: string | null }[];
  hasBankAccount: boolean;
  declarationAccepted: boolean;
  todayIso: string;
};

const answered = (value: unknown): boolean => value !== undefined && value !== null && value !== "";

/** Every missing item as "<task>" or "<task>.<field>", in task order. */
export function listMissing(input: TCompletenessInput): string[] {
  const missing: string[] = [];
  if (!input.subjectConfirmed) missing.push("subject");
  for (const fact of input.requiredFacts) if (!answered(input.facts[fact])) missing.push(`facts.${fact}`);
  const valid = input.attached.filter((doc) => !isExpired(doc, input.todayIso));
  for (const doc of input.attached) if (isExpired(doc, input.todayIso)) missing.push(`evidence.expired.${doc.id}`);
  for (const type of input.requiredEvidence) if (!valid.some((doc) => doc.type === type)) missing.push(`evidence.${type}`);
  if (!input.hasBankAccount) missing.push("bankAccount");
  if (!input.declarationAccepted) missing.push("declaration");

  return missing;
}

export function taskStatuses(input: TCompletenessInput): Record<TTask, TTaskStatus> {
  const missing = listMissing(input);
  const open = (task: string) => missing.filter((item) => item === task || item.startsWith(`${task}.`)).length;
  const answeredFacts = input.requiredFacts.filter((fact) => answered(input.facts[fact])).length;
  const factsStatus: TTaskStatus = open("facts") === 0 ? "completed" : answeredFacts > 0 ? "in_progress" : "not_started";
  const evidenceStatus: TTaskStatus = open("evidence") === 0 ? "completed" : input.attached.length > 0 ? "in_progress" : "not_started";

  return {
    subject: input.subjectConfirmed ? "completed" : "not_started",
    facts: factsStatus,
    evidence: evidenceStatus,
    bank: input.hasBankAccount ? "completed" : "not_started",
    declaration: input.declarationAccepted ? "completed" : "not_started",
  };
}
