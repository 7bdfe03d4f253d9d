import Link from "next/link";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { UnmaskForm } from "@/modules/identity/components/unmask-form";
import { getSubject } from "@/modules/identity/service";
import { subjectOwnerId } from "@/server/actor";
import { withNotFound } from "@/server/page-errors";
import { can } from "@/server/permissions";
import { requireActor } from "@/server/session";

export default async function SubjectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; updated?: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/subjects/${id}`);
  const subject = await withNotFound(getSubject(actor, id));
  const { t, locale } = await getT("identity");
  const { created, updated } = await searchParams;

  return (
    <>
      {created ? <Notice>{t("subjects.created")}</Notice> : null}
      {updated ? <Notice>{t("subjects.updated")}</Notice> : null}
      <PageHeading>{subject.name}</PageHeading>
      <dl className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
        {[
          [t("fields.type"), t(`subject_types.${subject.type}`)],
          [t("fields.county"), locale === "en" ? subject.countyNameEn : subject.countyNameZh],
          [t("fields.registered_on"), formatIsoDate(subject.registeredOn, locale)],
          [t("fields.products"), subject.products.join("、")],
        ].map(([label, value]) => (
          <div key={label} className="grid gap-1 p-3 sm:grid-cols-3">
            <dt className="font-semibold">{label}</dt>
            <dd className="sm:col-span-2">{value}</dd>
          </div>
        ))}
        <div className="grid gap-1 p-3 sm:grid-cols-3">
          <dt className="font-semibold">{t(`id_kinds.${subject.idKind}`)}</dt>
          <dd className="sm:col-span-2">
            {can(actor.role, "identifiers.unmask") ? (
              <UnmaskForm subjectId={subject.id} masked={subject.idMasked} labels={{ show: t("subjects.unmask"), notice: t("subjects.unmask_notice") }} />
            ) : (
              <span className="font-mono text-lg" data-testid="identifier-masked">{subject.idMasked}</span>
            )}
          </dd>
        </div>
      </dl>
      {subject.ownerId === subjectOwnerId(actor) ? (
        <p className="mt-6">
          <Link href={`/subjects/${subject.id}/edit`} className="inline-block min-h-12 rounded border-2 border-emerald-800 px-5 py-3 font-bold text-emerald-900">{t("subjects.edit")}</Link>
        </p>
      ) : null}
    </>
  );
}
