"use client";

import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import { registerAction } from "../actions";

type Labels = Record<"phone" | "phoneHint" | "name" | "password" | "passwordHint" | "county" | "countyPlaceholder" | "submit" | "errorTitle", string>;

export function RegisterForm({ labels, counties }: { labels: Labels; counties: { value: string; label: string; group: string }[] }) {
  return (
    <ActionForm action={registerAction} errorTitle={labels.errorTitle} fieldLabels={{ phone: labels.phone, name: labels.name, password: labels.password, countyCode: labels.county }}>
      <TextField name="phone" label={labels.phone} hint={labels.phoneHint} type="tel" inputMode="tel" autoComplete="tel" maxLength={11} />
      <TextField name="name" label={labels.name} autoComplete="name" maxLength={40} />
      <TextField name="password" label={labels.password} hint={labels.passwordHint} type="password" autoComplete="new-password" />
      <SelectField name="countyCode" label={labels.county} options={counties} placeholder={labels.countyPlaceholder} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
