import { FACT_CATALOGUE, type TFactKey } from "@/modules/subsidy/domain/facts";
import { FieldError } from "@/components/form/action-form";

// The input for one fact: money and counts as text with a numeric keypad, yes/no and
// options as big radio buttons, lists as checkboxes, dates as a date input.

const inputClass = "block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-lg focus:outline-none focus:ring-4 focus:ring-amber-400";

export function FactQuestion({ fact, question, hint, current, options }: { fact: TFactKey; question: string; hint?: string; current: string; options: { value: string; label: string }[] }) {
  const definition = FACT_CATALOGUE[fact];
  const describedBy = hint ? "answer-hint" : undefined;
  const legend = (
    <legend className="mb-2 text-2xl font-bold">
      <h1>{question}</h1>
    </legend>
  );

  if (definition.type === "boolean" || definition.type === "enum" || definition.type === "string_list") {
    const multiple = definition.type === "string_list";
    const chosen = new Set(current.split(",").filter(Boolean));

    return (
      <fieldset aria-describedby={describedBy} className="space-y-3">
        {legend}
        {hint ? <p id="answer-hint" className="text-slate-700">{hint}</p> : null}
        <FieldError name="answer" />
        <div id="answer" className="space-y-2">
          {options.map((option, index) => (
            <label key={option.value} className="flex min-h-12 cursor-pointer items-center gap-3 rounded border-2 border-slate-300 bg-white px-3 py-2">
              <input type={multiple ? "checkbox" : "radio"} name="answer" value={option.value} defaultChecked={chosen.has(option.value)} id={index === 0 ? "answer-first" : undefined} className="h-6 w-6" />
              <span className="text-lg">{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">
        <label htmlFor="answer">{question}</label>
      </h1>
      {hint ? <p id="answer-hint" className="text-slate-700">{hint}</p> : null}
      <FieldError name="answer" />
      <input
        id="answer"
        name="answer"
        type={definition.type === "date" ? "date" : "text"}
        inputMode={definition.type === "money_fen" ? "decimal" : definition.type === "integer" ? "numeric" : undefined}
        defaultValue={current}
        aria-describedby={describedBy}
        className={inputClass}
      />
    </div>
  );
}
