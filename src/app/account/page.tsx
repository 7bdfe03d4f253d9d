import { PageHeading } from "@/components/shell/page-heading";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { changePasswordAction, revokeApiTokenAction } from "@/modules/identity/actions";
import { listMyApiTokens } from "@/modules/identity/service";
import { actorCan } from "@/server/actor";
import { requireActor } from "@/server/session";

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const { t, locale } = await getT("identity");
  const tokens = actorCan(actor, "api_tokens.manage.own") && !actor.actingFor ? await listMyApiTokens(actor) : [];

  return (
    <>
      <PageHeading lead={t("account.lead")}>{t("account.title")}</PageHeading>
      <dl className="mb-8 rounded border border-slate-300 bg-white p-4">
        <dt className="font-semibold">{t("account.name")}</dt>
        <dd className="mb-2">{actor.name}</dd>
        <dt className="font-semibold">{t("account.role")}</dt>
        <dd>{t(`common:roles.${actor.role}`)}</dd>
      </dl>
      <h2 className="mb-2 text-xl font-bold">{t("account.password_title")}</h2>
      <p className="mb-3 text-slate-700">{t("account.password_lead")}</p>
      <ActionForm
        action={changePasswordAction}
        errorTitle={t("common:error_title")}
        fieldLabels={{ currentPassword: t("account.current_password"), newPassword: t("account.new_password"), confirmPassword: t("account.confirm_password") }}
        className="mb-8 max-w-md space-y-5"
      >
        <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("account.current_password")} />
        <TextField name="newPassword" type="password" autoComplete="new-password" label={t("account.new_password")} hint={t("account.new_password_hint")} />
        <TextField name="confirmPassword" type="password" autoComplete="new-password" label={t("account.confirm_password")} />
        <SubmitButton>{t("account.change_password")}</SubmitButton>
      </ActionForm>
      <h2 className="mb-2 text-xl font-bold">{t("account.tokens_title")}</h2>
      <p className="mb-3 text-slate-700">{t("account.tokens_lead")}</p>
      {tokens.length === 0 ? <p>{t("account.no_tokens")}</p> : (
        <ul className="space-y-2">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-300 bg-white p-3">
              <span>
                {t("account.token_line", { created: formatDateTime(token.createdAt, locale), expires: formatDateTime(token.expiresAt, locale) })}
                {token.revokedAt ? ` · ${t("account.revoked")}` : ""}
              </span>
              {token.revokedAt ? null : (
                <form action={revokeApiTokenAction}>
                  <input type="hidden" name="tokenId" value={token.id} />
                  <button type="submit" className="min-h-11 rounded border-2 border-red-700 px-3 py-1 font-semibold text-red-800">{t("account.revoke")}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
