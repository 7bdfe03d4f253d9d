"use client";

import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { loginAction } from "../actions";

export function LoginForm({ next, labels }: { next: string; labels: Record<"phone" | "phoneHint" | "password" | "submit" | "errorTitle", string> }) {
  return (
    <ActionForm action={loginAction} errorTitle={labels.errorTitle} fieldLabels={{ phone: labels.phone, password: labels.password }}>
      <input type="hidden" name="next" value={next} />
      <TextField name="phone" label={labels.phone} hint={labels.phoneHint} type="tel" inputMode="tel" autoComplete="username" maxLength={11} />
      <TextField name="password" label={labels.password} type="password" autoComplete="current-password" />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
