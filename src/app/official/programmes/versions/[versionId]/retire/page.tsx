import Link from "next/link";
import { ActionForm, SubmitButton, TextField } from "@/components/form/action-form";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { todayIsoInChina } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { retireVersionAction } from "@/modules/subsidy/actions";
import { retiredRangeEnd } from "@/modules/subsidy/domain";
import { getVersionForOfficials } from "@/modules/subsidy/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export default async function RetireVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const actor = await requireActor(`/official/programmes/versions/${versionId}/retire`, "programmes.manage");
  const { programme, version } = await withNotFound(getVersionForOfficials(actor, versionId));
  const { t, locale } = await getT("subsidy");
  const { t: tCommon } = await getT("common");
  const name = locale === "en" ? programme.nameEn : programme.nameZh;
  const retirable = version.status === "published" || version.status === "proposed";

  return (
    <>
      <PageHeading lead={t("manage.retire_lead")}>{t("manage.retire_title", { name, version: version.version })}</PageHeading>
      {retirable ? (
        <>
          <p className="mb-4">
            {t("manage.retire_range", { from: version.effectiveFrom, to: version.effectiveTo ?? t("manage.open_ended"), closeOn: retiredRangeEnd(version, todayIsoInChina()) })}
          </p>
          <ActionForm action={retireVersionAction} errorTitle={tCommon("error_title")} fieldLabels={{ reason: t("manage.retire_reason") }}>
            <input type="hidden" name="versionId" value={version.id} />
            <TextField name="reason" label={t("manage.retire_reason")} hint={t("manage.retire_reason_hint")} required maxLength={500} />
            <SubmitButton>{t("manage.retire_confirm")}</SubmitButton>
          </ActionForm>
        </>
      ) : (
        <Notice>{t("manage.retire_not_possible", { status: t(`version_status.${version.status}`) })}</Notice>
      )}
      <p className="mt-6"><Link href={`/official/programmes/${programme.id}`} className="text-emerald-800 underline">{t("manage.back_to_programme")}</Link></p>
    </>
  );
}
