"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import type { FormState } from "./form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const FormStateContext = createContext<FormState>({ status: "idle" });

export function useFormStateContext(): FormState {
  return useContext(FormStateContext);
}

/**
 * A server-action form that works before (and without) JavaScript: React posts it to the
 * page and renders the returned state; with JavaScript it submits in place. The error
 * summary takes focus, as in the GOV.UK Design System.
 */
export function ActionForm({
  action,
  children,
  errorTitle,
  fieldLabels,
  encType,
  className,
}: {
  action: Action;
  children: ReactNode;
  errorTitle: string;
  fieldLabels: Record<string, string>;
  encType?: "multipart/form-data";
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);

  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} encType={encType} className={className ?? "space-y-5"} aria-busy={pending} noValidate>
        <ErrorSummary state={state} title={errorTitle} fieldLabels={fieldLabels} />
        {state.status === "ok" && state.message ? (
          <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
            {state.message}
          </p>
        ) : null}
        {children}
      </form>
    </FormStateContext.Provider>
  );
}

function ErrorSummary({ state, title, fieldLabels }: { state: FormState; title: string; fieldLabels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  const entries = Object.entries(state.fieldErrors ?? {});

  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-4 border-red-700 p-4 focus:outline-none focus:ring-4 focus:ring-amber-400">
      <h2 id="error-summary-title" className="text-lg font-bold text-red-800">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {state.message ? <li className="text-red-800">{state.message}</li> : null}
        {entries.map(([field, messages]) => (
          <li key={field}>
            <a href={`#${field}`} className="text-red-800 underline">
              {fieldLabels[field] ? `${fieldLabels[field]}: ` : ""}
              {messages.join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldError({ name }: { name: string }) {
  const state = useFormStateContext();
  const messages = state.fieldErrors?.[name];
  if (!messages?.length) return null;

  return (
    <p id={`${name}-error`} className="font-semibold text-red-700">
      {messages.join(" ")}
    </p>
  );
}

const inputClass =
  "block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:outline-none focus:ring-4 focus:ring-amber-400 aria-[invalid=true]:border-red-700";

export function TextField({
  name,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  defaultValue,
  required,
  maxLength,
}: {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "tel" | "password" | "date" | "number" | "email";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "text" | "decimal";
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
}) {
  const state = useFormStateContext();
  const invalid = Boolean(state.fieldErrors?.[name]?.length);
  const value = type === "password" ? undefined : (state.values?.[name] ?? defaultValue);
  const describedBy = [hint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} />
      <input
        key={`${name}:${value ?? ""}`}
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        defaultValue={value}
        required={required}
        maxLength={maxLength}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={inputClass}
      />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  options,
  defaultValue,
  placeholder,
}: {
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string; group?: string }[];
  defaultValue?: string;
  placeholder?: string;
}) {
  const state = useFormStateContext();
  const invalid = Boolean(state.fieldErrors?.[name]?.length);
  const value = state.values?.[name] ?? defaultValue ?? "";
  const groups = [...new Set(options.map((o) => o.group ?? ""))];

  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {hint ? <p className="text-slate-600">{hint}</p> : null}
      <FieldError name={name} />
      <select key={`${name}:${value}`} id={name} name={name} defaultValue={value} aria-invalid={invalid} className={inputClass}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>
              {options.filter((o) => o.group === group).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            options.filter((o) => !o.group).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
    </div>
  );
}

export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className="min-h-12 rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
      {children}
    </button>
  );
}
