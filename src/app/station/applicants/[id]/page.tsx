import Link from "next/link";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { todayIsoInChina } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { DelegationForm } from "@/modules/identity/components/delegation-form";
import { DelegationList, delegationStatus } from "@/modules/identity/components/delegation-list";
import { maskPhone } from "@/modules/identity/domain/masking";
import { startActingAction } from "@/modules/identity/actions";
import { DELEGATION_SCOPES } from "@/modules/identity/schemas";
import { getCountyApplicant } from "@/modules/identity/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d));

  return date.toISOString().slice(0, 10);
}

export default async function StationApplicantPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ registered?: string; delegated?: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/station/applicants/${id}`, "applicants.read.county");
  const { applicant, subjects, delegations } = await withNotFound(getCountyApplicant(actor, id));
  const { t } = await getT("identity");
  const notices = await searchParams;
  const today = todayIsoInChina();
  const active = delegations.some((d) => delegationStatus(d, today) === "active" && actor.stationId !== null);

  return (
    <>
      {notices.registered ? <Notice>{t("station.registered_notice")}</Notice> : null}
      {notices.delegated ? <Notice>{t("delegation.recorded_notice")}</Notice> : null}
      <PageHeading lead={applicant.phone ? maskPhone(applicant.phone) : t("station.no_phone")}>{applicant.name}</PageHeading>

      <section aria-labelledby="act" className="mb-8 rounded border-2 border-emerald-800 bg-white p-4">
        <h2 id="act" className="text-xl font-bold">{t("station.act_title")}</h2>
        {active ? (
          <form action={startActingAction} className="mt-3">
            <input type="hidden" name="applicantId" value={applicant.id} />
            <button type="submit" className="min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("station.act_for", { name: applicant.name })}</button>
          </form>
        ) : (
          <p className="mt-2">{t("station.act_needs_delegation")}</p>
        )}
      </section>

      <section aria-labelledby="subjects" className="mb-8">
        <h2 id="subjects" className="mb-2 text-xl font-bold">{t("subjects.title")}</h2>
        {subjects.length === 0 ? <p>{t("subjects.none")}</p> : (
          <ul className="list-disc pl-5">
            {subjects.map((s) => <li key={s.id}><Link className="text-emerald-800 underline" href={`/subjects/${s.id}`}>{s.name}</Link> · {s.idMasked}</li>)}
          </ul>
        )}
      </section>

      <section aria-labelledby="delegations" className="mb-8">
        <h2 id="delegations" className="mb-2 text-xl font-bold">{t("delegation.title")}</h2>
        <DelegationList delegations={delegations} back={`/station/applicants/${applicant.id}`} canRevoke />
      </section>

      <section aria-labelledby="new-delegation" className="rounded border border-slate-300 bg-white p-4">
        <h2 id="new-delegation" className="mb-1 text-xl font-bold">{t("delegation.new_title")}</h2>
        <p className="mb-4 text-slate-700">{t("delegation.new_lead")}</p>
        <DelegationForm
          applicantId={applicant.id}
          hasAccount={applicant.phone !== null}
          scopes={DELEGATION_SCOPES.map((s) => ({ value: s, label: t(`delegation.scopes.${s}`) }))}
          defaults={{ validFrom: today, validUntil: addMonths(today, 12) }}
          labels={{
            scope: t("delegation.scope_label"),
            validFrom: t("delegation.valid_from"),
            validUntil: t("delegation.valid_until"),
            method: t("delegation.method_label"),
            methodForm: t("delegation.methods.signed_form"),
            methodCode: t("delegation.methods.one_time_code"),
            methodCodeDisabled: t("delegation.code_needs_account"),
            file: t("delegation.file"),
            fileHint: t("delegation.file_hint"),
            submit: t("delegation.submit"),
            errorTitle: t("common:error_title"),
            codeTitle: t("delegation.code_title"),
          }}
        />
      </section>
    </>
  );
}
