"use client";

import { useActionState } from "react";
import type { FormState } from "@/components/form/form-state";
import { unmaskIdentifierAction } from "../actions";

export function UnmaskForm({ subjectId, masked, labels }: { subjectId: string; masked: string; labels: { show: string; notice: string } }) {
  const [state, action] = useActionState(unmaskIdentifierAction, { status: "idle" } as FormState);
  if (state.status === "ok" && state.data?.identifier) {
    return (
      <p>
        <span className="font-mono text-lg" data-testid="identifier-full">{state.data.identifier}</span>
        <span className="block text-sm text-slate-600">{labels.notice}</span>
      </p>
    );
  }

  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <span className="font-mono text-lg" data-testid="identifier-masked">{masked}</span>
      <input type="hidden" name="subjectId" value={subjectId} />
      <button type="submit" className="min-h-11 rounded border-2 border-slate-700 px-3 py-1 font-semibold">{labels.show}</button>
      {state.status === "error" ? <span role="alert" className="text-red-700">{state.message}</span> : null}
    </form>
  );
}
