import Link from "next/link";
import { getT } from "@/i18n/server";
import type { Actor } from "@/server/actor";
import { listItems } from "../service";
import { ItemCard } from "./item-card";

const HOME_ITEMS = 4;

/** The home page's market block: what concerns this person first, urgent alerts on top. */
export async function MarketHomeBlock({ actor }: { actor: Actor | null }) {
  const { t, locale } = await getT("market");
  const list = await listItems(actor, {}, { locale, personal: true, pageSize: HOME_ITEMS });
  const items = [...list.pinned, ...list.items].slice(0, HOME_ITEMS + list.pinned.length);

  return (
    <section aria-labelledby="market-news" className="mb-8 space-y-3" data-testid="home-market">
      <h2 id="market-news" className="text-xl font-bold">{list.personal ? t("home.title") : t("home.title_all")}</h2>
      {items.length === 0 ? <p>{t("home.empty")}</p> : (
        <ul className="space-y-3">
          {items.map((item) => <li key={item.id}><ItemCard item={item} /></li>)}
        </ul>
      )}
      <p className="flex flex-wrap gap-4">
        <Link href="/market" className="font-semibold text-emerald-800 underline">{t("home.more")}</Link>
        {actor ? <Link href="/market/follow" className="font-semibold text-emerald-800 underline">{t("home.follow")}</Link> : null}
      </p>
    </section>
  );
}
