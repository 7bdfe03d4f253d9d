"use client";

import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { staffRegisterApplicantAction } from "../actions";

export function StaffRegisterForm({ labels }: { labels: Record<"name" | "phone" | "phoneHint" | "submit" | "errorTitle", string> }) {
  return (
    <ActionForm action={staffRegisterApplicantAction} errorTitle={labels.errorTitle} fieldLabels={{ name: labels.name, phone: labels.phone }}>
      <TextField name="name" label={labels.name} maxLength={40} />
      <TextField name="phone" label={labels.phone} hint={labels.phoneHint} type="tel" inputMode="tel" maxLength={11} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
