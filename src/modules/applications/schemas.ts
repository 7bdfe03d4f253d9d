import { z } from "zod";
import { ZFacts } from "@/modules/subsidy/schemas";
import { APPLICATION_STATUSES } from "./domain/state-machine";
import { TASKS } from "./domain/tasks";

// Messages are i18n keys in namespace "errors".
const trimmed = (schema: z.ZodString) => z.preprocess((v) => (typeof v === "string" ? v.trim() : v), schema);

export const ZApplicationStatus = z.enum(APPLICATION_STATUSES);

export const ZStartApplication = z.object({
  subjectId: z.string({ error: "subject_required" }).min(1, "subject_required"),
  programmeId: z.string({ error: "programme_required" }).regex(/^[a-z0-9-]+$/, "programme_required"),
  facts: ZFacts.optional(),
});

export const ZBankAccount = z.object({
  accountHolder: trimmed(z.string({ error: "account_holder_required" }).min(2, "account_holder_required").max(80, "account_holder_required")),
  bankName: trimmed(z.string({ error: "bank_name_required" }).min(2, "bank_name_required").max(80, "bank_name_required")),
  accountNumber: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[\s-]/g, "") : v),
    // Personal cards are 16–19 digits, company settlement accounts up to about 25.
    z.string({ error: "account_number_invalid" }).regex(/^\d{10,30}$/, "account_number_invalid"),
  ),
});

export const ZUpdateApplication = z
  .object({
    facts: ZFacts.optional(),
    documentIds: z.array(z.string().min(1)).max(30).optional(),
    bankAccount: ZBankAccount.optional(),
    declarationAccepted: z.boolean().optional(),
    subjectConfirmed: z.boolean().optional(),
  })
  .strict();
export type TUpdateApplication = z.infer<typeof ZUpdateApplication>;

export const DECISION_ACTIONS = ["approve", "reject", "request_changes"] as const;

export const ZDecision = z
  .object({
    action: z.enum(DECISION_ACTIONS, { error: "decision_action_required" }),
    amountFen: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
    reason: trimmed(z.string().max(2000, "reason_too_long")).optional(),
    criteria: z.array(z.string().min(1)).max(40).optional(),
    fieldComments: z.record(z.string().regex(/^(subject|facts\.[A-Za-z]+|evidence|bankAccount|declaration)$/, "field_unknown"), trimmed(z.string().min(1).max(500))).optional(),
  })
  .strict();
export type TDecision = z.infer<typeof ZDecision>;

export const ZApplicationListItem = z
  .object({ id: z.string(), reference: z.string(), status: ZApplicationStatus, programmeId: z.string(), subjectId: z.string(), submittedAt: z.string().nullable() })
  .strict();

export const ZApplicationDto = z
  .object({
    id: z.string(),
    reference: z.string(),
    status: ZApplicationStatus,
    stage: z.number().int(),
    reviewStages: z.array(z.string()),
    programmeId: z.string(),
    programmeVersion: z.number().int(),
    subjectId: z.string(),
    countyCode: z.string(),
    facts: z.record(z.string(), z.unknown()),
    documentIds: z.array(z.string()),
    bankAccountMasked: z.string().nullable(),
    declarationAccepted: z.boolean(),
    amount: z.object({ minFen: z.number().int(), maxFen: z.number().int() }).nullable(),
    approvedAmountFen: z.number().int().nullable(),
    tasks: z.record(z.enum(TASKS), z.enum(["not_started", "in_progress", "completed"])),
    missing: z.array(z.string()),
    changeRequest: z.object({ reason: z.string().nullable(), fieldComments: z.record(z.string(), z.string()) }).nullable(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .strict();
export type TApplicationDto = z.infer<typeof ZApplicationDto>;

export const ZQueueFilters = z.object({
  countyCode: z.string().regex(/^52\d{4}$/).optional(),
  programmeId: z.string().regex(/^[a-z0-9-]+$/).optional(),
  status: ZApplicationStatus.optional(),
  // Only applications waiting at least this many days since submission.
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
});
export type TQueueFilters = z.infer<typeof ZQueueFilters>;
