import Link from "next/link";
import { formatDateTime } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { markAllNotificationsReadAction, markNotificationReadAction } from "../actions";
import type { InboxEntry } from "../service";

const smallButton = "min-h-11 rounded border-2 border-emerald-800 px-3 py-2 font-semibold text-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400";

export async function InboxList({ entries, page, pages }: { entries: InboxEntry[]; page: number; pages: number }) {
  const { t, locale } = await getT("notifications");
  const channelNames = (names: string[]) => names.map((n) => t(`channels.${n}`, { defaultValue: n })).join("、");
  const back = page > 1 ? `/inbox?page=${page}` : "/inbox";

  if (entries.length === 0) return <p className="rounded bg-white p-4">{t("inbox.empty")}</p>;

  return (
    <>
      {entries.some((e) => !e.readAt) ? (
        <form action={markAllNotificationsReadAction} className="mb-4">
          <button type="submit" className={smallButton}>{t("inbox.mark_all_read")}</button>
        </form>
      ) : null}
      <ol className="space-y-3" data-testid="inbox">
        {entries.map((entry) => (
          <li key={entry.id} className={`rounded border-2 bg-white p-4 ${entry.readAt ? "border-slate-300" : "border-emerald-800"}`}>
            <p className="text-sm font-semibold text-slate-700">
              {entry.readAt ? t("inbox.read") : <span className="rounded bg-amber-300 px-2 text-slate-900">{t("inbox.unread")}</span>}{" "}
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, locale)}</time>
            </p>
            <p className="mt-2 text-lg">{entry.link ? <Link href={entry.link} className="font-semibold text-emerald-800 underline">{entry.text}</Link> : entry.text}</p>
            {entry.failedChannels.length ? (
              <p role="note" className="mt-2 font-semibold text-red-800">{t("inbox.failed", { channels: channelNames(entry.failedChannels) })}</p>
            ) : null}
            {entry.pendingChannels.length ? <p className="mt-2 text-sm text-slate-700">{t("inbox.pending", { channels: channelNames(entry.pendingChannels) })}</p> : null}
            {!entry.readAt ? (
              <form action={markNotificationReadAction} className="mt-3">
                <input type="hidden" name="notificationId" value={entry.id} />
                <input type="hidden" name="back" value={back} />
                <button type="submit" className={smallButton}>{t("inbox.mark_read")}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label={t("inbox.pages")} className="mt-6 flex flex-wrap items-center gap-4">
          {page > 1 ? <Link href={`/inbox?page=${page - 1}`} className="underline">{t("inbox.previous")}</Link> : null}
          <span>{t("inbox.page", { page, pages })}</span>
          {page < pages ? <Link href={`/inbox?page=${page + 1}`} className="underline">{t("inbox.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
