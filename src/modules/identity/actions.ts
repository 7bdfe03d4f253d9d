"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/form-state";
import { getLocale, getT } from "@/i18n/server";
import { LOCALE_COOKIE, TEXT_SIZE_COOKIE, toLocale } from "@/i18n/settings";
import { clientIp } from "@/server/request-context";
import { ACTING_COOKIE, endSession, getActor, getSessionUser, startSession } from "@/server/session";
import { attempt, formError, formValues } from "@/server/form-action";
import * as identity from "./service";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Only same-site paths may be redirected to (no open redirect through ?next=). */
function safePath(value: FormDataEntryValue | null, fallback = "/"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}

async function requireFormActor() {
  const actor = await getActor();
  if (!actor) redirect("/login");

  return actor;
}

export async function loginAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await identity.authenticate({ phone: formData.get("phone"), password: formData.get("password") }, { ip: await clientIp() });
    await startSession(user);
  } catch (error) {
    return formError(error, formData);
  }
  redirect(safePath(formData.get("next")));
}

export async function registerAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = { phone: formData.get("phone"), name: formData.get("name"), password: formData.get("password"), countyCode: formData.get("countyCode") };
    const user = await identity.registerApplicant(input, { ip: await clientIp(), locale: await getLocale() });
    await startSession(user);
  } catch (error) {
    return formError(error, formData);
  }
  redirect("/subjects/new?welcome=1");
}

export async function logoutAction(): Promise<void> {
  const actor = await getActor();
  if (actor?.actingFor) await identity.stopActing(actor);
  await endSession();
  redirect("/");
}

export async function createSubjectAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const actor = await requireFormActor();
    const subject = await identity.createSubject(actor, formValues(formData));
    id = subject.id;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/subjects/${id}?created=1`);
}

export async function updateSubjectAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("subjectId") ?? "");
  try {
    const actor = await requireFormActor();
    await identity.updateSubject(actor, id, formValues(formData));
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/subjects/${id}?updated=1`);
}

export async function unmaskIdentifierAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor();
    const full = await identity.unmaskSubjectIdentifier(actor, String(formData.get("subjectId") ?? ""));

    return { status: "ok", data: { value: full } };
  } catch (error) {
    return formError(error, formData);
  }
}

export async function staffRegisterApplicantAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const actor = await requireFormActor();
    id = (await identity.registerApplicantForStation(actor, formValues(formData))).id;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/station/applicants/${id}?registered=1`);
}

export async function recordDelegationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const applicantId = String(formData.get("applicantId") ?? "");
  let code: string | null;
  try {
    const actor = await requireFormActor();
    const file = formData.get("consentFile");
    const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : undefined;
    const input = { applicantId, scope: formData.getAll("scope"), validFrom: formData.get("validFrom"), validUntil: formData.get("validUntil"), method: formData.get("method") };
    code = (await identity.recordDelegation(actor, input, bytes ? { bytes } : undefined)).code;
  } catch (error) {
    return formError(error, formData);
  }
  if (code) {
    const { t } = await getT("identity");

    return { status: "ok", message: t("delegation.code_issued", { code }), data: { code } };
  }
  redirect(`/station/applicants/${applicantId}?delegated=1`);
}

export async function confirmDelegationAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor();
    await identity.confirmDelegationCode(actor, { delegationId: formData.get("delegationId"), code: formData.get("code") });
  } catch (error) {
    return formError(error, formData);
  }
  redirect("/delegations?confirmed=1");
}

export async function revokeDelegationAction(formData: FormData): Promise<void> {
  const actor = await requireFormActor();
  await identity.revokeDelegation(actor, String(formData.get("delegationId") ?? ""));
  redirect(safePath(formData.get("back"), "/delegations"));
}

export async function startActingAction(formData: FormData): Promise<void> {
  const actor = await requireFormActor();
  const applicantId = String(formData.get("applicantId") ?? "");
  await identity.startActing(actor, applicantId);
  (await cookies()).set(ACTING_COOKIE, applicantId, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/");
}

export async function stopActingAction(): Promise<void> {
  const actor = await requireFormActor();
  await identity.stopActing(actor);
  (await cookies()).delete(ACTING_COOKIE);
  redirect("/station");
}

export async function revokeApiTokenAction(formData: FormData): Promise<void> {
  const actor = await requireFormActor();
  await attempt(() => identity.revokeMyApiToken(actor, String(formData.get("tokenId") ?? "")));
  redirect("/account");
}

/** Where a preference form was submitted from, so the user lands back on the same page. */
async function backPath(formData: FormData): Promise<string> {
  const explicit = formData.get("back");
  if (typeof explicit === "string") return safePath(explicit);
  const referer = (await headers()).get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);

    return safePath(url.pathname + url.search);
  } catch {
    return "/";
  }
}

export async function switchLanguageAction(formData: FormData): Promise<void> {
  const locale = toLocale(formData.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await identity.setPreferredLocale(user.id, locale);
  redirect(await backPath(formData));
}

export async function toggleTextSizeAction(formData: FormData): Promise<void> {
  const jar = await cookies();
  if (jar.get(TEXT_SIZE_COOKIE)?.value === "large") jar.delete(TEXT_SIZE_COOKIE);
  else jar.set(TEXT_SIZE_COOKIE, "large", { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax" });
  redirect(await backPath(formData));
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor();
    const { user, issuedAt } = await identity.changeOwnPassword(actor, { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword"), confirmPassword: formData.get("confirmPassword") }, { ip: await clientIp() });
    // Every older session is void now, this one included: issue this device a fresh one.
    await startSession(user, issuedAt);
  } catch (error) {
    return formError(error, formData);
  }
  const { t } = await getT("identity");

  return { status: "ok", message: t("account.password_changed") };
}

export async function createStaffAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  let name: string;
  try {
    const actor = await requireFormActor();
    name = (await identity.createStaffAccount(actor, formValuesWithSecrets(formData), { ip: await clientIp() })).name;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/admin/accounts?created=${encodeURIComponent(name)}`);
}

export async function setStaffAccountDisabledAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor();
    await identity.setStaffAccountDisabled(actor, String(formData.get("userId") ?? ""), formData.get("disabled") === "1", { ip: await clientIp() });
  } catch (error) {
    return formError(error, formData);
  }
  redirect("/admin/accounts?updated=1");
}

export async function resetStaffPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const userId = String(formData.get("userId") ?? "");
  try {
    const actor = await requireFormActor();
    await identity.resetStaffPassword(actor, userId, { password: formData.get("password") }, { ip: await clientIp() });
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/admin/accounts?reset=${encodeURIComponent(userId)}`);
}

/** Every field, secrets included, for a service call (formValues drops secrets for echoing back). */
function formValuesWithSecrets(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
}
