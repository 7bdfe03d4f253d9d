import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { StatusTag, linkClass } from "@/modules/applications/components/ui";
import { loadProgrammeNames } from "@/modules/applications/programmes";
import { listApplications } from "@/modules/applications/service";
import { listSubjects } from "@/modules/identity/service";
import { requireActor } from "@/server/session";

export default async function ApplicationsPage() {
  const actor = await requireActor("/applications", "subsidy.apply");
  const { t, locale } = await getT("applications");
  const [applications, subjects, { nameOf }] = await Promise.all([listApplications(actor), listSubjects(actor), loadProgrammeNames(locale)]);

  return (
    <>
      <PageHeading lead={t("list.lead")}>{t("list.title")}</PageHeading>
      {applications.length === 0 ? <p className="mb-4">{t("list.empty")}</p> : (
        <ul className="mb-8 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
          {applications.map((a) => (
            <li key={a.id} className="space-y-1 p-3">
              <Link href={`/applications/${a.id}`} className={linkClass}>{nameOf(a.programmeId)}</Link>
              <span className="block text-sm text-slate-700">{a.subjectName} · <span className="font-mono">{a.reference}</span>{a.submittedAt ? ` · ${formatDateTime(a.submittedAt, locale)}` : ""}</span>
              <StatusTag status={a.status} label={t(`status.${a.status}`)} />
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-2 text-xl font-bold">{t("list.start_title")}</h2>
      <ul className="list-disc space-y-2 pl-5">
        {subjects.map((s) => (
          <li key={s.id} className="space-x-3">
            <Link href={`/subjects/${s.id}/apply`} className={linkClass}>{t("list.apply_for", { name: s.name })}</Link>
            <Link href={`/subjects/${s.id}/documents`} className={linkClass}>{t("list.vault_of", { name: s.name })}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
