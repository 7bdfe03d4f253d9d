import { ActionForm, SelectField, TextField } from "@/components/form/action-form";
import { getT } from "@/i18n/server";
import { createItemAction, updateItemAction } from "../actions";
import { MARKET_KINDS } from "../domain/kinds";
import { CheckboxField, CheckboxGroup, TextAreaField } from "./fields";
import { countryOptions, productOptions } from "./labels";

export type ItemFormValues = {
  id?: string;
  kind?: string;
  urgent?: boolean;
  language?: string;
  title?: string;
  summary?: string;
  body?: string;
  translationTitle?: string;
  translationSummary?: string;
  translationBody?: string;
  products?: string[];
  countries?: string[];
  sourceName?: string;
  sourceUrl?: string;
  sourceRef?: string;
  publishedAt?: string;
  expiresAt?: string;
  status?: string;
};

/** "YYYY-MM-DDTHH:mm" in Beijing time, for <input type="datetime-local">. */
export function toChinaLocalInput(date: Date | null | undefined): string {
  if (!date) return "";

  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

const button = "min-h-12 rounded px-6 py-3 text-lg font-bold focus:outline-none focus:ring-4 focus:ring-amber-400";

export async function ItemForm({ values = {} }: { values?: ItemFormValues }) {
  const { t, locale } = await getT("market");
  const editing = Boolean(values.id);
  const labels: Record<string, string> = {
    kind: t("form.kind"), language: t("form.language"), title: t("form.title"), summary: t("form.summary"), body: t("form.body"),
    translationTitle: t("form.translation_title"), translationSummary: t("form.translation_summary"), translationBody: t("form.translation_body"),
    products: t("form.products"), countries: t("form.countries"), sourceName: t("form.source_name"), sourceUrl: t("form.source_url"), sourceRef: t("form.source_ref"),
    publishedAt: t("form.published_at"), expiresAt: t("form.expires_at"),
  };

  return (
    <ActionForm action={editing ? updateItemAction : createItemAction} errorTitle={t("form.error_title")} fieldLabels={labels} className="space-y-5 rounded border border-slate-300 bg-white p-4">
      {values.id ? <input type="hidden" name="itemId" value={values.id} /> : null}
      <SelectField name="kind" label={labels.kind!} options={MARKET_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} defaultValue={values.kind ?? "alert"} />
      <CheckboxField name="urgent" label={t("form.urgent")} defaultChecked={values.urgent} />
      <SelectField name="language" label={labels.language!} options={[{ value: "zh-CN", label: t("form.languages.zh-CN") }, { value: "en", label: t("form.languages.en") }]} defaultValue={values.language ?? locale} />
      <TextField name="title" label={labels.title!} defaultValue={values.title} maxLength={200} />
      <TextField name="summary" label={labels.summary!} hint={t("form.summary_hint")} defaultValue={values.summary} maxLength={500} />
      <TextAreaField name="body" label={labels.body!} hint={t("form.body_hint")} defaultValue={values.body} />
      <CheckboxGroup name="products" legend={labels.products!} options={productOptions(locale)} checked={values.products ?? []} />
      <CheckboxGroup name="countries" legend={labels.countries!} options={countryOptions(locale)} checked={values.countries ?? []} />
      <TextField name="sourceName" label={labels.sourceName!} defaultValue={values.sourceName} maxLength={200} />
      <TextField name="sourceUrl" label={labels.sourceUrl!} defaultValue={values.sourceUrl} maxLength={1000} />
      <TextField name="sourceRef" label={labels.sourceRef!} defaultValue={values.sourceRef} maxLength={200} />
      <div className="space-y-1">
        <label htmlFor="publishedAt" className="block font-semibold">{labels.publishedAt}</label>
        <input id="publishedAt" name="publishedAt" type="datetime-local" defaultValue={values.publishedAt} className="block w-full rounded border-2 border-slate-700 bg-white px-3 py-2" />
      </div>
      <div className="space-y-1">
        <label htmlFor="expiresAt" className="block font-semibold">{labels.expiresAt}</label>
        <input id="expiresAt" name="expiresAt" type="datetime-local" defaultValue={values.expiresAt} className="block w-full rounded border-2 border-slate-700 bg-white px-3 py-2" />
      </div>
      <details className="rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">{t("form.translation")}</summary>
        <div className="mt-3 space-y-4">
          <TextField name="translationTitle" label={labels.translationTitle!} defaultValue={values.translationTitle} maxLength={200} />
          <TextField name="translationSummary" label={labels.translationSummary!} defaultValue={values.translationSummary} maxLength={500} />
          <TextAreaField name="translationBody" label={labels.translationBody!} defaultValue={values.translationBody} rows={6} />
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        {editing ? (
          <button type="submit" className={`${button} bg-emerald-800 text-white`}>{t("form.save")}</button>
        ) : (
          <>
            <button type="submit" name="intent" value="publish" className={`${button} bg-emerald-800 text-white`}>{t("form.publish")}</button>
            <button type="submit" name="intent" value="draft" className={`${button} border-2 border-emerald-800 text-emerald-900`}>{t("form.save_draft")}</button>
          </>
        )}
      </div>
    </ActionForm>
  );
}
