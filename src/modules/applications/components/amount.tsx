import { formatMoneyFen } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";

/** "¥500,000 – ¥800,000", or one figure when the range is a single amount. */
export function formatAmountRange(amount: { minFen: number; maxFen: number } | null, locale: Locale, unknownText: string): string {
  if (!amount) return unknownText;

  return amount.minFen === amount.maxFen ? formatMoneyFen(amount.minFen, locale) : `${formatMoneyFen(amount.minFen, locale)} – ${formatMoneyFen(amount.maxFen, locale)}`;
}
