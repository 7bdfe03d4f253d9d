import Link from "next/link";
import { formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Actor } from "@/server/actor";
import * as identity from "../service";


const card = "mb-8 rounded border-2 border-emerald-800 bg-white p-4";
const cta = "inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white";

/** What needs doing, per role: the first thing each kind of user sees after signing in. */
export async function HomeTasks({ actor }: { actor: Actor }) {
  const { t, locale } = await getT("home");

  if (actor.role === "applicant" || actor.actingFor) {
    const [subjects, delegations] = await Promise.all([identity.listSubjects(actor), actor.actingFor ? Promise.resolve([]) : identity.listMyDelegations(actor)]);
    const pending = delegations.filter((d) => !d.confirmedAt && !d.revokedAt);

    return (
      <section aria-labelledby="tasks" className={card}>
        <h2 id="tasks" className="text-xl font-bold">{t("applicant.title")}</h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {subjects.length === 0 ? <li>{t("applicant.no_subjects")}</li> : null}
          {subjects.map((s) => (
            <li key={s.id}>
              <Link href={`/subjects/${s.id}`} className="font-semibold text-emerald-800 underline">{s.name}</Link> — {s.products.join("、")}
            </li>
          ))}
          {pending.map((d) => (
            <li key={d.id}>
              <Link href="/delegations" className="font-semibold text-emerald-800 underline">
                {t("applicant.pending_delegation", { station: locale === "en" ? d.station.nameEn : d.station.nameZh })}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-4"><Link href="/subjects/new" className={cta}>{t("applicant.add_subject")}</Link></p>
      </section>
    );
  }

  if (actor.role === "station_staff") {
    const applicants = await identity.listCountyApplicants(actor);
    const delegated = applicants.filter((a) => a.delegated).length;

    return (
      <section aria-labelledby="tasks" className={card}>
        <h2 id="tasks" className="text-xl font-bold">{t("staff.title")}</h2>
        <p className="mt-2">{t("staff.summary", { applicants: formatNumber(applicants.length, locale), delegated: formatNumber(delegated, locale) })}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/station" className={cta}>{t("staff.open_station")}</Link>
          <Link href="/station/applicants/new" className="inline-block min-h-12 rounded border-2 border-emerald-800 px-5 py-3 font-bold text-emerald-900">{t("staff.register_applicant")}</Link>
        </div>
      </section>
    );
  }

  if (actor.role === "official") {
    const { totals } = await identity.officialSummary(actor);

    return (
      <section aria-labelledby="tasks" className={card}>
        <h2 id="tasks" className="text-xl font-bold">{t("official.title")}</h2>
        <dl className="mt-3 grid grid-cols-2 gap-3">
          {(["applicants", "subjects", "stations", "delegations"] as const).map((key) => (
            <div key={key} className="rounded bg-stone-100 p-3">
              <dt className="text-sm text-slate-700">{t(`official.${key}`)}</dt>
              <dd className="text-2xl font-bold">{formatNumber(totals[key], locale)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4"><Link href="/official" className={cta}>{t("official.open")}</Link></p>
      </section>
    );
  }

  if (actor.role === "warehouse_operator") {
    return (
      <section aria-labelledby="tasks" className={card}>
        <h2 id="tasks" className="text-xl font-bold">{t("operator.title")}</h2>
        <p className="mt-2">{t("operator.body")}</p>
        <p className="mt-4"><Link href="/manage/bookings" className={cta}>{t("operator.open")}</Link></p>
      </section>
    );
  }
  if (actor.role !== "administrator") return null;

  const counts = await identity.adminSummary(actor);

  return (
    <section aria-labelledby="tasks" className={card}>
      <h2 id="tasks" className="text-xl font-bold">{t("admin.title")}</h2>
      <p className="mt-2">{t("admin.summary", { users: formatNumber(counts.usersTotal, locale), subjects: formatNumber(counts.subjects, locale), stations: formatNumber(counts.stations, locale) })}</p>
      <p className="mt-4"><Link href="/admin" className={cta}>{t("admin.open")}</Link></p>
    </section>
  );
}
