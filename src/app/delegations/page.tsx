import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { ConfirmCodeForm } from "@/modules/identity/components/confirm-code-form";
import { DelegationList, delegationStatus } from "@/modules/identity/components/delegation-list";
import { listMyDelegations } from "@/modules/identity/service";
import { requireActor } from "@/server/session";
import { notFound } from "next/navigation";

export default async function DelegationsPage({ searchParams }: { searchParams: Promise<{ confirmed?: string }> }) {
  const actor = await requireActor("/delegations", "delegations.revoke.own");
  if (actor.actingFor) notFound();
  const { t, locale } = await getT("identity");
  const delegations = await listMyDelegations(actor);
  const pending = delegations.filter((d) => delegationStatus(d) === "pending" && d.consentMethod === "one_time_code");
  const { confirmed } = await searchParams;

  return (
    <>
      {confirmed ? <Notice>{t("delegation.confirmed")}</Notice> : null}
      <PageHeading lead={t("delegation.applicant_lead")}>{t("delegation.title")}</PageHeading>
      {pending.map((d) => (
        <section key={d.id} aria-labelledby={`pending-${d.id}`} className="mb-6 rounded border-4 border-amber-500 bg-white p-4">
          <h2 id={`pending-${d.id}`} className="text-xl font-bold">
            {t("delegation.pending_title", { station: locale === "en" ? d.station.nameEn : d.station.nameZh })}
          </h2>
          <p className="mt-2">{t("delegation.pending_body", { scope: d.scope.split(",").map((s) => t(`delegation.scopes.${s}`)).join("、"), from: d.validFrom, until: d.validUntil })}</p>
          <ConfirmCodeForm delegationId={d.id} labels={{ code: t("delegation.code"), codeHint: t("delegation.code_hint"), submit: t("delegation.confirm"), errorTitle: t("common:error_title") }} />
        </section>
      ))}
      <DelegationList delegations={delegations} back="/delegations" canRevoke />
    </>
  );
}
