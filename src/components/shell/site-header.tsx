import Link from "next/link";
import { logoutAction, stopActingAction, switchLanguageAction, toggleTextSizeAction } from "@/modules/identity/actions";
import { getLargeText, getT } from "@/i18n/server";
import { unreadCount } from "@/modules/notifications/service";
import { getActor } from "@/server/session";
import { navItemsFor } from "./nav";

const linkButton = "min-h-11 rounded px-3 py-2 underline-offset-4 hover:underline";

export async function SiteHeader() {
  const { t, locale } = await getT("common");
  const actor = await getActor();
  const largeText = await getLargeText();
  const unread = actor ? await unreadCount(actor) : 0;
  const otherLocale = locale === "zh-CN" ? "en" : "zh-CN";

  return (
    <header className="bg-emerald-900 text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-2xl font-bold tracking-wide">
          {t("portal.name")}
          <span className="sr-only"> — {t("portal.tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-1 text-sm">
          <form action={switchLanguageAction}>
            <input type="hidden" name="locale" value={otherLocale} />
            <button type="submit" className={linkButton} lang={otherLocale}>
              {t(`language.switch_to_${otherLocale === "en" ? "en" : "zh"}`)}
            </button>
          </form>
          <form action={toggleTextSizeAction}>
            <button type="submit" className={linkButton} aria-pressed={largeText}>
              {largeText ? t("text_size.normal") : t("text_size.large")}
            </button>
          </form>
          {actor ? (
            <form action={logoutAction}>
              <button type="submit" className={linkButton}>
                {t("auth.logout")}
              </button>
            </form>
          ) : (
            <Link href="/login" className={linkButton}>
              {t("auth.login")}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="bg-emerald-800">
        <ul className="mx-auto flex max-w-3xl flex-wrap gap-x-1 px-2">
          {navItemsFor(actor).map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block min-h-11 px-3 py-3 font-semibold hover:underline">
                {t(item.labelKey)}
                {item.href === "/inbox" && unread > 0 ? (
                  <>
                    {" "}
                    <span className="rounded-full bg-amber-300 px-2 text-slate-900" data-testid="unread-count">{unread}</span>
                    <span className="sr-only">{t("nav.unread")}</span>
                  </>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {actor ? (
        <p className="bg-emerald-950 px-4 py-1 text-center text-sm">
          {t("signed_in_as", { name: actor.name, role: t(`roles.${actor.role}`) })}
        </p>
      ) : null}
      {actor?.actingFor ? (
        <div role="status" className="bg-amber-300 text-slate-900">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
            <p className="font-bold" data-testid="acting-banner">
              {t("acting.banner", { name: actor.actingFor.applicantName })}
            </p>
            <form action={stopActingAction}>
              <button type="submit" className="min-h-11 rounded border-2 border-slate-900 px-3 py-1 font-semibold">
                {t("acting.stop")}
              </button>
            </form>
          </div>
        </div>
      ) : null}
    </header>
  );
}
