import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { createReferenceAction, updateReferenceAction } from "@/modules/customs/actions";
import { ReferenceForm, type ReferenceField } from "@/modules/customs/components/reference-form";
import { REFERENCE_TABLES, isReferenceTable, type FieldSpec } from "@/modules/customs/reference-tables";
import { getReferenceRow } from "@/modules/customs/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

function display(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";

  return String(value);
}

export default async function ReferenceRowPage({ params }: { params: Promise<{ table: string; id: string }> }) {
  const { table, id: rawId } = await params;
  const id = decodeURIComponent(rawId);
  const actor = await requireActor(`/customs/reference/${table}/${rawId}`, "reference.manage");
  if (!isReferenceTable(table)) notFound();
  const creating = id === "new";
  if (creating && !REFERENCE_TABLES[table].creatable) notFound();
  const { t } = await getT("customs");
  const { t: tc } = await getT("common");
  const row: Record<string, unknown> = creating ? {} : await withNotFound(getReferenceRow(actor, table, id));
  const fields: ReferenceField[] = [
    ...(creating ? [{ name: "id", kind: "text", label: t("reference.fields.id"), hint: t("reference.hints.id"), value: "" }] : []),
    ...(REFERENCE_TABLES[table].fields as readonly FieldSpec[]).map((f) => ({
      name: f.name,
      kind: f.kind,
      label: t(`reference.fields.${f.name}`),
      hint: t(`reference.hints.${f.kind}`, { defaultValue: "" }) || undefined,
      options: f.options ? [...(f.optional ? [{ value: "", label: t("reference.none") }] : []), ...f.options.map((o) => ({ value: o, label: o }))] : undefined,
      value: display(row[f.name]),
    })),
  ];
  const action = creating ? createReferenceAction.bind(null, table) : updateReferenceAction.bind(null, table, id);

  return (
    <>
      <Link href={`/customs/reference/${table}`} className="mb-4 inline-block min-h-11 py-2 text-emerald-900 underline">{t("reference.back_to", { table: t(`reference.tables.${table}`) })}</Link>
      <PageHeading lead={t("reference.edit_lead")}>{creating ? t("reference.new_title", { table: t(`reference.tables.${table}`) }) : t("reference.edit_title", { id })}</PageHeading>
      <ReferenceForm action={action} fields={fields} hidden={creating ? {} : { updatedAt: (row.updatedAt as Date).toISOString() }} errorTitle={tc("error_title")} submitLabel={t("reference.save")} />
    </>
  );
}
