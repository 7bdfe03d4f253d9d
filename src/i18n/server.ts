import "server-only";
import { createInstance, type TFunction } from "i18next";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { NAMESPACES, RESOURCES, type Namespace } from "./resources";
import { formatBasisPoints, formatMoneyFen } from "./format";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TEXT_SIZE_COOKIE, isLocale, toLocale, type Locale } from "./settings";

function localeFromAcceptLanguage(header: string | null): Locale {
  // Chinese is the default; English only when the browser prefers it over Chinese.
  if (!header) return DEFAULT_LOCALE;
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";

  return first.startsWith("en") ? "en" : DEFAULT_LOCALE;
}

export const getLocale = cache(async (): Promise<Locale> => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;

  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

export const getLargeText = cache(async (): Promise<boolean> => (await cookies()).get(TEXT_SIZE_COOKIE)?.value === "large");

/** A synchronous i18next instance with the portal's formatters: `money` (fen → yuan) and `bps` (basis points → %). */
function createI18n(locale: Locale) {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: "common",
    resources: RESOURCES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.services.formatter?.add("money", (value: unknown, lng?: string) => formatMoneyFen(Number(value), toLocale(lng)));
  instance.services.formatter?.add("bps", (value: unknown, lng?: string) => formatBasisPoints(Number(value), toLocale(lng)));

  return instance;
}

const getI18n = cache(async (locale: Locale) => createI18n(locale));

export async function getT(ns: Namespace = "common", locale?: Locale): Promise<{ t: TFunction; locale: Locale }> {
  const lng = locale ?? (await getLocale());
  const i18n = await getI18n(lng);

  return { t: i18n.getFixedT(lng, ns), locale: lng };
}

// Creating an instance loads every namespace (about 1.5 ms); the API translates each error
// and refusal it sends, so one instance per locale serves them all (the resources are static).
const apiInstances = new Map<Locale, ReturnType<typeof createI18n>>();

export function translatorFor(locale: Locale, ns: Namespace = "common"): TFunction {
  let instance = apiInstances.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    apiInstances.set(locale, instance);
  }

  return instance.getFixedT(locale, ns);
}
