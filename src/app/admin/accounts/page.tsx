import Link from "next/link";
import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/form/action-form";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate, todayIsoInChina } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { createStaffAccountAction, setStaffAccountDisabledAction } from "@/modules/identity/actions";
import { STAFF_ACCOUNT_ROLES } from "@/modules/identity/schemas";
import { listStaffAccounts, staffAccountOptions } from "@/modules/identity/service";
import { requireActor } from "@/server/session";
import { DataTable } from "@/components/table/data-table";

export default async function StaffAccountsPage({ searchParams }: { searchParams: Promise<{ created?: string; updated?: string; reset?: string }> }) {
  const actor = await requireActor("/admin/accounts", "users.manage");
  const { t, locale } = await getT("identity");
  const [accounts, options, query] = await Promise.all([listStaffAccounts(actor), staffAccountOptions(actor), searchParams]);
  const zh = locale !== "en";
  const resetFor = query.reset ? accounts.find((a) => a.id === query.reset) : undefined;
  const scope = (account: (typeof accounts)[number]) =>
    account.stationName ? (zh ? account.stationName.zh : account.stationName.en) : account.prefectureCode ? t("admin.scope_prefecture", { code: account.prefectureCode }) : t("admin.scope_none");

  return (
    <>
      <PageHeading lead={t("admin.accounts_lead")}>{t("admin.accounts_title")}</PageHeading>
      {query.created ? <Notice>{t("admin.account_created", { name: query.created })}</Notice> : null}
      {query.updated ? <Notice>{t("admin.account_updated")}</Notice> : null}
      {resetFor ? <Notice>{t("admin.password_reset_done", { name: resetFor.name })}</Notice> : null}
      <DataTable columns={[t("admin.account_name"), t("admin.account_role"), t("admin.account_phone"), t("admin.account_scope"), t("admin.account_status"), <span key="actions" className="sr-only">{t("admin.reset_password")}</span>]} testId="staff-accounts" className="mb-8">
        {accounts.map((account) => (
          <tr key={account.id} className="border-b border-slate-200 align-top">
            <td className="p-2">{account.name}{account.isDemo ? <span className="block text-sm text-slate-600">{t("admin.demo")}</span> : null}</td>
            <td className="p-2">{t(`common:roles.${account.role}`)}</td>
            <td className="p-2 font-mono">{account.phoneMasked ?? "—"}</td>
            <td className="p-2">{scope(account)}<span className="block text-sm text-slate-600">{formatIsoDate(todayIsoInChina(account.createdAt), locale)}</span></td>
            <td className="p-2">{account.disabled ? t("admin.status_disabled") : t("admin.status_active")}</td>
            <td className="p-2">
              {account.id === actor.userId ? null : (
                <div className="flex flex-wrap gap-2">
                  <ActionForm action={setStaffAccountDisabledAction} errorTitle={t("common:error_title")} fieldLabels={{}} className="inline">
                    <input type="hidden" name="userId" value={account.id} />
                    <input type="hidden" name="disabled" value={account.disabled ? "0" : "1"} />
                    <button type="submit" className="min-h-11 rounded border-2 border-slate-700 px-3 py-1 font-semibold" aria-label={`${account.disabled ? t("admin.enable") : t("admin.disable")} ${account.name}`}>
                      {account.disabled ? t("admin.enable") : t("admin.disable")}
                    </button>
                  </ActionForm>
                  <Link href={`/admin/accounts/${account.id}/password`} className="inline-flex min-h-11 items-center text-emerald-800 underline" aria-label={`${t("admin.reset_password")} ${account.name}`}>
                    {t("admin.reset_password")}
                  </Link>
                </div>
              )}
            </td>
          </tr>
        ))}
      </DataTable>

      <h2 className="mb-2 text-xl font-bold">{t("admin.new_account_title")}</h2>
      <p className="mb-3 text-slate-700">{t("admin.new_account_lead")}</p>
      <ActionForm
        action={createStaffAccountAction}
        errorTitle={t("common:error_title")}
        fieldLabels={{ role: t("admin.role_label"), name: t("admin.name_label"), phone: t("admin.phone_label"), password: t("admin.password_label"), stationId: t("admin.station_label"), prefectureCode: t("admin.prefecture_label") }}
        className="max-w-xl space-y-5"
      >
        <SelectField name="role" label={t("admin.role_label")} placeholder={t("admin.role_placeholder")} options={STAFF_ACCOUNT_ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))} />
        <TextField name="name" label={t("admin.name_label")} autoComplete="off" maxLength={40} />
        <TextField name="phone" type="tel" inputMode="tel" label={t("admin.phone_label")} autoComplete="off" maxLength={11} />
        <SelectField name="stationId" label={t("admin.station_label")} placeholder={t("admin.role_placeholder")} options={options.stations.map((s) => ({ value: s.id, label: zh ? s.nameZh : s.nameEn }))} />
        <SelectField name="prefectureCode" label={t("admin.prefecture_label")} placeholder={t("admin.role_placeholder")} options={options.prefectures.map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn }))} />
        <TextField name="password" type="password" autoComplete="new-password" label={t("admin.password_label")} hint={t("admin.password_hint")} />
        <SubmitButton>{t("admin.create_account")}</SubmitButton>
      </ActionForm>
      <p className="mt-6"><Link href="/admin" className="text-emerald-800 underline">{t("admin.title")}</Link></p>
    </>
  );
}
