import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getT } from "@/i18n/server";
import { ChoiceList, ErrorSummaryStatic } from "@/modules/customs/components/choice-list";
import { CHANNELS } from "@/modules/customs/domain/guidance";
import { CURRENCIES } from "@/modules/customs/domain/rates";
import { listDestinationFacts, listProductFacts } from "@/modules/customs/service";
import { WIZARD_STEPS, answersBefore, currentStep, readAnswers, toQuery, volumeErrors } from "@/modules/customs/wizard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("customs");

  return { title: t("guide.title") };
}

const input = "block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-lg focus:outline-none focus:ring-4 focus:ring-amber-400";

export default async function GuidePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t: tc } = await getT("common");
  const { t, locale } = await getT("customs");
  const answers = readAnswers(await searchParams);
  const [products, destinations] = await Promise.all([listProductFacts(), listDestinationFacts()]);
  const step = currentStep(answers, { products: products.map((p) => p.id), destinations: destinations.map((d) => d.id) });
  if (step === null) redirect(`/customs/guide/result?${toQuery(answersBefore(answers, "result"))}`);
  const { t: te } = await getT("errors");
  const name = (row: { nameZh: string; nameEn: string }) => (locale === "en" ? row.nameEn : row.nameZh);
  const hidden = answersBefore(answers, step);
  const index = WIZARD_STEPS.indexOf(step);
  const back = index > 0 ? `/customs/guide?${toQuery(answersBefore(answers, WIZARD_STEPS[index - 1]!))}` : "/customs";
  const submitted = answers.step === step;
  const vErrors = step === "volume" && submitted ? volumeErrors(answers) : {};
  const errors = step === "volume" ? Object.entries(vErrors).map(([field, key]) => ({ field, message: te(key) })) : submitted ? [{ field: step, message: t(`guide.${step}.error`) }] : [];
  const destination = destinations.find((d) => d.id === answers.destination);

  return (
    <>
      <Link href={back} className="no-print mb-4 inline-block min-h-11 py-2 text-emerald-900 underline">{t("guide.back")}</Link>
      <p className="text-slate-700">{t("guide.progress", { step: index + 1, total: WIZARD_STEPS.length })}</p>
      <ErrorSummaryStatic title={tc("error_title")} errors={errors} />
      <form method="get" action="/customs/guide" className="space-y-6" noValidate>
        {hidden.map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />)}
        <input type="hidden" name="step" value={step} />
        {step === "product" ? (
          <ChoiceList name="product" legend={t("guide.product.question")} hint={t("guide.product.hint")} value={answers.product} error={errors[0]?.message} options={products.map((p) => ({ value: p.id, label: name(p), hint: t(`categories.${p.category}`) }))} />
        ) : null}
        {step === "destination" ? (
          <ChoiceList name="destination" legend={t("guide.destination.question")} value={answers.destination} error={errors[0]?.message} options={destinations.map((d) => ({ value: d.id, label: name(d), hint: d.rcepMember ? t("guide.destination.rcep") : undefined }))} />
        ) : null}
        {step === "channel" ? (
          <ChoiceList name="channel" legend={t("guide.channel.question")} value={answers.channel} error={errors[0]?.message} options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}.label`), hint: t(`channels.${c}.hint`) }))} />
        ) : null}
        {step === "volume" ? (
          <fieldset className="space-y-4">
            <legend className="mb-2 text-2xl font-bold">{t("guide.volume.question")}</legend>
            <p id="volume-hint" className="text-slate-700">{t("guide.volume.hint")}</p>
            <div className="space-y-1">
              <label htmlFor="quantity" className="block font-semibold">{t("guide.volume.quantity")}</label>
              {vErrors.quantity ? <p id="quantity-error" className="font-semibold text-red-700">{te(vErrors.quantity)}</p> : null}
              <input id="quantity" name="quantity" inputMode="numeric" defaultValue={answers.quantity} aria-invalid={Boolean(vErrors.quantity)} aria-describedby={vErrors.quantity ? "quantity-error" : "volume-hint"} className={input} />
            </div>
            <div className="space-y-1">
              <label htmlFor="unitPrice" className="block font-semibold">{t("guide.volume.price")}</label>
              {vErrors.unitPrice ? <p id="unitPrice-error" className="font-semibold text-red-700">{te(vErrors.unitPrice)}</p> : null}
              <input id="unitPrice" name="unitPrice" inputMode="decimal" defaultValue={answers.unitPrice} aria-invalid={Boolean(vErrors.unitPrice)} aria-describedby={vErrors.unitPrice ? "unitPrice-error" : undefined} className={input} />
            </div>
            <div className="space-y-1">
              <label htmlFor="currency" className="block font-semibold">{t("guide.volume.currency")}</label>
              {vErrors.currency ? <p id="currency-error" className="font-semibold text-red-700">{te(vErrors.currency)}</p> : null}
              <select id="currency" name="currency" defaultValue={answers.currency ?? destination?.currency ?? "CNY"} className={input}>
                {CURRENCIES.map((c) => <option key={c} value={c}>{t(`currencies.${c}`)}</option>)}
              </select>
            </div>
          </fieldset>
        ) : null}
        <button type="submit" className="min-h-12 rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
          {step === "volume" ? t("guide.show_result") : t("guide.continue")}
        </button>
      </form>
    </>
  );
}
