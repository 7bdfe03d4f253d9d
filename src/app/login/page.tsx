import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { LoginForm } from "@/modules/identity/components/login-form";
import { getSessionUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("auth")).t("login.title") };
}

function safeNext(value: string | string[] | undefined): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (await getSessionUser()) redirect(safeNext(params.next));
  const { t } = await getT("auth");

  return (
    <>
      <PageHeading lead={t("login.lead")}>{t("login.title")}</PageHeading>
      <LoginForm
        next={safeNext(params.next)}
        labels={{ phone: t("fields.phone"), phoneHint: t("fields.phone_hint"), password: t("fields.password"), submit: t("login.submit"), errorTitle: t("error_title") }}
      />
      <p className="mt-6">
        {t("login.no_account")}{" "}
        <Link href="/register" className="font-semibold text-emerald-800 underline">
          {t("login.register_link")}
        </Link>
      </p>
      <p className="mt-2 text-slate-700">{t("login.station_help")}</p>
    </>
  );
}
