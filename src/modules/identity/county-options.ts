import "server-only";
import type { Locale } from "@/i18n/settings";
import { listCounties } from "./service";

export async function countyOptions(locale: Locale) {
  const counties = await listCounties();

  return counties.map((c) => ({
    value: c.code,
    label: locale === "en" ? c.nameEn : c.nameZh,
    group: locale === "en" ? c.prefecture.nameEn : c.prefecture.nameZh,
  }));
}
