"use client";

import type { FormState } from "@/components/form/form-state";
import { ActionForm, FieldError, SelectField, SubmitButton, TextField, useFormStateContext } from "@/components/form/action-form";

export type ReferenceField = { name: string; kind: string; label: string; hint?: string; options?: { value: string; label: string }[]; value: string };

function TextArea({ field }: { field: ReferenceField }) {
  const state = useFormStateContext();
  const invalid = Boolean(state.fieldErrors?.[field.name]?.length);

  return (
    <div className="space-y-1">
      <label htmlFor={field.name} className="block font-semibold">{field.label}</label>
      <FieldError name={field.name} />
      <textarea key={`${field.name}:${state.values?.[field.name] ?? field.value}`} id={field.name} name={field.name} rows={4} defaultValue={state.values?.[field.name] ?? field.value} aria-invalid={invalid} aria-describedby={invalid ? `${field.name}-error` : undefined} className="block w-full rounded border-2 border-slate-700 bg-white px-3 py-2" />
    </div>
  );
}

function Checkbox({ field }: { field: ReferenceField }) {
  return (
    <div className="flex items-center gap-3">
      <input id={field.name} name={field.name} type="checkbox" defaultChecked={field.value === "true"} className="size-6 accent-emerald-800" />
      <label htmlFor={field.name} className="font-semibold">{field.label}</label>
    </div>
  );
}

/** One input per editable field of a reference row; works without JavaScript like every form here. */
export function ReferenceForm({ action, fields, hidden, errorTitle, submitLabel }: { action: (state: FormState, formData: FormData) => Promise<FormState>; fields: ReferenceField[]; hidden: Record<string, string>; errorTitle: string; submitLabel: string }) {
  return (
    <ActionForm action={action} errorTitle={errorTitle} fieldLabels={Object.fromEntries(fields.map((f) => [f.name, f.label]))}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {fields.map((field) => {
        if (field.kind === "textarea" || field.kind === "source") return <TextArea key={field.name} field={field} />;
        if (field.kind === "bool") return <Checkbox key={field.name} field={field} />;
        if (field.kind === "choice") return <SelectField key={field.name} name={field.name} label={field.label} hint={field.hint} options={field.options ?? []} defaultValue={field.value} />;

        return <TextField key={field.name} name={field.name} label={field.label} hint={field.hint} defaultValue={field.value} />;
      })}
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}

export function CsvImportForm({ action, labels }: { action: (state: FormState, formData: FormData) => Promise<FormState>; labels: { errorTitle: string; file: string; csv: string; hint: string; submit: string } }) {
  return (
    <ActionForm action={action} errorTitle={labels.errorTitle} fieldLabels={{}} encType="multipart/form-data">
      <div className="space-y-1">
        <label htmlFor="file" className="block font-semibold">{labels.file}</label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" className="block w-full" />
      </div>
      <CsvTextArea label={labels.csv} hint={labels.hint} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

function CsvTextArea({ label, hint }: { label: string; hint: string }) {
  const state = useFormStateContext();

  return (
    <div className="space-y-1">
      <label htmlFor="csv" className="block font-semibold">{label}</label>
      <p id="csv-hint" className="text-slate-700">{hint}</p>
      <textarea key={state.values?.csv ?? ""} id="csv" name="csv" rows={8} defaultValue={state.values?.csv ?? ""} aria-describedby="csv-hint" className="block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 font-mono text-sm" />
    </div>
  );
}
