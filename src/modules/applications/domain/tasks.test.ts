import { describe, expect, it } from "vitest";
import { listMissing, taskStatuses, type TCompletenessInput } from "./tasks";

const complete: TCompletenessInput = {
  subjectConfirmed: true,
  requiredFacts: ["subjectType", "peopleTrained"],
  facts: { subjectType: "cooperative", peopleTrained: 3 },
  requiredEvidence: ["business_licence", "training_certificate"],
  attached: [{ id: "d1", type: "business_licence", validTo: null }, { id: "d2", type: "training_certificate", validTo: "2027-01-01" }],
  hasBankAccount: true,
  declarationAccepted: true,
  todayIso: "2026-06-01",
};

describe("task list", () => {
  it("has nothing missing when every task is done", () => {
    expect(listMissing(complete)).toEqual([]);
    expect(Object.values(taskStatuses(complete))).toEqual(["completed", "completed", "completed", "completed", "completed"]);
  });

  it("names everything still missing, in task order", () => {
    const input = { ...complete, subjectConfirmed: false, facts: { subjectType: "cooperative" }, attached: [], hasBankAccount: false, declarationAccepted: false };
    expect(listMissing(input)).toEqual(["subject", "facts.peopleTrained", "evidence.business_licence", "evidence.training_certificate", "bankAccount", "declaration"]);
    expect(taskStatuses(input).facts).toBe("in_progress");
    expect(taskStatuses(input).evidence).toBe("not_started");
  });

  it("treats an expired attachment as missing and names it", () => {
    const input = { ...complete, attached: [complete.attached[0]!, { id: "d2", type: "training_certificate", validTo: "2026-05-31" }] };
    expect(listMissing(input)).toEqual(["evidence.expired.d2", "evidence.training_certificate"]);
  });
});
