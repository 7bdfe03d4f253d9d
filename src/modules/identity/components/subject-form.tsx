"use client";

import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import type { FormState } from "@/components/form/form-state";
import { createSubjectAction } from "../actions";

type Option = { value: string; label: string; group?: string };
type Labels = Record<
  "type" | "name" | "nameHint" | "idKind" | "idNumber" | "idNumberHint" | "county" | "registeredOn" | "registeredOnHint" | "products" | "productsHint" | "submit" | "errorTitle" | "choose",
  string
>;

type Defaults = { type?: string; name?: string; countyCode?: string; registeredOn?: string; products?: string };

/** Creates a subject, or edits one when `edit` carries its id and server action (the identifier then stays as it is). */
export function SubjectForm({
  labels,
  types,
  idKinds,
  counties,
  defaults = {},
  edit,
}: {
  labels: Labels;
  types: Option[];
  idKinds: Option[];
  counties: Option[];
  defaults?: Defaults;
  edit?: { subjectId: string; action: (state: FormState, formData: FormData) => Promise<FormState> };
}) {
  return (
    <ActionForm
      action={edit?.action ?? createSubjectAction}
      errorTitle={labels.errorTitle}
      fieldLabels={{ type: labels.type, name: labels.name, idKind: labels.idKind, idNumber: labels.idNumber, countyCode: labels.county, registeredOn: labels.registeredOn, products: labels.products }}
    >
      {edit ? <input type="hidden" name="subjectId" value={edit.subjectId} /> : null}
      <SelectField name="type" label={labels.type} options={types} defaultValue={defaults.type} placeholder={labels.choose} />
      <TextField name="name" label={labels.name} hint={labels.nameHint} maxLength={80} defaultValue={defaults.name} />
      {edit ? null : (
        <>
          <SelectField name="idKind" label={labels.idKind} options={idKinds} placeholder={labels.choose} />
          <TextField name="idNumber" label={labels.idNumber} hint={labels.idNumberHint} maxLength={18} autoComplete="off" />
        </>
      )}
      <SelectField name="countyCode" label={labels.county} options={counties} defaultValue={defaults.countyCode} placeholder={labels.choose} />
      <TextField name="registeredOn" label={labels.registeredOn} hint={labels.registeredOnHint} type="date" defaultValue={defaults.registeredOn} />
      <TextField name="products" label={labels.products} hint={labels.productsHint} maxLength={400} defaultValue={defaults.products} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
