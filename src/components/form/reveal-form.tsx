"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "./form-state";

type RevealAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A masked value with one button that asks the server for the full value: an explicit,
 * audited action (a POST, so it works without JavaScript), shown once in the response and
 * masked again on the next visit. The action returns `{ status: "ok", data: { value } }`.
 */
export function RevealForm({ action, fields, masked, labels, testId }: { action: RevealAction; fields: Record<string, string>; masked: string; labels: { show: string; notice: string }; testId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  if (state.status === "ok" && state.data?.value) {
    return (
      <p>
        <span className="font-mono text-lg" data-testid={`${testId}-full`}>{state.data.value}</span>
        <span className="block text-sm text-slate-600">{labels.notice}</span>
      </p>
    );
  }

  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <span className="font-mono text-lg" data-testid={`${testId}-masked`}>{masked}</span>
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <button type="submit" className="min-h-11 rounded border-2 border-slate-700 px-3 py-1 font-semibold">{labels.show}</button>
      {state.status === "error" ? <span role="alert" className="text-red-700">{state.message}</span> : null}
    </form>
  );
}
