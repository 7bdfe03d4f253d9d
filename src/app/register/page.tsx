import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { RegisterForm } from "@/modules/identity/components/register-form";
import { countyOptions } from "@/modules/identity/county-options";
import { getSessionUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("auth")).t("register.title") };
}

export default async function RegisterPage() {
  if (await getSessionUser()) redirect("/");
  const { t, locale } = await getT("auth");

  return (
    <>
      <PageHeading lead={t("register.lead")}>{t("register.title")}</PageHeading>
      <RegisterForm
        counties={await countyOptions(locale)}
        labels={{
          phone: t("fields.phone"),
          phoneHint: t("fields.phone_hint"),
          name: t("fields.name"),
          password: t("fields.password"),
          passwordHint: t("fields.password_hint_applicant"),
          county: t("fields.county"),
          countyPlaceholder: t("fields.county_placeholder"),
          submit: t("register.submit"),
          errorTitle: t("error_title"),
        }}
      />
      <p className="mt-6">
        {t("register.have_account")}{" "}
        <Link href="/login" className="font-semibold text-emerald-800 underline">
          {t("register.login_link")}
        </Link>
      </p>
    </>
  );
}
