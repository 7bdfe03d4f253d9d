import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { createFeedTokenAction, revokeFeedTokenAction, saveFollowsAction } from "@/modules/market/actions";
import { CheckboxGroup, CreatedFeedUrl } from "@/modules/market/components/fields";
import { countryOptions, productOptions } from "@/modules/market/components/labels";
import { getMyFollows, hasFeedToken } from "@/modules/market/service";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("market");

  return { title: t("follow.title") };
}

async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");

  return `${proto}://${host}`;
}

export default async function FollowPage({ searchParams }: { searchParams: Promise<{ saved?: string; revoked?: string }> }) {
  const actor = await requireActor("/market/follow", "market.read");
  const { t, locale } = await getT("market");
  const search = await searchParams;
  const follows = await getMyFollows(actor);
  const token = actor.actingFor ? null : await hasFeedToken(actor);
  const origin = await siteOrigin();

  return (
    <>
      <PageHeading lead={t("follow.lead")}>{t("follow.title")}</PageHeading>
      {search.saved ? <p role="status" className="mb-4 rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">{t("follow.saved")}</p> : null}
      {actor.actingFor ? <p className="mb-4 rounded bg-amber-100 p-3">{t("follow.acting")}</p> : null}
      <p className="mb-4">{t(`follow.origin_${follows.origin}`)}</p>
      <ActionForm action={saveFollowsAction} errorTitle={t("follow.error_title")} fieldLabels={{ products: t("follow.products"), countries: t("follow.countries") }} className="space-y-6 rounded border border-slate-300 bg-white p-4">
        <CheckboxGroup name="products" legend={t("follow.products")} options={productOptions(locale)} checked={follows.products} />
        <CheckboxGroup name="countries" legend={t("follow.countries")} hint={t("follow.countries_hint")} options={countryOptions(locale)} checked={follows.countries} />
        <SubmitButton>{t("follow.save")}</SubmitButton>
      </ActionForm>

      <section aria-labelledby="feed" className="mt-8 space-y-3">
        <h2 id="feed" className="text-xl font-bold">{t("feed.title")}</h2>
        <p>{t("feed.lead")}</p>
        {search.revoked ? <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">{t("feed.revoked")}</p> : null}
        {token === null ? <p>{t("feed.acting")}</p> : (
          <>
            <p>{token.active && token.createdAt ? t("feed.active", { date: formatDateTime(token.createdAt, locale) }) : t("feed.none")}</p>
            <ActionForm action={createFeedTokenAction} errorTitle={t("follow.error_title")} fieldLabels={{}} className="space-y-3">
              <CreatedFeedUrl baseUrl={origin} />
              <SubmitButton>{token.active ? t("feed.replace") : t("feed.create")}</SubmitButton>
            </ActionForm>
            {token.active ? (
              <form action={revokeFeedTokenAction}>
                <button type="submit" className="min-h-11 rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-800">{t("feed.revoke")}</button>
              </form>
            ) : null}
          </>
        )}
        <p className="mt-4">{t("feed.public")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {follows.products.map((code) => (
            <li key={code}><Link href={`/api/v1/market/feeds/product/${code}.atom`} className="break-all text-emerald-800 underline">{`${origin}/api/v1/market/feeds/product/${code}.atom`}</Link></li>
          ))}
          {follows.countries.map((iso) => (
            <li key={iso}><Link href={`/api/v1/market/feeds/country/${iso}.atom`} className="break-all text-emerald-800 underline">{`${origin}/api/v1/market/feeds/country/${iso}.atom`}</Link></li>
          ))}
        </ul>
      </section>
    </>
  );
}
