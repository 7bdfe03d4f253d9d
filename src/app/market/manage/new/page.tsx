import type { Metadata } from "next";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { ItemForm } from "@/modules/market/components/item-form";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("market");

  return { title: t("form.title_new") };
}

export default async function NewItemPage() {
  await requireActor("/market/manage/new", "market.publish");
  const { t } = await getT("market");

  return (
    <>
      <PageHeading>{t("form.title_new")}</PageHeading>
      <ItemForm />
    </>
  );
}
