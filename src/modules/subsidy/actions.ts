"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/form-state";
import { getT } from "@/i18n/server";
import { formError, formValues } from "@/server/form-action";
import { getActor } from "@/server/session";
import { decodeState } from "./questionnaire-state";
import * as subsidy from "./service";

async function requireFormActor() {
  const actor = await getActor();
  if (!actor) redirect("/login");

  return actor;
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);

  return typeof value === "string" ? value : "";
}

export async function saveScreeningAnswersAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor();
    const state = decodeState(field(formData, "a"));
    await subsidy.saveScreeningAnswers(actor, field(formData, "s"), { facts: state.facts });
    const { t } = await getT("subsidy");

    return { status: "ok", message: t("screen.result.saved") };
  } catch (error) {
    return formError(error, formData);
  }
}

export async function createDraftAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const actor = await requireFormActor();
    id = (await subsidy.createDraft(actor, field(formData, "programmeId"))).id;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/official/programmes/drafts/${id}`);
}

export async function updateDraftParametersAction(_state: FormState, formData: FormData): Promise<FormState> {
  const versionId = field(formData, "versionId");
  try {
    const actor = await requireFormActor();
    await subsidy.updateDraftParameters(actor, versionId, formValues(formData));
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/official/programmes/drafts/${versionId}?saved=1`);
}

export async function updateDraftJsonAction(_state: FormState, formData: FormData): Promise<FormState> {
  const versionId = field(formData, "versionId");
  try {
    const actor = await requireFormActor();
    await subsidy.updateDraftJson(actor, versionId, field(formData, "json"));
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/official/programmes/drafts/${versionId}?saved=1`);
}

export async function publishDraftAction(_state: FormState, formData: FormData): Promise<FormState> {
  const versionId = field(formData, "versionId");
  let programmeId: string;
  try {
    const actor = await requireFormActor();
    await subsidy.publishDraft(actor, versionId);
    programmeId = (await subsidy.getDraftReview(actor, versionId)).programme.id;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/official/programmes/${programmeId}?published=1`);
}

export async function discardDraftAction(_state: FormState, formData: FormData): Promise<FormState> {
  let programmeId: string;
  try {
    const actor = await requireFormActor();
    programmeId = await subsidy.discardDraft(actor, field(formData, "versionId"));
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/official/programmes/${programmeId}`);
}

export async function retireVersionAction(_state: FormState, formData: FormData): Promise<FormState> {
  let programmeId: string;
  try {
    const actor = await requireFormActor();
    programmeId = await subsidy.retireVersion(actor, field(formData, "versionId"), { reason: field(formData, "reason") });
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/official/programmes/${programmeId}?retired=1`);
}
