import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { adminSummary, verifyAuditLog } from "@/modules/identity/service";
import { requireActor } from "@/server/session";

export default async function AdminPage() {
  const actor = await requireActor("/admin", "users.manage");
  const { t, locale } = await getT("identity");
  const [summary, chain] = await Promise.all([adminSummary(actor), verifyAuditLog(actor)]);

  return (
    <>
      <PageHeading lead={t("admin.lead")}>{t("admin.title")}</PageHeading>
      <h2 className="mb-2 text-xl font-bold">{t("admin.users")}</h2>
      <ul className="mb-6 list-disc pl-5">
        {Object.entries(summary.byRole).map(([role, count]) => (
          <li key={role}>{t(`common:roles.${role}`)}: {formatNumber(count, locale)}</li>
        ))}
      </ul>
      <p className="mb-4"><Link href="/admin/accounts" className="font-semibold text-emerald-800 underline">{t("admin.manage_accounts")}</Link></p>
      <p>{t("admin.counts", { counties: formatNumber(summary.counties, locale), stations: formatNumber(summary.stations, locale), subjects: formatNumber(summary.subjects, locale) })}</p>
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("admin.audit_title")}</h2>
      <p data-testid="audit-chain">
        {chain.ok ? t("admin.audit_ok", { count: formatNumber(chain.checked, locale) }) : t("admin.audit_broken", { seq: chain.brokenAtSeq })}
      </p>
    </>
  );
}
