import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { publishItemAction, retractItemAction } from "@/modules/market/actions";
import { ItemForm, toChinaLocalInput } from "@/modules/market/components/item-form";
import { itemState } from "@/modules/market/domain/kinds";
import { getItemForEdit } from "@/modules/market/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("market");

  return { title: t("form.title_edit") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; published?: string; retracted?: string }> };

export default async function EditItemPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/market/manage/${id}`, "market.publish");
  const { t } = await getT("market");
  const search = await searchParams;
  const { row, translation } = await withNotFound(getItemForEdit(actor, id));
  const state = itemState(row, new Date());
  const notice = search.published ? t("actions.published") : search.retracted ? t("actions.retracted") : search.saved ? t("actions.saved") : null;

  return (
    <>
      <PageHeading lead={t(`states.${state}`)}>{t("form.title_edit")}</PageHeading>
      {notice ? <p role="status" className="mb-4 rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">{notice}</p> : null}
      <p className="mb-4"><Link href={`/market/${row.id}`} className="text-emerald-800 underline">{row.title}</Link></p>
      {row.status === "draft" ? (
        <ActionForm action={publishItemAction} errorTitle={t("actions.error_title")} fieldLabels={{}} className="mb-6">
          <input type="hidden" name="itemId" value={row.id} />
          <SubmitButton>{t("actions.publish")}</SubmitButton>
        </ActionForm>
      ) : null}
      {row.status !== "retracted" ? (
        <>
          <ItemForm
            values={{
              id: row.id,
              kind: row.kind,
              urgent: row.urgent,
              language: row.language,
              title: row.title,
              summary: row.summary,
              body: row.body,
              translationTitle: translation?.title,
              translationSummary: translation?.summary,
              translationBody: translation?.body,
              products: row.products.map((p) => p.code),
              countries: row.countries.map((c) => c.iso),
              sourceName: row.sourceName,
              sourceUrl: row.sourceUrl ?? undefined,
              sourceRef: row.sourceRef ?? undefined,
              publishedAt: toChinaLocalInput(row.publishedAt),
              expiresAt: toChinaLocalInput(row.expiresAt),
            }}
          />
          <section aria-labelledby="retract" className="mt-8 rounded border-2 border-red-800 bg-white p-4">
            <h2 id="retract" className="text-xl font-bold">{t("actions.retract")}</h2>
            <ActionForm action={retractItemAction} errorTitle={t("actions.error_title")} fieldLabels={{ reason: t("actions.retract_reason") }}>
              <input type="hidden" name="itemId" value={row.id} />
              <TextField name="reason" label={t("actions.retract_reason")} hint={t("actions.retract_hint")} maxLength={500} />
              <SubmitButton>{t("actions.retract")}</SubmitButton>
            </ActionForm>
          </section>
        </>
      ) : null}
    </>
  );
}
