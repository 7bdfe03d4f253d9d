"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/form-state";
import { getT } from "@/i18n/server";
import { formError, formValues } from "@/server/form-action";
import { getActor } from "@/server/session";
import { REFERENCE_TABLES, isReferenceTable } from "./reference-tables";
import * as customs from "./service";

async function requireFormActor() {
  const actor = await getActor();
  if (!actor) redirect("/login");

  return actor;
}

/** Checkboxes send nothing when unticked; the table's boolean fields are read as false then. */
function referenceInput(table: string, formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = formValues(formData);
  if (isReferenceTable(table)) for (const field of REFERENCE_TABLES[table].fields) if (field.kind === "bool") values[field.name] = formData.get(field.name) === "on";

  return values;
}

export async function updateReferenceAction(table: string, id: string, _state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor();
    await customs.updateReferenceRow(actor, table, id, referenceInput(table, formData));
  } catch (error) {
    return formError(error, formData);
  }
  revalidatePath("/customs", "layout");
  redirect(`/customs/reference/${table}?saved=${encodeURIComponent(id)}`);
}

export async function createReferenceAction(table: string, _state: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const actor = await requireFormActor();
    id = await customs.createReferenceRow(actor, table, referenceInput(table, formData));
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/customs/reference/${table}?saved=${encodeURIComponent(id)}`);
}

export async function importRatesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT("customs");
  const { t: te } = await getT("errors");
  try {
    const actor = await requireFormActor();
    const file = formData.get("file");
    const pasted = formData.get("csv");
    const text = file instanceof File && file.size > 0 ? await file.text() : typeof pasted === "string" ? pasted : "";
    const { imported } = await customs.importExchangeRates(actor, text);

    return { status: "ok", message: t("import.done", { count: imported }) };
  } catch (error) {
    if (error instanceof customs.RatesCsvError) {
      const fieldErrors: Record<string, string[]> = {};
      for (const e of error.lines) (fieldErrors[`line-${e.line}`] ??= []).push(t("import.line_error", { line: e.line, field: e.field, message: te(e.key) }));

      return { status: "error", message: t("import.nothing_imported"), fieldErrors, values: { csv: typeof formData.get("csv") === "string" ? String(formData.get("csv")) : "" } };
    }

    return formError(error, formData);
  }
}
