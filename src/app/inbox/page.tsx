import type { Metadata } from "next";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { InboxList } from "@/modules/notifications/components/inbox-list";
import { listInbox } from "@/modules/notifications/service";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("notifications");

  return { title: t("inbox.title") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor("/inbox");
  const { t, locale } = await getT("notifications");
  const { entries, page, pages } = await listInbox(actor, Number((await searchParams).page ?? 1), locale);

  return (
    <>
      <PageHeading lead={t("inbox.lead")}>{t("inbox.title")}</PageHeading>
      <InboxList entries={entries} page={page} pages={pages} />
    </>
  );
}
