import { redirect } from "next/navigation";
import { startSubjectScreening } from "@/modules/subsidy/service";
import { encodeState } from "@/modules/subsidy/questionnaire-state";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** Starts the questionnaire for one of the actor's subjects, with what the portal knows already filled in. */
export default async function SubjectScreeningPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/eligibility/subject/${id}`, "subsidy.screen");
  const screening = await withNotFound(startSubjectScreening(actor, id));
  redirect(`/eligibility/question?${new URLSearchParams({ a: encodeState({ facts: screening.facts, dontKnow: [] }), s: screening.subjectId }).toString()}`);
}
