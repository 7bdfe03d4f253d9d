import type { TFunction } from "i18next";
import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import type { TProgrammeOutcome } from "../schemas";
import { describeAmount, describeTrace } from "./describe";

/** One programme's result in plain words: amount and how it is worked out, or exactly why not, or what is missing. */
export function OutcomeCard({ outcome, t, locale, questionHref }: { outcome: TProgrammeOutcome; t: TFunction; locale: Locale; questionHref: (fact: string) => string }) {
  const texts = outcome.texts[locale];
  const unmet = outcome.criteria.filter((c) => c.status === "unmet");

  return (
    <li className="rounded border border-slate-300 bg-white p-4" data-programme={outcome.programmeId}>
      <h3 className="text-lg font-bold">{texts.name}</h3>
      <p className="mt-1 text-slate-700">{texts.summary}</p>
      {outcome.status === "eligible" ? (
        <>
          <p className="mt-2 text-lg font-bold text-emerald-900">{t("screen.result.amount", { amount: describeAmount(t, outcome.amount, outcome.benefit) })}</p>
          <p className="text-sm text-slate-700">{describeTrace(t, outcome, locale)}</p>
        </>
      ) : null}
      {outcome.status === "ineligible" ? (
        <div className="mt-2">
          <p className="font-semibold">{t("screen.result.why")}</p>
          <ul className="list-disc pl-5">
            {unmet.map((criterion) => (
              <li key={criterion.path} className="text-red-800">{t(criterion.message.key, criterion.message.params)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome.status === "unknown" ? (
        <p className="mt-2">
          {t("screen.result.needs", { facts: "" })}
          {outcome.missingFacts.map((fact, index) => (
            <span key={fact}>
              {index > 0 ? (locale === "en" ? ", " : "、") : null}
              <Link href={questionHref(fact)} className="text-emerald-800 underline">{t(`facts.${fact}.label`)}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-600">
        {t("screen.result.legal", { title: outcome.rule.legalRef.title })} · {t("screen.result.version", { version: outcome.version })}
      </p>
    </li>
  );
}
