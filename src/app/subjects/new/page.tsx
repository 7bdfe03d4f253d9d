import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { SubjectForm } from "@/modules/identity/components/subject-form";
import { countyOptions } from "@/modules/identity/county-options";
import { SUBJECT_TYPES } from "@/modules/identity/schemas";
import { requireActor } from "@/server/session";

export default async function NewSubjectPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const actor = await requireActor("/subjects/new", "subjects.write.own");
  const { t, locale } = await getT("identity");
  const { welcome } = await searchParams;

  return (
    <>
      {welcome ? <Notice>{t("subjects.welcome")}</Notice> : null}
      <PageHeading lead={t("subjects.new_lead")}>{t("subjects.new_title")}</PageHeading>
      <SubjectForm
        types={SUBJECT_TYPES.map((type) => ({ value: type, label: t(`subject_types.${type}`) }))}
        idKinds={[{ value: "uscc", label: t("id_kinds.uscc") }, { value: "resident_id", label: t("id_kinds.resident_id") }]}
        counties={await countyOptions(locale)}
        defaultCounty={actor.countyCode ?? undefined}
        labels={{
          type: t("fields.type"),
          name: t("fields.subject_name"),
          nameHint: t("fields.subject_name_hint"),
          idKind: t("fields.id_kind"),
          idNumber: t("fields.id_number"),
          idNumberHint: t("fields.id_number_hint"),
          county: t("fields.county"),
          registeredOn: t("fields.registered_on"),
          registeredOnHint: t("fields.registered_on_hint"),
          products: t("fields.products"),
          productsHint: t("fields.products_hint"),
          submit: t("subjects.save"),
          errorTitle: t("common:error_title"),
          choose: t("common:choose"),
        }}
      />
    </>
  );
}
