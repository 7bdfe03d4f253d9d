import Link from "next/link";
import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { saveBankAction } from "@/modules/applications/actions";
import { linkClass } from "@/modules/applications/components/ui";
import { getApplication } from "@/modules/applications/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** The payment account: stored encrypted, shown masked (PIPL art. 28: financial accounts are sensitive). */
export default async function BankPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string }> }) {
  const { id } = await params;
  const { from } = await searchParams;
  const actor = await requireActor(`/applications/${id}/bank`, "subsidy.apply");
  const application = await withNotFound(getApplication(actor, id));
  const { t } = await getT("applications");
  const labels = { accountHolder: t("bank.account_holder"), bankName: t("bank.bank_name"), accountNumber: t("bank.account_number") };

  return (
    <>
      <p className="mb-2"><Link href={`/applications/${id}`} className={linkClass}>{t("form.back_to_tasks")}</Link></p>
      <PageHeading lead={t("bank.lead")}>{t("bank.title")}</PageHeading>
      {application.bankAccountMasked ? <p className="mb-4" data-testid="bank-masked">{t("bank.current", { account: application.bankAccountMasked })}</p> : null}
      <ActionForm action={saveBankAction} errorTitle={t("form.error_title")} fieldLabels={labels}>
        <input type="hidden" name="applicationId" value={id} />
        {from === "check" ? <input type="hidden" name="returnTo" value="check" /> : null}
        <TextField name="accountHolder" label={labels.accountHolder} hint={t("bank.account_holder_hint")} defaultValue={application.accountHolder ?? application.subject.name} autoComplete="off" />
        <TextField name="bankName" label={labels.bankName} defaultValue={application.bankName ?? ""} autoComplete="off" />
        <TextField name="accountNumber" label={labels.accountNumber} hint={t("bank.account_number_hint")} inputMode="numeric" autoComplete="off" />
        <SubmitButton>{t("form.save_continue")}</SubmitButton>
      </ActionForm>
    </>
  );
}
