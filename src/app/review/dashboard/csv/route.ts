import { getT } from "@/i18n/server";
import { APPLICATION_STATUSES } from "@/modules/applications/domain/state-machine";
import { loadProgrammeNames } from "@/modules/applications/programmes";
import { getDashboard } from "@/modules/applications/service";
import { actorCan } from "@/server/actor";
import { getActor } from "@/server/session";

// Cells that start with = + - @ are prefixed so a spreadsheet never runs them (OWASP CSV injection).
const cell = (value: string | number): string => {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;

  return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export async function GET() {
  const actor = await getActor();
  if (!actor || !actorCan(actor, "subsidy.review")) return new Response("Not found", { status: 404 });
  const d = await getDashboard(actor);
  const { t, locale } = await getT("applications");
  const { nameOf } = await loadProgrammeNames(locale);
  const countyName = new Map(d.counties.map((c) => [c.code, locale === "en" ? c.nameEn : c.nameZh]));
  const rows: (string | number)[][] = [
    [t("dashboard.csv_section"), t("dashboard.csv_key"), t("dashboard.csv_value")],
    ...APPLICATION_STATUSES.map((s) => ["status", t(`status_short.${s}`), d.byStatus[s] ?? 0]),
    ...Object.entries(d.byProgramme).map(([p, n]) => ["programme", nameOf(p), n]),
    ...Object.entries(d.byCounty).map(([c, n]) => ["county", countyName.get(c) ?? c, n]),
    ["summary", "median_days_to_decision", d.medianDaysToDecision ?? ""],
    ["summary", "approved_amount_fen", d.approvedAmountFen],
    ["summary", "approved_count", d.approvedCount],
    ["summary", "subjects_registered", d.subjectsRegistered],
    ["summary", "subjects_supported", d.subjectsSupported],
    ["summary", "coverage_bps", d.coverageBps],
  ];
  // A byte-order mark so Excel opens the Chinese text as UTF-8.
  const body = `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;

  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="subsidy-dashboard-${actor.prefectureCode ?? "area"}.csv"`, "cache-control": "private, no-store" } });
}
