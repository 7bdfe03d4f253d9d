import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { getT } from "@/i18n/server";
import { saveFactAction } from "@/modules/applications/actions";
import { FactQuestion } from "@/modules/applications/components/fact-question";
import { linkClass } from "@/modules/applications/components/ui";
import { answerToText } from "@/modules/applications/domain/answers";
import { getApplication } from "@/modules/applications/service";
import { FACT_CATALOGUE, collectVersionFacts, isFactKey } from "@/modules/subsidy/domain";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** One question per page; the answer is saved as soon as it is sent, so a dropped connection loses nothing. */
export default async function FactPage({ params, searchParams }: { params: Promise<{ id: string; fact: string }>; searchParams: Promise<{ from?: string }> }) {
  const { id, fact } = await params;
  const { from } = await searchParams;
  const actor = await requireActor(`/applications/${id}/facts/${fact}`, "subsidy.apply");
  const application = await withNotFound(getApplication(actor, id));
  const required = collectVersionFacts(application.version);
  if (!isFactKey(fact) || !required.includes(fact)) notFound();
  const { t } = await getT("applications");
  const { t: ts } = await getT("subsidy");
  const definition = FACT_CATALOGUE[fact];
  const options =
    definition.type === "boolean"
      ? [{ value: "yes", label: t("facts_page.yes") }, { value: "no", label: t("facts_page.no") }]
      : "allowedValues" in definition
        ? definition.allowedValues.map((value) => ({ value, label: ts(`facts.${fact}.options.${value}`) }))
        : [];
  const hint = definition.type === "money_fen" ? t("facts_page.hint_money") : definition.type === "date" ? t("facts_page.hint_date") : definition.type === "integer" ? t("facts_page.hint_integer") : undefined;
  const position = required.indexOf(fact) + 1;

  return (
    <>
      <p className="mb-2"><Link href={`/applications/${id}`} className={linkClass}>{t("form.back_to_tasks")}</Link></p>
      <p className="mb-2 text-slate-700">{t("facts_page.progress", { n: position, total: required.length })}</p>
      <ActionForm action={saveFactAction} errorTitle={t("form.error_title")} fieldLabels={{ answer: ts(`facts.${fact}.label`) }}>
        <input type="hidden" name="applicationId" value={id} />
        <input type="hidden" name="fact" value={fact} />
        {from === "check" ? <input type="hidden" name="returnTo" value="check" /> : null}
        <FactQuestion fact={fact} question={ts(`facts.${fact}.question`)} hint={hint} current={answerToText(fact, application.facts[fact])} options={options} />
        <SubmitButton>{t("form.save_continue")}</SubmitButton>
      </ActionForm>
    </>
  );
}
