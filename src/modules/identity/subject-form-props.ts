import "server-only";
import { getT } from "@/i18n/server";
import { countyOptions } from "./county-options";
import { SUBJECT_TYPES } from "./schemas";

/** Translated options and labels for the subject form, shared by the create and edit pages. */
export async function subjectFormProps(submitKey: "subjects.save" | "subjects.save_changes") {
  const { t, locale } = await getT("identity");

  return {
    types: SUBJECT_TYPES.map((type) => ({ value: type, label: t(`subject_types.${type}`) })),
    idKinds: [
      { value: "uscc", label: t("id_kinds.uscc") },
      { value: "resident_id", label: t("id_kinds.resident_id") },
    ],
    counties: await countyOptions(locale),
    labels: {
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
      submit: t(submitKey),
      errorTitle: t("common:error_title"),
      choose: t("common:choose"),
    },
  };
}
