import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { updateSubjectAction } from "@/modules/identity/actions";
import { SubjectForm } from "@/modules/identity/components/subject-form";
import { getSubject } from "@/modules/identity/service";
import { subjectFormProps } from "@/modules/identity/subject-form-props";
import { subjectOwnerId } from "@/server/actor";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";
import { notFound } from "next/navigation";

export default async function EditSubjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/subjects/${id}/edit`, "subjects.write.own");
  const subject = await withNotFound(getSubject(actor, id));
  if (subject.ownerId !== subjectOwnerId(actor)) notFound();
  const { t } = await getT("identity");

  return (
    <>
      <PageHeading lead={t("subjects.edit_lead")}>{t("subjects.edit_title", { name: subject.name })}</PageHeading>
      <SubjectForm
        {...await subjectFormProps("subjects.save_changes")}
        edit={{ subjectId: subject.id, action: updateSubjectAction }}
        defaults={{ type: subject.type, name: subject.name, countyCode: subject.countyCode, registeredOn: subject.registeredOn, products: subject.products.join("、") }}
      />
    </>
  );
}
