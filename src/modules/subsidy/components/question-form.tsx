import type { TFunction } from "i18next";
import { getFactDefinition, type TFactKey } from "../domain/facts";

const inputClass = "block w-full max-w-xs rounded border-2 border-slate-700 bg-white px-3 py-2 text-lg focus:outline-none focus:ring-4 focus:ring-amber-400 aria-[invalid=true]:border-red-700";
const choiceClass = "flex min-h-12 items-center gap-3 rounded border border-slate-300 bg-white px-3 py-2";
const primary = "min-h-12 rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400";
const secondary = "min-h-12 rounded border-2 border-slate-700 bg-white px-6 py-3 text-lg font-bold text-slate-900 focus:outline-none focus:ring-4 focus:ring-amber-400";

type Props = {
  t: TFunction;
  fact: TFactKey;
  state: string;
  subjectId: string | null;
  error: string | null;
  errorText: string | null;
  previous: string;
  current: unknown;
  progress: string;
  why: string;
  errorTitle: string;
};

/**
 * One question per page (GOV.UK): the question is the page's heading, posted as a plain
 * HTML form so it works without JavaScript; "I don't know" is always an answer.
 */
export function QuestionForm({ t, fact, state, subjectId, error, errorText, previous, current, progress, why, errorTitle }: Props) {
  const definition = getFactDefinition(fact);
  const question = t(`facts.${fact}.question`);
  const describedBy = [`${fact}-hint`, error ? `${fact}-error` : null].filter(Boolean).join(" ");
  const isChoice = definition.type === "enum" || definition.type === "boolean" || definition.type === "string_list";
  const hint =
    definition.type === "money_fen" ? t("screen.question.hint_money") : definition.type === "integer" ? t("screen.question.hint_integer") : definition.type === "date" ? t("screen.question.hint_date") : definition.type === "string_list" ? t("screen.question.choose_all") : why;
  const choices: { value: string; label: string }[] =
    definition.type === "boolean"
      ? [{ value: "yes", label: t("screen.question.yes") }, { value: "no", label: t("screen.question.no") }]
      : definition.type === "enum" || definition.type === "string_list"
        ? definition.allowedValues.map((value) => ({ value, label: t(`facts.${fact}.options.${value}`) }))
        : [];
  const checked = (value: string) =>
    definition.type === "boolean" ? (value === "yes" ? current === true : value === "no" ? current === false : false) : Array.isArray(current) ? current.includes(value) : current === value;

  return (
    <form method="post" action="/eligibility/answer" className="space-y-6" noValidate>
      {error ? (
        <div role="alert" aria-labelledby="error-summary-title" className="rounded border-4 border-red-700 p-4">
          <h2 id="error-summary-title" className="text-lg font-bold text-red-800">{errorTitle}</h2>
          <p><a href={`#${fact}`} className="text-red-800 underline">{errorText}</a></p>
        </div>
      ) : null}
      <input type="hidden" name="a" value={state} />
      <input type="hidden" name="fact" value={fact} />
      {subjectId ? <input type="hidden" name="s" value={subjectId} /> : null}
      <p className="text-slate-700">{progress}</p>
      {isChoice ? (
        <fieldset aria-describedby={describedBy} className="space-y-3">
          <legend className="mb-2">
            <h1 className="text-3xl font-bold leading-tight">{question}</h1>
          </legend>
          <p id={`${fact}-hint`} className="text-slate-700">{hint}</p>
          {error ? <p id={`${fact}-error`} className="font-semibold text-red-700">{errorText}</p> : null}
          {choices.map((choice, index) => (
            <label key={choice.value} className={choiceClass}>
              <input
                id={index === 0 ? fact : undefined}
                type={definition.type === "string_list" ? "checkbox" : "radio"}
                name="value"
                value={choice.value}
                defaultChecked={checked(choice.value)}
                className="h-6 w-6"
              />
              <span className="text-lg">{choice.label}</span>
            </label>
          ))}
          {definition.type === "string_list" ? (
            <label className={choiceClass}>
              <input type="checkbox" name="value" value="none" defaultChecked={Array.isArray(current) && current.length === 0} className="h-6 w-6" />
              <span className="text-lg">{t("screen.question.none_of_these")}</span>
            </label>
          ) : null}
        </fieldset>
      ) : (
        <div className="space-y-2">
          <h1 className="text-3xl font-bold leading-tight">
            <label htmlFor={fact}>{question}</label>
          </h1>
          <p id={`${fact}-hint`} className="text-slate-700">{hint}</p>
          {error ? <p id={`${fact}-error`} className="font-semibold text-red-700">{errorText}</p> : null}
          <input
            id={fact}
            name="value"
            type={definition.type === "date" ? "date" : "text"}
            inputMode={definition.type === "money_fen" ? "decimal" : definition.type === "integer" ? "numeric" : undefined}
            defaultValue={previous}
            aria-invalid={Boolean(error)}
            aria-describedby={describedBy}
            autoComplete="off"
            className={inputClass}
          />
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primary}>{t("screen.question.continue")}</button>
        <button type="submit" name="dontKnow" value="1" className={secondary}>{t("screen.question.dont_know")}</button>
      </div>
    </form>
  );
}
