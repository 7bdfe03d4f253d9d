import Link from "next/link";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { formatDateTime, formatMoneyFen } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { formatAmountRange } from "@/modules/applications/components/amount";
import { Panel, StatusTag, buttonClass, linkClass } from "@/modules/applications/components/ui";
import { isEditable } from "@/modules/applications/domain/state-machine";
import { TASKS } from "@/modules/applications/domain/tasks";
import { loadProgrammeNames } from "@/modules/applications/programmes";
import { getApplication, listApplicationHistory } from "@/modules/applications/service";
import { collectVersionFacts } from "@/modules/subsidy/domain";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

/** The GOV.UK task list while the application is editable; its status, change request or decision otherwise. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/applications/${id}`);
  const application = await withNotFound(getApplication(actor, id));
  const history = await listApplicationHistory(actor, id);
  const { t, locale } = await getT("applications");
  const { nameOf } = await loadProgrammeNames(locale);
  const editable = isEditable(application.status) && application.applicantId === (actor.actingFor?.applicantId ?? actor.userId);
  const firstMissingFact = application.missing.find((m) => m.startsWith("facts."))?.slice(6);
  const taskHref: Record<(typeof TASKS)[number], string> = {
    subject: `/applications/${id}/subject`,
    facts: `/applications/${id}/facts/${firstMissingFact ?? collectVersionFacts(application.version)[0] ?? "subjectType"}`,
    evidence: `/applications/${id}/evidence`,
    bank: `/applications/${id}/bank`,
    declaration: `/applications/${id}/declaration`,
  };
  const decision = [...history].reverse().find((h) => h.action === "approved" || h.action === "rejected");
  const completed = TASKS.filter((task) => application.tasks[task] === "completed").length;

  return (
    <>
      <PageHeading lead={`${application.subject.name} · ${t("task_list.reference", { reference: application.reference })}`}>{nameOf(application.programmeId)}</PageHeading>
      <p className="mb-4"><StatusTag status={application.status} label={t(`status.${application.status}`)} /></p>

      {application.status === "changes_requested" && application.changeRequest ? (
        <div role="alert" className="mb-6 rounded border-l-8 border-amber-600 bg-amber-50 p-4">
          <h2 className="text-xl font-bold">{t("task_list.change_request_title")}</h2>
          {application.changeRequest.reason ? <p className="mt-2">{application.changeRequest.reason}</p> : null}
          <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="change-requests">
            {Object.entries(application.changeRequest.fieldComments).map(([field, comment]) => (
              <li key={field}><strong>{fieldLabel(field, t)}</strong>{t("task_list.colon")}{comment}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {application.status === "approved" ? (
        <Notice>{t("task_list.approved", { amount: formatMoneyFen(application.approvedAmountFen ?? 0, locale) })}</Notice>
      ) : null}
      {application.status === "rejected" ? (
        <div role="status" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3">
          <p>{t("task_list.rejected")}</p>
          {decision?.reason ? <p className="mt-1">{decision.reason}</p> : null}
        </div>
      ) : null}

      <Panel title={t("task_list.amount_title")}>
        <p className="text-lg" data-testid="amount-range">{formatAmountRange(application.amount, locale, t("task_list.amount_unknown"))}</p>
        <p className="text-sm text-slate-700">{t("task_list.amount_hint", { version: application.programmeVersion })}</p>
      </Panel>

      {editable ? (
        <>
          <h2 className="mb-1 text-xl font-bold">{t("task_list.title")}</h2>
          <p className="mb-3">{t("task_list.progress", { done: completed, total: TASKS.length })}</p>
          <ol className="mb-6 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
            {TASKS.map((task) => (
              <li key={task} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <Link href={taskHref[task]} className={linkClass} aria-describedby={`task-${task}-status`}>{t(`tasks.${task}`)}</Link>
                <span id={`task-${task}-status`} className={application.tasks[task] === "completed" ? "font-bold text-emerald-900" : "text-slate-700"}>{t(`task_status.${application.tasks[task]}`)}</span>
              </li>
            ))}
          </ol>
          {application.missing.length === 0 ? <p><Link href={`/applications/${id}/check`} className={buttonClass}>{t("task_list.check")}</Link></p> : <p>{t("task_list.cannot_submit_yet")}</p>}
        </>
      ) : null}

      <Panel title={t("history.title")}>
        <ol className="space-y-2">
          {history.map((h) => (
            <li key={h.id}>
              <span className="text-slate-700">{formatDateTime(h.at, locale)}</span> · {t(`history.${h.action}`)}
              {h.onBehalfOfName ? ` · ${t("history.by_on_behalf", { name: h.actorName ?? "", for: h.onBehalfOfName })}` : ""}
            </li>
          ))}
        </ol>
      </Panel>
    </>
  );
}

function fieldLabel(field: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (field.startsWith("facts.")) return t(`subsidy:facts.${field.slice(6)}.label`);

  return t(`fields.${field}`);
}
