import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { SubjectForm } from "@/modules/identity/components/subject-form";
import { subjectFormProps } from "@/modules/identity/subject-form-props";
import { requireActor } from "@/server/session";

export default async function NewSubjectPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const actor = await requireActor("/subjects/new", "subjects.write.own");
  const { t } = await getT("identity");
  const { welcome } = await searchParams;

  return (
    <>
      {welcome ? <Notice>{t("subjects.welcome")}</Notice> : null}
      <PageHeading lead={t("subjects.new_lead")}>{t("subjects.new_title")}</PageHeading>
      <SubjectForm {...await subjectFormProps("subjects.save")} defaults={{ countyCode: actor.countyCode ?? undefined }} />
    </>
  );
}
