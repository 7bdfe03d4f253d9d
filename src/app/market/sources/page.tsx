import type { Metadata } from "next";
import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { fetchSourceNowAction, registerSourceAction, toggleSourceAction } from "@/modules/market/actions";
import { CheckboxField, CheckboxGroup } from "@/modules/market/components/fields";
import { countryOptions, productOptions } from "@/modules/market/components/labels";
import { MARKET_KINDS } from "@/modules/market/domain/kinds";
import { listFeedSources } from "@/modules/market/service";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("market");

  return { title: t("sources.title") };
}

export default async function SourcesPage() {
  const actor = await requireActor("/market/sources", "market.publish");
  const { t, locale } = await getT("market");
  const sources = await listFeedSources(actor);

  return (
    <>
      <PageHeading lead={t("sources.lead")}>{t("sources.title")}</PageHeading>
      {sources.length === 0 ? <p className="mb-6">{t("sources.empty")}</p> : (
        <ul className="mb-8 space-y-4">
          {sources.map((s) => (
            <li key={s.id} className="rounded border-2 border-slate-300 bg-white p-4">
              <h2 className="text-lg font-bold">{s.name}</h2>
              <p className="break-all text-sm text-slate-700">{s.url}</p>
              <p className="mt-1 text-sm">
                {s.active ? t("sources.active") : t("sources.paused")} · {s.trusted ? t("sources.trusted_yes") : t("sources.trusted_no")} · {t(`kinds.${s.defaultKind}`)}
              </p>
              <p className="mt-1 text-sm">{s.lastFetchedAt ? t("sources.last", { date: formatDateTime(s.lastFetchedAt, locale) }) : t("sources.never")}</p>
              {s.lastStatus === "error" && s.lastError ? <p className="mt-1 font-semibold text-red-800">{t("sources.error", { error: s.lastError })}</p> : null}
              {s.logs.length ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">{t("sources.log")}</summary>
                  <ul className="mt-1 list-disc pl-5 text-sm">
                    {s.logs.map((log) => (
                      <li key={log.id}>
                        {t("sources.log_line", { date: formatDateTime(log.at, locale), status: t(`sources.status.${log.status}`), entries: log.entries, created: log.created, duplicate: log.duplicate })}
                        {log.error ? ` — ${log.error}` : ""}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <div className="mt-3 flex flex-wrap items-start gap-3">
                <ActionForm action={fetchSourceNowAction} errorTitle={t("sources.error_title")} fieldLabels={{}} className="space-y-2">
                  <input type="hidden" name="sourceId" value={s.id} />
                  <SubmitButton>{t("sources.fetch_now")}</SubmitButton>
                </ActionForm>
                <form action={toggleSourceAction}>
                  <input type="hidden" name="sourceId" value={s.id} />
                  <input type="hidden" name="active" value={s.active ? "0" : "1"} />
                  <button type="submit" className="min-h-12 rounded border-2 border-emerald-800 px-4 py-2 font-semibold text-emerald-900">{s.active ? t("sources.pause") : t("sources.resume")}</button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="register-source">
        <h2 id="register-source" className="mb-3 text-xl font-bold">{t("sources.register")}</h2>
        <ActionForm action={registerSourceAction} errorTitle={t("sources.error_title")} fieldLabels={{ name: t("sources.name"), url: t("sources.url"), language: t("sources.language"), defaultKind: t("sources.default_kind"), defaultProducts: t("sources.default_products"), defaultCountries: t("sources.default_countries") }} className="space-y-5 rounded border border-slate-300 bg-white p-4">
          <TextField name="name" label={t("sources.name")} maxLength={120} />
          <TextField name="url" label={t("sources.url")} maxLength={1000} />
          <SelectField name="language" label={t("sources.language")} options={[{ value: "zh-CN", label: t("form.languages.zh-CN") }, { value: "en", label: t("form.languages.en") }]} defaultValue={locale} />
          <SelectField name="defaultKind" label={t("sources.default_kind")} options={MARKET_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} defaultValue="demand" />
          <CheckboxField name="trusted" label={t("sources.trusted")} />
          <CheckboxGroup name="defaultProducts" legend={t("sources.default_products")} options={productOptions(locale)} checked={[]} />
          <CheckboxGroup name="defaultCountries" legend={t("sources.default_countries")} options={countryOptions(locale)} checked={[]} />
          <SubmitButton>{t("sources.register")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
