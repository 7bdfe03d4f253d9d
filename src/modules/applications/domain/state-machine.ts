// The application's life as a pure state machine (REMS's model: each state says what each
// role may do; "return" reopens the draft and keeps what was submitted). Statuses contain the
// words the API promises: draft, submitted, in_review, changes_requested, approved, rejected.

export const APPLICATION_STATUSES = ["draft", "submitted", "in_review", "changes_requested", "approved", "rejected"] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_EVENTS = ["submit", "approve", "reject", "request_changes"] as const;
export type TApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/** Where an application is: its status and, while under review, the stage awaiting a decision. */
export type TApplicationState = { status: TApplicationStatus; stage: number; stages: number };

export type TTransition =
  | { ok: true; next: TApplicationState; final: boolean }
  | { ok: false; reason: "not_allowed_in_status" };

const UNDER_REVIEW: readonly TApplicationStatus[] = ["submitted", "in_review"];

export const isUnderReview = (status: TApplicationStatus): boolean => UNDER_REVIEW.includes(status);
export const isEditable = (status: TApplicationStatus): boolean => status === "draft" || status === "changes_requested";
export const isDecided = (status: TApplicationStatus): boolean => status === "approved" || status === "rejected";

export const isApplicationStatus = (value: unknown): value is TApplicationStatus =>
  typeof value === "string" && (APPLICATION_STATUSES as readonly string[]).includes(value);

/**
 * The one place that says which event moves which state where. Approving at a stage that is
 * not the last one passes the application to the next stage (status `in_review`); approving
 * at the last stage decides it. A change request always returns the application to the
 * applicant, and their resubmission starts the review again at stage 1.
 */
export function transition(state: TApplicationState, event: TApplicationEvent): TTransition {
  const refuse = { ok: false, reason: "not_allowed_in_status" } as const;
  switch (event) {
    case "submit":
      return isEditable(state.status) ? { ok: true, next: { ...state, status: "submitted", stage: 1 }, final: false } : refuse;
    case "approve": {
      if (!isUnderReview(state.status)) return refuse;
      if (state.stage < state.stages) return { ok: true, next: { ...state, status: "in_review", stage: state.stage + 1 }, final: false };

      return { ok: true, next: { ...state, status: "approved", stage: 0 }, final: true };
    }
    case "reject":
      return isUnderReview(state.status) ? { ok: true, next: { ...state, status: "rejected", stage: 0 }, final: true } : refuse;
    case "request_changes":
      return isUnderReview(state.status) ? { ok: true, next: { ...state, status: "changes_requested", stage: 0 }, final: false } : refuse;
  }
}

/** The events the machine accepts in a state (what the review page offers). */
export function allowedEvents(state: TApplicationState): TApplicationEvent[] {
  return APPLICATION_EVENTS.filter((event) => transition(state, event).ok);
}
