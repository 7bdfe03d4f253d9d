// Tagging a gathered feed entry: the source's defaults plus products and countries named
// in the entry's own words. A trusted source's entry is published directly only when it
// ends up with at least one product and one country; otherwise it waits as a draft for an
// official to tag, so nothing untagged reaches (or misses) sellers silently.
import { productCodesFromText } from "@/modules/customs/domain/product-codes";
import { countriesFromText } from "./countries";

export type SourceRules = { trusted: boolean; defaultProducts: readonly string[]; defaultCountries: readonly string[] };

export type Tagging = { products: string[]; countries: string[]; publish: boolean };

export function tagEntry(entry: { title: string; summary: string; categories: readonly string[] }, source: SourceRules): Tagging {
  const words = [entry.title, entry.summary, ...entry.categories];
  const products = [...new Set([...source.defaultProducts, ...productCodesFromText(words)])];
  const countries = [...new Set([...source.defaultCountries, ...countriesFromText(words.join("\n"))])];

  return { products, countries, publish: source.trusted && products.length > 0 && countries.length > 0 };
}
