import Link from "next/link";
import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { resetStaffPasswordAction } from "@/modules/identity/actions";
import { getStaffAccount } from "@/modules/identity/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export default async function ResetStaffPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/admin/accounts/${id}/password`, "users.manage");
  const account = await withNotFound(getStaffAccount(actor, id));
  const { t } = await getT("identity");

  return (
    <>
      <PageHeading lead={t("admin.reset_lead")}>{t("admin.reset_title", { name: account.name })}</PageHeading>
      <ActionForm action={resetStaffPasswordAction} errorTitle={t("common:error_title")} fieldLabels={{ password: t("admin.password_label") }} className="max-w-md space-y-5">
        <input type="hidden" name="userId" value={account.id} />
        <TextField name="password" type="password" autoComplete="new-password" label={t("admin.password_label")} hint={t("admin.password_hint")} />
        <SubmitButton>{t("admin.reset_submit")}</SubmitButton>
      </ActionForm>
      <p className="mt-6"><Link href="/admin/accounts" className="text-emerald-800 underline">{t("admin.back_to_accounts")}</Link></p>
    </>
  );
}
