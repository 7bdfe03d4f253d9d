"use client";

import { FieldError, useFormStateContext } from "@/components/form/action-form";

const inputClass = "block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:outline-none focus:ring-4 focus:ring-amber-400 aria-[invalid=true]:border-red-700";

export function TextAreaField({ name, label, hint, defaultValue, rows = 8, lang }: { name: string; label: string; hint?: string; defaultValue?: string; rows?: number; lang?: string }) {
  const state = useFormStateContext();
  const invalid = Boolean(state.fieldErrors?.[name]?.length);
  const value = state.values?.[name] ?? defaultValue;

  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-semibold">{label}</label>
      {hint ? <p id={`${name}-hint`} className="text-slate-600">{hint}</p> : null}
      <FieldError name={name} />
      <textarea key={`${name}:${value ?? ""}`} id={name} name={name} rows={rows} defaultValue={value} lang={lang} aria-invalid={invalid} aria-describedby={hint ? `${name}-hint` : undefined} className={inputClass} />
    </div>
  );
}

/** A group of checkboxes (products, countries) that keeps its ticks after a failed submit. */
export function CheckboxGroup({ name, legend, hint, options, checked }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[]; checked: readonly string[] }) {
  const state = useFormStateContext();
  const submitted = state.values?.[`${name}[]`];
  const ticked = new Set(submitted !== undefined ? submitted.split(",").filter(Boolean) : checked);

  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{legend}</legend>
      {hint ? <p className="text-slate-600">{hint}</p> : null}
      <FieldError name={name} />
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3 rounded px-2 hover:bg-stone-100">
            <input key={`${o.value}:${ticked.has(o.value)}`} type="checkbox" name={name} value={o.value} defaultChecked={ticked.has(o.value)} className="h-6 w-6 accent-emerald-800" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const state = useFormStateContext();
  const value = state.values ? state.values[name] === "on" : defaultChecked;

  return (
    <label className="flex min-h-11 items-center gap-3 font-semibold">
      <input key={`${name}:${String(value)}`} type="checkbox" name={name} defaultChecked={value} className="h-6 w-6 accent-emerald-800" />
      <span>{label}</span>
    </label>
  );
}

/** Shows the private feed URL that the create-token action returned, once. */
export function CreatedFeedUrl({ baseUrl }: { baseUrl: string }) {
  const state = useFormStateContext();
  const token = state.data?.token;
  if (!token) return null;
  const url = `${baseUrl}/api/v1/market/feeds/private/${token}.atom`;

  return (
    <p className="break-all rounded bg-stone-100 p-3 font-mono text-sm" data-testid="private-feed-url">{url}</p>
  );
}
