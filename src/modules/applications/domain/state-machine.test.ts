import { describe, expect, it } from "vitest";
import { APPLICATION_EVENTS, APPLICATION_STATUSES, allowedEvents, transition, type TApplicationEvent, type TApplicationState, type TApplicationStatus } from "./state-machine";

const state = (status: TApplicationStatus, stage = 0, stages = 1): TApplicationState => ({ status, stage, stages });

// Every (status, event) pair, with where it must lead; null = refused.
const ONE_STAGE: Record<TApplicationStatus, Record<TApplicationEvent, TApplicationStatus | null>> = {
  draft: { submit: "submitted", approve: null, reject: null, request_changes: null },
  submitted: { submit: null, approve: "approved", reject: "rejected", request_changes: "changes_requested" },
  in_review: { submit: null, approve: "approved", reject: "rejected", request_changes: "changes_requested" },
  changes_requested: { submit: "submitted", approve: null, reject: null, request_changes: null },
  approved: { submit: null, approve: null, reject: null, request_changes: null },
  rejected: { submit: null, approve: null, reject: null, request_changes: null },
};

describe("application state machine", () => {
  const cases = APPLICATION_STATUSES.flatMap((status) => APPLICATION_EVENTS.map((event) => [status, event, ONE_STAGE[status][event]] as const));

  it.each(cases)("one stage: %s + %s → %s", (status, event, expected) => {
    const stage = status === "submitted" || status === "in_review" ? 1 : 0;
    const result = transition(state(status, stage, 1), event);
    if (expected === null) expect(result).toEqual({ ok: false, reason: "not_allowed_in_status" });
    else expect(result.ok && result.next.status).toBe(expected);
  });

  it("two stages: approving at stage 1 passes to stage 2 (in_review), not to approved", () => {
    const result = transition(state("submitted", 1, 2), "approve");
    expect(result).toEqual({ ok: true, next: { status: "in_review", stage: 2, stages: 2 }, final: false });
  });

  it("two stages: approving at stage 2 decides", () => {
    expect(transition(state("in_review", 2, 2), "approve")).toEqual({ ok: true, next: { status: "approved", stage: 0, stages: 2 }, final: true });
  });

  it("two stages: a change request at stage 2 returns to the applicant and resubmission restarts at stage 1", () => {
    const returned = transition(state("in_review", 2, 2), "request_changes");
    expect(returned.ok && returned.next).toEqual({ status: "changes_requested", stage: 0, stages: 2 });
    const resubmitted = transition(returned.ok ? returned.next : state("draft"), "submit");
    expect(resubmitted.ok && resubmitted.next).toEqual({ status: "submitted", stage: 1, stages: 2 });
  });

  it("rejection at either stage is final", () => {
    expect(transition(state("submitted", 1, 2), "reject")).toMatchObject({ ok: true, final: true, next: { status: "rejected" } });
    expect(transition(state("in_review", 2, 2), "reject")).toMatchObject({ ok: true, final: true, next: { status: "rejected" } });
  });

  it("lists the events a state accepts", () => {
    expect(allowedEvents(state("draft"))).toEqual(["submit"]);
    expect(allowedEvents(state("submitted", 1))).toEqual(["approve", "reject", "request_changes"]);
    expect(allowedEvents(state("approved"))).toEqual([]);
  });
});
