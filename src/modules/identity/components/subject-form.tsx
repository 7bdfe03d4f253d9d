"use client";

import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import { createSubjectAction } from "../actions";

type Option = { value: string; label: string; group?: string };
type Labels = Record<
  "type" | "name" | "nameHint" | "idKind" | "idNumber" | "idNumberHint" | "county" | "registeredOn" | "registeredOnHint" | "products" | "productsHint" | "submit" | "errorTitle" | "choose",
  string
>;

export function SubjectForm({ labels, types, idKinds, counties, defaultCounty }: { labels: Labels; types: Option[]; idKinds: Option[]; counties: Option[]; defaultCounty?: string }) {
  return (
    <ActionForm
      action={createSubjectAction}
      errorTitle={labels.errorTitle}
      fieldLabels={{ type: labels.type, name: labels.name, idKind: labels.idKind, idNumber: labels.idNumber, countyCode: labels.county, registeredOn: labels.registeredOn, products: labels.products }}
    >
      <SelectField name="type" label={labels.type} options={types} placeholder={labels.choose} />
      <TextField name="name" label={labels.name} hint={labels.nameHint} maxLength={80} />
      <SelectField name="idKind" label={labels.idKind} options={idKinds} placeholder={labels.choose} />
      <TextField name="idNumber" label={labels.idNumber} hint={labels.idNumberHint} maxLength={18} autoComplete="off" />
      <SelectField name="countyCode" label={labels.county} options={counties} defaultValue={defaultCounty} placeholder={labels.choose} />
      <TextField name="registeredOn" label={labels.registeredOn} hint={labels.registeredOnHint} type="date" />
      <TextField name="products" label={labels.products} hint={labels.productsHint} maxLength={400} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
