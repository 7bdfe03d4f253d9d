// Which items a person sees and who is told about an urgent alert. Seed 002 §4.2: 37% of
// rural sellers had unsold stock because they did not know their overseas market — the
// portal puts news about a seller's own products and markets first, without a search.
import { productCodesFromText } from "@/modules/customs/domain/product-codes";

export type Follows = { products: readonly string[]; countries: readonly string[] };
export type Tagged = { products: readonly string[]; countries: readonly string[] };

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * An item matches when it concerns one of the followed products (or the person follows no
 * product, or the item is about no product in particular) and likewise for countries.
 */
export function matchesFollows(item: Tagged, follows: Follows): boolean {
  const productOk = follows.products.length === 0 || item.products.length === 0 || intersects(item.products, follows.products);
  const countryOk = follows.countries.length === 0 || item.countries.length === 0 || intersects(item.countries, follows.countries);

  return productOk && countryOk;
}

/**
 * A follower of an item — someone an urgent alert is pushed to — matches it AND follows at
 * least one of its products or countries by name: general news matches everyone, but
 * pushing it to everyone would teach people to ignore the inbox.
 */
export function isFollowerOf(item: Tagged, follows: Follows): boolean {
  return matchesFollows(item, follows) && (intersects(item.products, follows.products) || intersects(item.countries, follows.countries));
}

/** Until someone chooses, they follow the products their market subjects say they sell. */
export function defaultFollows(subjectProducts: readonly (readonly string[])[]): Follows {
  return { products: productCodesFromText(subjectProducts.flat()), countries: [] };
}
