import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { listItemsForOfficials } from "@/modules/market/service";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("market");

  return { title: t("manage.title") };
}

const STATUSES = ["draft", "published", "retracted"] as const;

export default async function ManageMarketPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const actor = await requireActor("/market/manage", "market.publish");
  const { t, locale } = await getT("market");
  const search = await searchParams;
  const { items, page, pages } = await listItemsForOfficials(actor, search.status, Number(search.page ?? 1), locale);
  const href = (p: number) => `/market/manage?${new URLSearchParams({ ...(search.status ? { status: search.status } : {}), page: String(p) }).toString()}`;

  return (
    <>
      <PageHeading lead={t("manage.lead")}>{t("manage.title")}</PageHeading>
      <p className="mb-4 flex flex-wrap gap-3">
        <Link href="/market/manage/new" className="min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("manage.new")}</Link>
        <Link href="/market/sources" className="min-h-12 rounded border-2 border-emerald-800 px-5 py-3 font-bold text-emerald-900">{t("manage.sources")}</Link>
      </p>
      <nav aria-label={t("manage.filter")} className="mb-4 flex flex-wrap gap-3">
        <Link href="/market/manage" aria-current={!search.status ? "page" : undefined} className="underline">{t("manage.all")}</Link>
        {STATUSES.map((s) => <Link key={s} href={`/market/manage?status=${s}`} aria-current={search.status === s ? "page" : undefined} className="underline">{t(`states.${s}`)}</Link>)}
      </nav>
      {items.length === 0 ? <p>{t("manage.empty")}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <thead>
              <tr>
                <th scope="col" className="border p-2">{t("manage.columns.title")}</th>
                <th scope="col" className="border p-2">{t("manage.columns.kind")}</th>
                <th scope="col" className="border p-2">{t("manage.columns.state")}</th>
                <th scope="col" className="border p-2">{t("manage.columns.published")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td className="border p-2"><Link href={`/market/manage/${item.id}`} className="text-emerald-800 underline">{item.title}</Link>{item.urgent ? ` (${t("urgent")})` : ""}</td>
                  <td className="border p-2">{t(`kinds.${item.kind}`)}</td>
                  <td className="border p-2">{t(`states.${item.state}`)}</td>
                  <td className="border p-2">{formatDateTime(item.publishedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("manage.pages")} className="mt-4 flex gap-4">
          {page > 1 ? <Link href={href(page - 1)} className="underline">{t("manage.previous")}</Link> : null}
          <span>{t("manage.page", { page, pages })}</span>
          {page < pages ? <Link href={href(page + 1)} className="underline">{t("manage.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
