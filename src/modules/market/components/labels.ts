import { PRODUCT_CODES, findProductCode } from "@/modules/customs/domain/product-codes";
import type { Locale } from "@/i18n/settings";
import { COUNTRIES, countryName } from "../domain/countries";

export function productName(code: string, locale: Locale): string {
  const p = findProductCode(code);
  if (!p) return code;

  return locale === "en" ? p.nameEn : p.nameZh;
}

export { countryName };

export function productOptions(locale: Locale) {
  return PRODUCT_CODES.map((p) => ({ value: p.code, label: locale === "en" ? p.nameEn : p.nameZh }));
}

export function countryOptions(locale: Locale) {
  return COUNTRIES.map((c) => ({ value: c.iso, label: locale === "en" ? c.nameEn : c.nameZh }));
}
