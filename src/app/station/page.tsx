import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { maskPhone } from "@/modules/identity/domain/masking";
import { getT } from "@/i18n/server";
import { listCountyApplicants } from "@/modules/identity/service";
import { requireActor } from "@/server/session";

export default async function StationPage() {
  const actor = await requireActor("/station", "applicants.read.county");
  const { t } = await getT("identity");
  const applicants = await listCountyApplicants(actor);

  return (
    <>
      <PageHeading lead={t("station.lead")}>{t("station.title")}</PageHeading>
      <p className="mb-6">
        <Link href="/station/applicants/new" className="inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("station.register_applicant")}</Link>
      </p>
      {applicants.length === 0 ? <p>{t("station.no_applicants")}</p> : (
        <ul className="space-y-3">
          {applicants.map((a) => (
            <li key={a.id} className="rounded border border-slate-300 bg-white p-4">
              <Link href={`/station/applicants/${a.id}`} className="text-lg font-bold text-emerald-800 underline">{a.name}</Link>
              <p className="text-slate-700">
                {a.phone ? maskPhone(a.phone) : t("station.no_phone")} · {t("station.subjects_count", { count: a.subjects })} · {a.delegated ? t("station.delegated") : t("station.not_delegated")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
