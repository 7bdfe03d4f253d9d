import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { FormState } from "@/components/form/form-state";
import { getT } from "@/i18n/server";
import { isAppError } from "./errors";

const SECRET_FIELDS = new Set(["password", "code", "currentPassword", "newPassword", "confirmPassword"]);

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELDS.has(key)) values[key] = value;
  }

  return values;
}

/** Turns a failure into a translated form state; unexpected errors are logged without input data. */
export async function formError(error: unknown, formData: FormData): Promise<FormState> {
  unstable_rethrow(error);
  const { t } = await getT("errors");
  const values = formValues(formData);
  if (isAppError(error)) {
    const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([field, keys]) => [field, keys.map((key) => t(key))]));
    const message = error.fieldErrors ? undefined : t(error.message, { defaultValue: t(error.code), seconds: error.details?.retryAfterSeconds, minutes: Math.ceil(Number(error.details?.retryAfterSeconds ?? 0) / 60) });

    return { status: "error", message, fieldErrors, values };
  }
  console.error("form action failed:", error instanceof Error ? error.name : typeof error);

  return { status: "error", message: t("unexpected"), values };
}

/**
 * For plain <form action> buttons (mark read, revoke, pause): a refusal from the service —
 * an id gone stale in an old tab, a role that changed — leaves things as they are, and the
 * action goes on to its redirect, where the page shows the state as it is. Never a 500.
 * Returns whether the change was made.
 */
export async function attempt(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();

    return true;
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return false;
    throw error;
  }
}
