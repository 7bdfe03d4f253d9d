import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { listSubjects } from "@/modules/identity/service";
import { actorCan } from "@/server/actor";
import { getActor } from "@/server/session";

const cta = "inline-block min-h-12 rounded bg-emerald-800 px-6 py-3 text-lg font-bold text-white hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400";

/** Public: anyone may screen every programme without an account. */
export default async function EligibilityStartPage() {
  const { t } = await getT("subsidy");
  const actor = await getActor();
  const subjects = actor && actorCan(actor, "subjects.read.own") && actorCan(actor, "subsidy.screen") && (actor.role === "applicant" || actor.actingFor) ? await listSubjects(actor) : [];

  return (
    <>
      <PageHeading lead={t("screen.start.lead")}>{t("screen.start.title")}</PageHeading>
      <h2 className="text-xl font-bold">{t("screen.start.how_title")}</h2>
      <ul className="mb-6 mt-2 list-disc space-y-1 pl-5">
        <li>{t("screen.start.how_one")}</li>
        <li>{t("screen.start.how_two")}</li>
        <li>{t("screen.start.how_three")}</li>
      </ul>
      <p className="mb-8">
        <Link href="/eligibility/question" className={cta}>{t("screen.start.start")}</Link>
      </p>
      {subjects.length > 0 ? (
        <section aria-labelledby="for-subject" className="rounded border-2 border-emerald-800 bg-white p-4">
          <h2 id="for-subject" className="text-xl font-bold">{t("screen.start.for_subject_title")}</h2>
          <p className="mt-1">{t("screen.start.for_subject_lead")}</p>
          <ul className="mt-3 space-y-2">
            {subjects.map((subject) => (
              <li key={subject.id}>
                <Link href={`/eligibility/subject/${subject.id}`} className="font-semibold text-emerald-800 underline">
                  {t("screen.start.for_subject_link", { name: subject.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
