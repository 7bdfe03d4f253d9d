// Separation of duties (NIST SP 800-53 AC-5; eligibility-anchors §3 rec. 8): nobody decides
// an application they filed or acted on as the applicant's side, and a two-stage programme
// needs two different officials.

export type TSeparationInput = {
  reviewerId: string;
  stage: number;
  applicantId: string;
  filedById: string;
  // Everyone who acted for the applicant: created, edited, submitted, resubmitted.
  applicantSideActorIds: readonly string[];
  // Who decided each earlier stage of the current round, by stage number.
  stageDeciders: ReadonlyMap<number, string>;
};

export type TSeparationVerdict = { ok: true } | { ok: false; reason: "own_application" | "acted_on_application" | "decided_earlier_stage" };

export function checkSeparationOfDuties(input: TSeparationInput): TSeparationVerdict {
  if (input.reviewerId === input.applicantId) return { ok: false, reason: "own_application" };
  if (input.reviewerId === input.filedById || input.applicantSideActorIds.includes(input.reviewerId)) return { ok: false, reason: "acted_on_application" };
  for (const [stage, deciderId] of input.stageDeciders) {
    if (stage < input.stage && deciderId === input.reviewerId) return { ok: false, reason: "decided_earlier_stage" };
  }

  return { ok: true };
}
