import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatIsoDate } from "@/i18n/format";

/** Splits a stored source ("url ; url ; citation") into link or text parts. */
export function sourceParts(source: string): { href: string | null; text: string }[] {
  return source
    .split(/\s+;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^https?:\/\/\S+$/.test(part) ? { href: part, text: part } : { href: null, text: part }));
}

export function UnverifiedBadge({ t }: { t: TFunction }) {
  return <span className="ml-1 inline-block rounded bg-amber-200 px-2 py-0.5 text-sm font-bold text-amber-950" data-unverified="true">{t("fact.unverified")}</span>;
}

/** Every fact's source one tap away: a details/summary with the verification date or an "unverified" label. */
export function FactSource({ source, verifiedOn, t, locale }: { source: string; verifiedOn: string | null; t: TFunction; locale: Locale }) {
  const parts = sourceParts(source);

  return (
    <details className="mt-1 text-sm">
      <summary className="min-h-8 cursor-pointer text-emerald-900 underline">
        {verifiedOn ? t("fact.source_verified", { date: formatIsoDate(verifiedOn, locale) }) : t("fact.source_unverified")}
      </summary>
      <ul className="mt-1 list-disc space-y-1 break-all pl-5 text-slate-700">
        {parts.map((part) => (
          <li key={part.text}>{part.href ? <a href={part.href} rel="noopener noreferrer" className="source-link text-emerald-900 underline">{part.text}</a> : part.text}</li>
        ))}
      </ul>
    </details>
  );
}
