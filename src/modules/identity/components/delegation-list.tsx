import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { todayIsoInChina } from "@/i18n/format";
import { revokeDelegationAction } from "../actions";

type Delegation = {
  id: string;
  scope: string;
  validFrom: string;
  validUntil: string;
  consentMethod: string;
  consentFileId: string | null;
  confirmedAt: Date | null;
  revokedAt: Date | null;
  station: { nameZh: string; nameEn: string };
  recordedBy: { name: string };
};

export function delegationStatus(d: Pick<Delegation, "confirmedAt" | "revokedAt" | "validFrom" | "validUntil">, today = todayIsoInChina()): "pending" | "active" | "revoked" | "expired" | "future" {
  if (d.revokedAt) return "revoked";
  if (!d.confirmedAt) return "pending";
  if (d.validUntil < today) return "expired";
  if (d.validFrom > today) return "future";

  return "active";
}

export async function DelegationList({ delegations, back, canRevoke }: { delegations: Delegation[]; back: string; canRevoke: boolean }) {
  const { t, locale } = await getT("identity");
  if (delegations.length === 0) return <p>{t("delegation.none")}</p>;

  return (
    <ul className="space-y-3">
      {delegations.map((d) => {
        const status = delegationStatus(d);

        return (
          <li key={d.id} className="rounded border border-slate-300 bg-white p-4" data-testid="delegation">
            <p className="font-bold">{locale === "en" ? d.station.nameEn : d.station.nameZh}</p>
            <p>{t(`delegation.status.${status}`)}</p>
            <p>{t("delegation.scope_label")}: {d.scope.split(",").map((s) => t(`delegation.scopes.${s}`)).join("、")}</p>
            <p>{t("delegation.validity", { from: formatIsoDate(d.validFrom, locale), until: formatIsoDate(d.validUntil, locale) })}</p>
            <p>{t(`delegation.methods.${d.consentMethod}`)} · {t("delegation.recorded_by", { name: d.recordedBy.name })}</p>
            {d.consentFileId ? <p><a className="text-emerald-800 underline" href={`/files/consent/${d.consentFileId}`}>{t("delegation.view_form")}</a></p> : null}
            {canRevoke && (status === "active" || status === "pending" || status === "future") ? (
              <form action={revokeDelegationAction} className="mt-2">
                <input type="hidden" name="delegationId" value={d.id} />
                <input type="hidden" name="back" value={back} />
                <button type="submit" className="min-h-11 rounded border-2 border-red-700 px-3 py-1 font-semibold text-red-800">{t("delegation.revoke")}</button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
