import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { StaffRegisterForm } from "@/modules/identity/components/staff-register-form";
import { requireActor } from "@/server/session";

export default async function StationNewApplicantPage() {
  await requireActor("/station/applicants/new", "applicants.register");
  const { t } = await getT("identity");

  return (
    <>
      <PageHeading lead={t("station.new_lead")}>{t("station.new_title")}</PageHeading>
      <StaffRegisterForm labels={{ name: t("fields.person_name"), phone: t("fields.phone_optional"), phoneHint: t("fields.phone_optional_hint"), submit: t("station.new_submit"), errorTitle: t("common:error_title") }} />
    </>
  );
}
