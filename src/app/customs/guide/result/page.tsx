import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { ChecklistSection, CalculatorLink, FxSection, ModesSection, NotesSection, ReliefSection, TariffSection } from "@/modules/customs/components/guidance-result";
import { PrintButton } from "@/modules/customs/components/print-button";
import { buildGuidance } from "@/modules/customs/service";
import { answersBefore, readAnswers, toQuery, volumeErrors } from "@/modules/customs/wizard";
import { env } from "@/server/env";
import { isAppError } from "@/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("customs");

  return { title: t("result.title_short") };
}

export default async function GuideResultPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t, locale } = await getT("customs");
  const answers = readAnswers(await searchParams);
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
      <ChecklistSection g={g} t={t} locale={locale} />
      <TariffSection g={g} t={t} locale={locale} />
      <ReliefSection g={g} t={t} locale={locale} />
      <FxSection g={g} t={t} locale={locale} />
      <NotesSection g={g} t={t} locale={locale} />
    </div>
  );
}
