import "server-only";
import { createInstance, type TFunction } from "i18next";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { NAMESPACES, RESOURCES, type Namespace } from "./resources";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TEXT_SIZE_COOKIE, isLocale, type Locale } from "./settings";

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

const getI18n = cache(async (locale: Locale) => {
  const instance = createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: "common",
    resources: RESOURCES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });

  return instance;
});

export async function getT(ns: Namespace = "common", locale?: Locale): Promise<{ t: TFunction; locale: Locale }> {
  const lng = locale ?? (await getLocale());
  const i18n = await getI18n(lng);

  return { t: i18n.getFixedT(lng, ns), locale: lng };
}

export function translatorFor(locale: Locale, ns: Namespace = "common"): TFunction {
  const instance = createInstance();
  void instance.init({ lng: locale, fallbackLng: false, ns: [...NAMESPACES], defaultNS: "common", resources: RESOURCES, interpolation: { escapeValue: false }, initAsync: false });

  return instance.getFixedT(locale, ns);
}
