"use client";

import { ActionForm, FieldError, SubmitButton, TextField, useFormStateContext } from "@/components/form/action-form";
import { recordDelegationAction } from "../actions";

type Labels = Record<
  "scope" | "validFrom" | "validUntil" | "method" | "methodForm" | "methodCode" | "methodCodeDisabled" | "file" | "fileHint" | "submit" | "errorTitle" | "codeTitle",
  string
>;

function IssuedCode({ title }: { title: string }) {
  const state = useFormStateContext();
  if (state.status !== "ok" || !state.data?.code) return null;

  return (
    <div className="rounded border-4 border-amber-500 bg-amber-50 p-4" data-testid="issued-code">
      <p className="font-bold">{title}</p>
      <p className="font-mono text-4xl tracking-widest">{state.data.code}</p>
    </div>
  );
}

export function DelegationForm({
  applicantId,
  hasAccount,
  scopes,
  defaults,
  labels,
}: {
  applicantId: string;
  hasAccount: boolean;
  scopes: { value: string; label: string }[];
  defaults: { validFrom: string; validUntil: string };
  labels: Labels;
}) {
  return (
    <ActionForm
      action={recordDelegationAction}
      encType="multipart/form-data"
      errorTitle={labels.errorTitle}
      fieldLabels={{ scope: labels.scope, validFrom: labels.validFrom, validUntil: labels.validUntil, method: labels.method, consentFile: labels.file }}
    >
      <IssuedCode title={labels.codeTitle} />
      <input type="hidden" name="applicantId" value={applicantId} />
      <fieldset className="space-y-2" id="scope">
        <legend className="font-semibold">{labels.scope}</legend>
        <FieldError name="scope" />
        {scopes.map((scope) => (
          <label key={scope.value} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="scope" value={scope.value} defaultChecked className="h-6 w-6" />
            {scope.label}
          </label>
        ))}
      </fieldset>
      <TextField name="validFrom" label={labels.validFrom} type="date" defaultValue={defaults.validFrom} />
      <TextField name="validUntil" label={labels.validUntil} type="date" defaultValue={defaults.validUntil} />
      <fieldset className="space-y-2" id="method">
        <legend className="font-semibold">{labels.method}</legend>
        <FieldError name="method" />
        <label className="flex min-h-11 items-center gap-3">
          <input type="radio" name="method" value="signed_form" defaultChecked className="h-6 w-6" />
          {labels.methodForm}
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input type="radio" name="method" value="one_time_code" disabled={!hasAccount} className="h-6 w-6" />
          {hasAccount ? labels.methodCode : labels.methodCodeDisabled}
        </label>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="consentFile" className="block font-semibold">{labels.file}</label>
        <p className="text-slate-600">{labels.fileHint}</p>
        <FieldError name="consentFile" />
        <input id="consentFile" name="consentFile" type="file" accept="application/pdf,image/jpeg,image/png" className="block w-full" />
      </div>
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
