// The portal's product codes, shared by the customs guidance, the market feeds and the
// subsidy screener. Codes are stable slugs; HS codes and their sources live with the
// customs reference data (shared/reference/customs-fx-markets.md §2, seeds 002–003).
export const PRODUCT_CATEGORIES = ["tea", "spice", "fruit", "beverage", "herb", "handicraft", "liquor", "vegetable"] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export type ProductCode = {
  code: string;
  category: ProductCategory;
  nameZh: string;
  nameEn: string;
  hs6: string;
};

export const PRODUCT_CODES: readonly ProductCode[] = [
  { code: "green-tea", category: "tea", nameZh: "绿茶", nameEn: "Green tea", hs6: "090210" },
  { code: "black-tea", category: "tea", nameZh: "红茶", nameEn: "Black tea", hs6: "090230" },
  { code: "matcha", category: "tea", nameZh: "抹茶", nameEn: "Matcha", hs6: "090210" },
  { code: "dried-chili", category: "spice", nameZh: "干辣椒", nameEn: "Dried chili", hs6: "090421" },
  { code: "ground-chili", category: "spice", nameZh: "辣椒面", nameEn: "Ground chili", hs6: "090422" },
  { code: "chili-sauce", category: "spice", nameZh: "辣椒酱", nameEn: "Chili sauce", hs6: "210390" },
  { code: "apple", category: "fruit", nameZh: "苹果", nameEn: "Apples", hs6: "080810" },
  { code: "plum", category: "fruit", nameZh: "李子", nameEn: "Plums", hs6: "080940" },
  { code: "kiwifruit", category: "fruit", nameZh: "猕猴桃", nameEn: "Kiwifruit", hs6: "081050" },
  { code: "pomelo", category: "fruit", nameZh: "柚子", nameEn: "Pomelo", hs6: "080540" },
  { code: "rosa-roxburghii-juice", category: "beverage", nameZh: "刺梨汁", nameEn: "Rosa roxburghii juice", hs6: "200989" },
  { code: "gastrodia", category: "herb", nameZh: "天麻及中药材", nameEn: "Gastrodia and herbs", hs6: "121190" },
  { code: "miao-embroidery", category: "handicraft", nameZh: "苗绣", nameEn: "Miao embroidery", hs6: "581091" },
  { code: "silver-jewellery", category: "handicraft", nameZh: "苗族银饰", nameEn: "Miao silver jewellery", hs6: "711311" },
  { code: "baijiu", category: "liquor", nameZh: "白酒", nameEn: "Baijiu", hs6: "220890" },
  { code: "garlic", category: "vegetable", nameZh: "大蒜", nameEn: "Garlic", hs6: "070320" },
  { code: "konjac", category: "vegetable", nameZh: "魔芋", nameEn: "Konjac", hs6: "121299" },
];

const BY_CODE = new Map(PRODUCT_CODES.map((p) => [p.code, p]));

export function findProductCode(code: string): ProductCode | undefined {
  return BY_CODE.get(code);
}

// Words in a subject's free-text product list that identify a product code, so followers
// get sensible defaults from what they already told us (e.g. "湄潭翠芽绿茶" → green-tea).
const KEYWORDS: Record<string, string[]> = {
  "green-tea": ["绿茶", "毛尖", "翠芽", "green tea"],
  "black-tea": ["红茶", "遵义红", "black tea"],
  matcha: ["抹茶", "matcha"],
  "dried-chili": ["干辣椒", "朝天椒", "dried chili"],
  "ground-chili": ["辣椒面", "辣椒粉", "ground chili"],
  "chili-sauce": ["辣椒酱", "糟辣椒", "油辣椒", "chili sauce"],
  apple: ["苹果", "apple"],
  plum: ["李", "plum"],
  kiwifruit: ["猕猴桃", "kiwi"],
  pomelo: ["柚", "pomelo"],
  "rosa-roxburghii-juice": ["刺梨", "rosa roxburghii"],
  gastrodia: ["天麻", "中药材", "gastrodia"],
  "miao-embroidery": ["苗绣", "刺绣", "embroidery"],
  "silver-jewellery": ["银饰", "silver"],
  baijiu: ["白酒", "baijiu"],
  garlic: ["大蒜", "蒜", "garlic"],
  konjac: ["魔芋", "konjac"],
};

export function productCodesFromText(products: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of products) {
    const lower = text.toLowerCase();
    for (const [code, words] of Object.entries(KEYWORDS)) if (words.some((w) => lower.includes(w))) found.add(code);
  }

  return [...found];
}
