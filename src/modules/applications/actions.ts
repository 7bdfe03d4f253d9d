"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/form-state";
import { uploadDocument, verifyDocument } from "@/modules/documents/service";
import { isFactKey } from "@/modules/subsidy/domain";
import { formError, formValues } from "@/server/form-action";
import { getActor } from "@/server/session";
import { fieldError } from "@/server/validation";
import { parseFactAnswer, yuanTextToFen } from "./domain/answers";
import { decideApplication, getApplication, revealBankAccountForPayment, startApplication, submitApplication, updateApplication } from "./service";

async function requireFormActor() {
  const actor = await getActor();
  if (!actor) redirect("/login");

  return actor;
}

const idOf = (formData: FormData, name = "applicationId") => String(formData.get(name) ?? "");

/** Only same-site paths (no open redirect through a hidden field). */
function safeBack(value: FormDataEntryValue | null, fallback: string): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}

export async function startApplicationAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const actor = await requireFormActor();
    id = (await startApplication(actor, { subjectId: formData.get("subjectId"), programmeId: formData.get("programmeId") })).id;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/applications/${id}`);
}

export async function confirmSubjectAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  try {
    await updateApplication(await requireFormActor(), id, { subjectConfirmed: true });
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/applications/${id}`);
}

/** One question per page: saves the answer (a draft after every page) and goes to the next unanswered question. */
export async function saveFactAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  const fact = String(formData.get("fact") ?? "");
  let next: string;
  try {
    const actor = await requireFormActor();
    if (!isFactKey(fact)) throw fieldError("answer", "answer_invalid");
    const raw = formData.getAll("answer").map(String);
    const parsed = parseFactAnswer(fact, raw.length > 1 ? raw : (raw[0] ?? ""));
    if (!parsed.ok) throw fieldError("answer", parsed.reason);
    const saved = await updateApplication(actor, id, { facts: { [fact]: parsed.value } });
    const pending = saved.missing.find((item) => item.startsWith("facts."));
    next = formData.get("returnTo") === "check" ? `/applications/${id}/check` : pending ? `/applications/${id}/facts/${pending.slice(6)}` : `/applications/${id}`;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(next);
}

export async function saveEvidenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  try {
    await updateApplication(await requireFormActor(), id, { documentIds: formData.getAll("documentIds").map(String) });
  } catch (error) {
    return formError(error, formData);
  }
  redirect(formData.get("returnTo") === "check" ? `/applications/${id}/check` : `/applications/${id}`);
}

export async function saveBankAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  try {
    const values = formValues(formData);
    await updateApplication(await requireFormActor(), id, { bankAccount: { accountHolder: values.accountHolder, bankName: values.bankName, accountNumber: values.accountNumber } });
  } catch (error) {
    const state = await formError(error, formData);

    // The account number is never echoed back into the page.
    return { ...state, values: { ...state.values, accountNumber: "" } };
  }
  redirect(formData.get("returnTo") === "check" ? `/applications/${id}/check` : `/applications/${id}`);
}

export async function saveDeclarationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  try {
    if (formData.get("declaration") !== "yes") throw fieldError("declaration", "declaration_required");
    await updateApplication(await requireFormActor(), id, { declarationAccepted: true });
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/applications/${id}/check`);
}

export async function submitApplicationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  try {
    await submitApplication(await requireFormActor(), id);
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/applications/${id}/confirmation`);
}

export async function uploadDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const subjectId = String(formData.get("subjectId") ?? "");
  const back = safeBack(formData.get("back"), `/subjects/${subjectId}/documents`);
  try {
    const actor = await requireFormActor();
    const file = formData.get("file");
    const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
    const values = formValues(formData);
    await uploadDocument(actor, subjectId, { type: values.type, number: values.number, issuer: values.issuer, validFrom: values.validFrom, validTo: values.validTo }, bytes ? { bytes } : null);
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`${back}${back.includes("?") ? "&" : "?"}uploaded=1`);
}

export async function verifyDocumentAction(formData: FormData): Promise<void> {
  const actor = await requireFormActor();
  await verifyDocument(actor, String(formData.get("documentId") ?? ""));
  redirect(safeBack(formData.get("back"), "/review"));
}

/** An official's decision; comments tied to fields arrive as comment.<field> inputs. */
export async function decideAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  try {
    const actor = await requireFormActor();
    const action = String(formData.get("action") ?? "");
    const amountText = String(formData.get("amountFen") ?? "").trim();
    const amountFen = amountText === "" ? undefined : yuanTextToFen(amountText);
    if (amountFen === null) throw fieldError("amountFen", "amount_required");
    const fieldComments = Object.fromEntries(
      [...formData.entries()].filter(([key, value]) => key.startsWith("comment.") && typeof value === "string" && value.trim() !== "").map(([key, value]) => [key.slice(8), String(value)]),
    );
    const reason = String(formData.get("reason") ?? "").trim();
    await decideApplication(actor, id, {
      action,
      ...(amountFen !== undefined ? { amountFen } : {}),
      ...(reason ? { reason } : {}),
      ...(formData.getAll("criteria").length > 0 ? { criteria: formData.getAll("criteria").map(String) } : {}),
      ...(Object.keys(fieldComments).length > 0 ? { fieldComments } : {}),
    });
    await getApplication(actor, id);
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/review/${id}?decided=1`);
}

/** Shows an approved application's full account number once, for payment (audited in the service). */
export async function revealBankAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const { accountNumber } = await revealBankAccountForPayment(await requireFormActor(), idOf(formData));

    // Groups of four, the way the number is read out and keyed into a bank's system.
    return { status: "ok", data: { value: accountNumber.replace(/(\d{4})(?=\d)/g, "$1 ") } };
  } catch (error) {
    return formError(error, formData);
  }
}
