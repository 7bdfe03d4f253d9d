import { PageHeading } from "@/components/shell/page-heading";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { listMyHistory } from "@/modules/identity/service";
import { requireActor } from "@/server/session";

export default async function HistoryPage() {
  const actor = await requireActor("/history", "audit.read.own");
  const { t, locale } = await getT("identity");
  const events = await listMyHistory(actor);

  return (
    <>
      <PageHeading lead={t("history.lead")}>{t("history.title")}</PageHeading>
      {events.length === 0 ? <p>{t("history.none")}</p> : (
        <ol className="space-y-2">
          {events.map((e) => (
            <li key={e.seq} className="rounded border border-slate-300 bg-white p-3" data-testid="history-event">
              <p className="font-semibold">{t(`history.actions.${e.action}`, { defaultValue: e.action })}</p>
              <p className="text-slate-700">
                {formatDateTime(e.at, locale)} · {e.onBehalfOfName && e.actorName && e.actorId !== e.onBehalfOfId
                  ? t("history.by_for", { actor: e.actorName, person: e.onBehalfOfName })
                  : t("history.by", { actor: e.actorName ?? t("history.system") })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
