import { describe, expect, it } from "vitest";
import { checkSeparationOfDuties } from "./separation";

const base = { stage: 1, applicantId: "applicant", filedById: "staff", applicantSideActorIds: ["staff", "applicant"], stageDeciders: new Map<number, string>() };

describe("separation of duties", () => {
  it("lets an uninvolved official decide the first stage", () => {
    expect(checkSeparationOfDuties({ ...base, reviewerId: "official-a" })).toEqual({ ok: true });
  });

  it("refuses the applicant and anyone who filed or acted on the application", () => {
    expect(checkSeparationOfDuties({ ...base, reviewerId: "applicant" })).toEqual({ ok: false, reason: "own_application" });
    expect(checkSeparationOfDuties({ ...base, reviewerId: "staff" })).toEqual({ ok: false, reason: "acted_on_application" });
    expect(checkSeparationOfDuties({ ...base, reviewerId: "editor", applicantSideActorIds: ["editor"] })).toEqual({ ok: false, reason: "acted_on_application" });
  });

  it("needs a second official for the second stage", () => {
    const stageDeciders = new Map([[1, "official-a"]]);
    expect(checkSeparationOfDuties({ ...base, stage: 2, stageDeciders, reviewerId: "official-a" })).toEqual({ ok: false, reason: "decided_earlier_stage" });
    expect(checkSeparationOfDuties({ ...base, stage: 2, stageDeciders, reviewerId: "official-b" })).toEqual({ ok: true });
  });
});
