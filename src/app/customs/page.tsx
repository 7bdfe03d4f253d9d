import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { actorCan } from "@/server/actor";
import { getActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("customs");

  return { title: t("landing.title") };
}

const card = "block rounded border-2 border-emerald-800 bg-white p-4 hover:bg-emerald-50";

export default async function CustomsPage() {
  const { t } = await getT("customs");
  const actor = await getActor();

  return (
    <>
      <PageHeading lead={t("landing.lead")}>{t("landing.title")}</PageHeading>
      <ul className="space-y-3">
        <li>
          <Link href="/customs/guide" className={card}>
            <span className="block text-xl font-bold text-emerald-900 underline">{t("landing.guide")}</span>
            <span className="mt-1 block text-slate-700">{t("landing.guide_body")}</span>
          </Link>
        </li>
        <li>
          <Link href="/customs/calculator" className={card}>
            <span className="block text-xl font-bold text-emerald-900 underline">{t("landing.calculator")}</span>
            <span className="mt-1 block text-slate-700">{t("landing.calculator_body")}</span>
          </Link>
        </li>
        {actor && actorCan(actor, "reference.manage") ? (
          <li>
            <Link href="/customs/reference" className={card}>
              <span className="block text-xl font-bold text-emerald-900 underline">{t("landing.reference")}</span>
              <span className="mt-1 block text-slate-700">{t("landing.reference_body")}</span>
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="mt-6 text-slate-700">{t("landing.sources")}</p>
    </>
  );
}
