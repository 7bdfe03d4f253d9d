import Link from "next/link";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { startApplicationAction } from "@/modules/applications/actions";
import { linkClass } from "@/modules/applications/components/ui";
import { loadProgrammeNames } from "@/modules/applications/programmes";
import { listApplyOptions } from "@/modules/applications/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** A screening result on what the portal knows about the subject, with "apply" on every programme that may fit. */
export default async function ApplyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/subjects/${id}/apply`, "subsidy.apply");
  const { subject, options } = await withNotFound(listApplyOptions(actor, id));
  const { t, locale } = await getT("applications");
  const { t: ts } = await getT("subsidy");
  const { nameOf } = await loadProgrammeNames(locale);
  const open = options.filter((o) => o.outcome.status !== "ineligible");
  const closed = options.filter((o) => o.outcome.status === "ineligible");

  return (
    <>
      <PageHeading lead={t("apply.lead")}>{t("apply.title", { name: subject.name })}</PageHeading>
      <ul className="mb-8 space-y-4">
        {open.map(({ programmeId, outcome, existing }) => (
          <li key={programmeId} className="rounded border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-bold">{nameOf(programmeId)}</h2>
            <p className="text-slate-700">{outcome.texts[locale].summary}</p>
            <p className="mt-1 font-semibold">{ts(`status.${outcome.status}`)}</p>
            {existing ? (
              <p className="mt-3"><Link href={`/applications/${existing.id}`} className={linkClass}>{t("apply.continue", { reference: existing.reference })}</Link></p>
            ) : (
              <div className="mt-3">
                <ActionForm action={startApplicationAction} errorTitle={t("form.error_title")} fieldLabels={{}}>
                  <input type="hidden" name="subjectId" value={subject.id} />
                  <input type="hidden" name="programmeId" value={programmeId} />
                  <SubmitButton>{t("apply.start", { programme: nameOf(programmeId) })}</SubmitButton>
                </ActionForm>
              </div>
            )}
          </li>
        ))}
      </ul>
      {closed.length > 0 ? (
        <>
          <h2 className="mb-2 text-xl font-bold">{t("apply.not_now")}</h2>
          <ul className="space-y-3">
            {closed.map(({ programmeId, outcome }) => (
              <li key={programmeId} className="rounded border border-slate-200 bg-white p-3">
                <h3 className="font-bold">{nameOf(programmeId)}</h3>
                <ul className="list-disc pl-5 text-slate-700">
                  {outcome.criteria.filter((c) => c.status === "unmet").map((c) => <li key={c.path}>{ts(c.message.key, c.message.params)}</li>)}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
