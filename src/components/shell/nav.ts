import type { Actor } from "@/server/actor";
import { can } from "@/server/permissions";

export type NavItem = { href: string; labelKey: string };

/** Navigation shows only the services that exist and that this role may use. */
export function navItemsFor(actor: Actor | null): NavItem[] {
  // Subsidy screening, customs guidance and warehouse space are public: a farmer needs no account
  // to find out what fits, how to ship or where there is room; booking asks for one.
  const items: NavItem[] = [
    { href: "/", labelKey: "nav.home" },
    { href: "/eligibility", labelKey: "nav.eligibility" },
    { href: "/customs", labelKey: "nav.customs" },
    { href: "/warehouses", labelKey: "nav.warehouses" },
    { href: "/market", labelKey: "nav.market" },
  ];
  if (!actor) return items;
  items.push({ href: "/inbox", labelKey: "nav.inbox" });
  if (actor.role === "applicant" || actor.actingFor) {
    items.push({ href: "/subjects", labelKey: "nav.subjects" });
    if (can("applicant", "subsidy.apply") && (!actor.actingFor || actor.actingFor.scope.includes("subsidy"))) items.push({ href: "/applications", labelKey: "nav.applications" });
    if (!actor.actingFor) items.push({ href: "/delegations", labelKey: "nav.delegations" });
    if (can("applicant", "warehouse.book") && (!actor.actingFor || actor.actingFor.scope.includes("warehouse"))) items.push({ href: "/bookings", labelKey: "nav.bookings" });
    items.push({ href: "/history", labelKey: "nav.history" });
  }
  if (actor.role === "station_staff") items.push({ href: "/station", labelKey: "nav.station" }, { href: "/market/county", labelKey: "nav.market_county" });
  if (actor.role === "official" && can(actor.role, "audit.read")) items.push({ href: "/official", labelKey: "nav.official" });
  if (actor.role === "official" && can(actor.role, "subsidy.review")) items.push({ href: "/review", labelKey: "nav.review" });
  if (can(actor.role, "programmes.manage")) items.push({ href: "/official/programmes", labelKey: "nav.programmes" });
  if (can(actor.role, "market.publish")) items.push({ href: "/market/manage", labelKey: "nav.market_manage" });
  if (actor.role === "administrator") items.push({ href: "/admin", labelKey: "nav.admin" });
  if (actor.role === "warehouse_operator") items.push({ href: "/manage/bookings", labelKey: "nav.warehouse_work" });
  if (can(actor.role, "warehouse.manage") || actor.role === "warehouse_operator") items.push({ href: "/manage/warehouses", labelKey: "nav.warehouse_manage" });
  items.push({ href: "/account", labelKey: "nav.account" });

  return items;
}
