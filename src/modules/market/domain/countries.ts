// ISO 3166-1 alpha-2 codes of the markets the papers name (seeds 002–004: ASEAN first;
// growing: Russia, Central Asia, Europe, USA; suggested: Pakistan, Myanmar, India), with
// the words used to spot them in gathered feed entries.
export type Country = { iso: string; nameZh: string; nameEn: string; words: string[] };

export const COUNTRIES: readonly Country[] = [
  { iso: "VN", nameZh: "越南", nameEn: "Vietnam", words: ["越南", "vietnam", "viet nam", "hanoi", "河内"] },
  { iso: "TH", nameZh: "泰国", nameEn: "Thailand", words: ["泰国", "thailand", "bangkok", "曼谷"] },
  { iso: "LA", nameZh: "老挝", nameEn: "Laos", words: ["老挝", "laos", "lao pdr", "vientiane", "万象"] },
  { iso: "MM", nameZh: "缅甸", nameEn: "Myanmar", words: ["缅甸", "myanmar"] },
  { iso: "KH", nameZh: "柬埔寨", nameEn: "Cambodia", words: ["柬埔寨", "cambodia"] },
  { iso: "MY", nameZh: "马来西亚", nameEn: "Malaysia", words: ["马来西亚", "malaysia"] },
  { iso: "SG", nameZh: "新加坡", nameEn: "Singapore", words: ["新加坡", "singapore"] },
  { iso: "ID", nameZh: "印度尼西亚", nameEn: "Indonesia", words: ["印度尼西亚", "印尼", "indonesia"] },
  { iso: "PH", nameZh: "菲律宾", nameEn: "Philippines", words: ["菲律宾", "philippines"] },
  { iso: "JP", nameZh: "日本", nameEn: "Japan", words: ["日本", "japan"] },
  { iso: "KR", nameZh: "韩国", nameEn: "South Korea", words: ["韩国", "korea"] },
  { iso: "HK", nameZh: "中国香港", nameEn: "Hong Kong, China", words: ["香港", "hong kong"] },
  { iso: "US", nameZh: "美国", nameEn: "United States", words: ["美国", "united states", "u.s.", "usa"] },
  { iso: "CA", nameZh: "加拿大", nameEn: "Canada", words: ["加拿大", "canada"] },
  { iso: "DE", nameZh: "德国", nameEn: "Germany", words: ["德国", "germany"] },
  { iso: "FR", nameZh: "法国", nameEn: "France", words: ["法国", "france"] },
  { iso: "PL", nameZh: "波兰", nameEn: "Poland", words: ["波兰", "poland"] },
  { iso: "RU", nameZh: "俄罗斯", nameEn: "Russia", words: ["俄罗斯", "russia"] },
  { iso: "KZ", nameZh: "哈萨克斯坦", nameEn: "Kazakhstan", words: ["哈萨克斯坦", "kazakhstan"] },
  { iso: "UZ", nameZh: "乌兹别克斯坦", nameEn: "Uzbekistan", words: ["乌兹别克斯坦", "uzbekistan"] },
  { iso: "PK", nameZh: "巴基斯坦", nameEn: "Pakistan", words: ["巴基斯坦", "pakistan"] },
  { iso: "IN", nameZh: "印度", nameEn: "India", words: ["印度", "india"] },
  { iso: "AE", nameZh: "阿联酋", nameEn: "United Arab Emirates", words: ["阿联酋", "迪拜", "uae", "dubai", "emirates"] },
  { iso: "SA", nameZh: "沙特阿拉伯", nameEn: "Saudi Arabia", words: ["沙特", "saudi"] },
  { iso: "KE", nameZh: "肯尼亚", nameEn: "Kenya", words: ["肯尼亚", "kenya"] },
  { iso: "AU", nameZh: "澳大利亚", nameEn: "Australia", words: ["澳大利亚", "australia"] },
  { iso: "NZ", nameZh: "新西兰", nameEn: "New Zealand", words: ["新西兰", "new zealand"] },
  { iso: "GB", nameZh: "英国", nameEn: "United Kingdom", words: ["英国", "united kingdom", "britain"] },
];

const BY_ISO = new Map(COUNTRIES.map((c) => [c.iso, c]));

export function findCountry(iso: string): Country | undefined {
  return BY_ISO.get(iso.toUpperCase());
}

export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && BY_ISO.has(value);
}

export function countryName(iso: string, locale: string): string {
  const c = BY_ISO.get(iso);
  if (!c) return iso;

  return locale === "en" ? c.nameEn : c.nameZh;
}

/** Countries named in a text (ASCII words matched on word boundaries, Chinese as substrings). */
export function countriesFromText(text: string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  for (const c of COUNTRIES) {
    const hit = c.words.some((w) => (/^[\x20-\x7e]+$/.test(w) ? new RegExp(`(^|[^a-z])${w.replace(/[.]/g, "\\.")}($|[^a-z])`).test(lower) : lower.includes(w)));
    if (hit) found.push(c.iso);
  }

  return found;
}
