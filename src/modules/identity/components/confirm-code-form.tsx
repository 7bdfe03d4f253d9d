"use client";

import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { confirmDelegationAction } from "../actions";

export function ConfirmCodeForm({ delegationId, labels }: { delegationId: string; labels: { code: string; codeHint: string; submit: string; errorTitle: string } }) {
  return (
    <ActionForm action={confirmDelegationAction} errorTitle={labels.errorTitle} fieldLabels={{ code: labels.code }} className="mt-3 space-y-3">
      <input type="hidden" name="delegationId" value={delegationId} />
      <TextField name="code" label={labels.code} hint={labels.codeHint} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
