// Every namespace of every locale, bundled for the server. Adding a namespace means adding
// its two JSON files and one line per locale here; tests/unit/locales.test.ts checks parity.
import enApplications from "../../locales/en/applications.json";
import enAuth from "../../locales/en/auth.json";
import enCommon from "../../locales/en/common.json";
import enCustoms from "../../locales/en/customs.json";
import enErrors from "../../locales/en/errors.json";
import enHome from "../../locales/en/home.json";
import enIdentity from "../../locales/en/identity.json";
import enMarket from "../../locales/en/market.json";
import enNotifications from "../../locales/en/notifications.json";
import enSubsidy from "../../locales/en/subsidy.json";
import zhApplications from "../../locales/zh-CN/applications.json";
import enWarehouse from "../../locales/en/warehouse.json";
import zhAuth from "../../locales/zh-CN/auth.json";
import zhCommon from "../../locales/zh-CN/common.json";
import zhCustoms from "../../locales/zh-CN/customs.json";
import zhErrors from "../../locales/zh-CN/errors.json";
import zhHome from "../../locales/zh-CN/home.json";
import zhIdentity from "../../locales/zh-CN/identity.json";
import zhMarket from "../../locales/zh-CN/market.json";
import zhNotifications from "../../locales/zh-CN/notifications.json";
import zhSubsidy from "../../locales/zh-CN/subsidy.json";
import zhWarehouse from "../../locales/zh-CN/warehouse.json";
import type { Locale } from "./settings";

export const NAMESPACES = ["common", "auth", "errors", "home", "identity", "subsidy", "customs", "applications", "warehouse", "notifications", "market"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES: Record<Locale, Record<Namespace, Record<string, unknown>>> = {
  "zh-CN": { common: zhCommon, auth: zhAuth, errors: zhErrors, home: zhHome, identity: zhIdentity, subsidy: zhSubsidy, customs: zhCustoms, applications: zhApplications, warehouse: zhWarehouse, notifications: zhNotifications, market: zhMarket },
  en: { common: enCommon, auth: enAuth, errors: enErrors, home: enHome, identity: enIdentity, subsidy: enSubsidy, customs: enCustoms, applications: enApplications, warehouse: enWarehouse, notifications: enNotifications, market: enMarket },
};
