type Option = { value: string; label: string; hint?: string };

/** A GOV.UK-style radio list inside a fieldset whose legend is the question. */
export function ChoiceList({ name, legend, hint, options, value, error }: { name: string; legend: string; hint?: string; options: Option[]; value?: string; error?: string }) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className="space-y-2" aria-describedby={describedBy}>
      <legend className="mb-2 text-2xl font-bold">{legend}</legend>
      {hint ? <p id={`${name}-hint`} className="text-slate-700">{hint}</p> : null}
      {error ? <p id={`${name}-error`} className="font-semibold text-red-700">{error}</p> : null}
      {options.map((option, index) => (
        <div key={option.value} className="flex items-start gap-3 rounded border-2 border-slate-300 bg-white p-3">
          <input id={index === 0 ? name : `${name}-${option.value}`} type="radio" name={name} value={option.value} defaultChecked={value === option.value} className="mt-1 size-6 shrink-0 accent-emerald-800" aria-describedby={option.hint ? `${name}-${option.value}-hint` : undefined} />
          <label htmlFor={index === 0 ? name : `${name}-${option.value}`} className="flex-1 text-lg font-semibold">
            {option.label}
            {option.hint ? <span id={`${name}-${option.value}-hint`} className="block text-base font-normal text-slate-700">{option.hint}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function ErrorSummaryStatic({ title, errors }: { title: string; errors: { field: string; message: string }[] }) {
  if (errors.length === 0) return null;

  return (
    <div role="alert" aria-labelledby="error-summary-title" className="mb-4 rounded border-4 border-red-700 p-4">
      <h2 id="error-summary-title" className="text-lg font-bold text-red-800">{title}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e) => (
          <li key={e.field}><a href={`#${e.field}`} className="text-red-800 underline">{e.message}</a></li>
        ))}
      </ul>
    </div>
  );
}
