import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { listSubjects } from "@/modules/identity/service";
import { requireActor } from "@/server/session";

export default async function SubjectsPage() {
  const actor = await requireActor("/subjects", "subjects.read.own");
  const { t, locale } = await getT("identity");
  const subjects = await listSubjects(actor);

  return (
    <>
      <PageHeading lead={t("subjects.lead")}>{t("subjects.title")}</PageHeading>
      {subjects.length === 0 ? <p className="mb-4">{t("subjects.none")}</p> : (
        <ul className="mb-6 space-y-3">
          {subjects.map((s) => (
            <li key={s.id} className="rounded border border-slate-300 bg-white p-4">
              <Link href={`/subjects/${s.id}`} className="text-lg font-bold text-emerald-800 underline">{s.name}</Link>
              <p className="text-slate-700">
                {t(`subject_types.${s.type}`)} · {locale === "en" ? s.countyNameEn : s.countyNameZh} · {t("subjects.registered_on", { date: formatIsoDate(s.registeredOn, locale) })}
              </p>
              <p>{s.products.join("、")}</p>
            </li>
          ))}
        </ul>
      )}
      <Link href="/subjects/new" className="inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("subjects.add")}</Link>
    </>
  );
}
