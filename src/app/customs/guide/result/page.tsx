import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { ChecklistSection, CalculatorLink, FxSection, ModesSection, NotesSection, ReliefSection, TariffSection, type HoldingsView } from "@/modules/customs/components/guidance-result";
import { PrintButton } from "@/modules/customs/components/print-button";
import { buildGuidance, checklistHoldings, listHoldingSubjects, type Guidance } from "@/modules/customs/service";
import { answersBefore, readAnswers, readSubjectParam, toQuery, volumeErrors } from "@/modules/customs/wizard";
import type { Actor } from "@/server/actor";
import { env } from "@/server/env";
import { isAppError } from "@/server/errors";
import { getActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("customs");

  return { title: t("result.title_short") };
}

/**
 * The reader's own documents against the checklist. The subject in the URL only counts when the
 * reader may use it; anyone else opening the link sees the plain checklist, so a shared or
 * printed link never shows another person's documents.
 */
async function holdingsFor(actor: Actor | null, g: Guidance, requested: string | undefined, answers: [string, string][]): Promise<HoldingsView> {
  const here = `/customs/guide/result?${toQuery(answers)}`;
  if (!actor) return { kind: "anonymous", loginHref: `/login?next=${encodeURIComponent(here)}` };
  const subjects = await listHoldingSubjects(actor);
  if (subjects.length === 0) {
    if (actor.role === "applicant" || actor.actingFor) return { kind: "no_subjects" };

    return actor.role === "station_staff" ? { kind: "staff" } : { kind: "none" };
  }
  const chosen = subjects.find((s) => s.id === requested) ?? (subjects.length === 1 ? subjects[0]! : null);
  const marks = chosen ? await checklistHoldings(actor, g.checklist, chosen.id, g.today) : null;
  const vaultBack = chosen ? `${here}&${toQuery([["subject", chosen.id]])}#checklist` : here;

  return { kind: "subjects", subjects, chosen, marks, answers, vaultBack };
}

export default async function GuideResultPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t, locale } = await getT("customs");
  const params = await searchParams;
  const answers = readAnswers(params);
  const volumeOk = Object.keys(volumeErrors(answers)).length === 0;
  const guidance = await buildGuidance({
    product: answers.product ?? "",
    destination: answers.destination ?? "",
    channel: answers.channel ?? "",
    quantity: volumeOk && answers.quantity ? Number(answers.quantity) : null,
    unitPrice: volumeOk ? answers.unitPrice : null,
    currency: volumeOk ? answers.currency : null,
  }).catch((error: unknown) => {
    // A hand-edited or outdated link goes back to the first question it does not answer.
    if (isAppError(error)) redirect(`/customs/guide?${toQuery(answersBefore(answers, "result"))}`);
    throw error;
  });
  const g = guidance;
  const query = toQuery(answersBefore(answers, "result"));
  // The portal's own public address when configured; the Host header is only a fallback.
  const host = (await headers()).get("host");
  const base = env().NEXTAUTH_URL?.replace(/\/$/, "") ?? (host ? `http://${host}` : "");
  const shareUrl = `${base}/customs/guide/result?${query}`;
  const productName = locale === "en" ? g.product.nameEn : g.product.nameZh;
  const destinationName = locale === "en" ? g.destination.nameEn : g.destination.nameZh;
  const change = (step: "product" | "destination" | "channel" | "volume") => `/customs/guide?${toQuery(answersBefore(answers, step))}`;
  const calculator = `/customs/calculator?${new URLSearchParams({ product: g.product.id, destination: g.destination.id, ...(answers.quantity ? { quantity: answers.quantity } : {}), ...(answers.unitPrice ? { unitPrice: answers.unitPrice } : {}), ...(answers.currency ? { currency: answers.currency } : {}) }).toString()}`;

  return (
    <div className="customs-result">
      <PageHeading lead={t("result.lead")}>{t("result.title", { product: productName, destination: destinationName })}</PageHeading>
      <div className="no-print mb-4 flex flex-wrap gap-3">
        <PrintButton label={t("result.print")} />
        <CalculatorLink href={calculator} t={t} />
      </div>
      <div className="no-print mb-4 space-y-1">
        <label htmlFor="share" className="block font-semibold">{t("result.share")}</label>
        <input id="share" readOnly value={shareUrl} className="block w-full rounded border-2 border-slate-400 bg-white px-3 py-2 text-sm" />
      </div>
      <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("result.unverified_legend")}</p>
      <section aria-labelledby="answers">
        <h2 id="answers" className="text-xl font-bold">{t("result.answers")}</h2>
        <dl className="mt-2 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
          {[
            ["product", productName, "product"],
            ["destination", destinationName, "destination"],
            ["channel", t(`channels.${g.channel}.label`), "channel"],
            ["volume", answers.quantity && volumeOk ? t("result.volume_value", { quantity: answers.quantity, price: answers.unitPrice, currency: answers.currency }) : t("result.volume_none"), "volume"],
          ].map(([key, value, step]) => (
            <div key={key} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
              <dt className="font-semibold">{t(`result.answer.${key}`)}</dt>
              <dd className="flex-1">{value}</dd>
              <dd className="no-print"><Link href={change(step as "product")} className="text-emerald-900 underline">{t("result.change")}<span className="sr-only"> {t(`result.answer.${key}`)}</span></Link></dd>
            </div>
          ))}
        </dl>
      </section>
      <ModesSection g={g} t={t} locale={locale} />
      <ChecklistSection g={g} t={t} locale={locale} holdings={await holdingsFor(await getActor(), g, readSubjectParam(params), answersBefore(answers, "result"))} />
      <TariffSection g={g} t={t} locale={locale} />
      <ReliefSection g={g} t={t} locale={locale} />
      <FxSection g={g} t={t} locale={locale} />
      <NotesSection g={g} t={t} locale={locale} />
    </div>
  );
}
