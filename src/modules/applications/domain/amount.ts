// An approval's amount must sit inside the range the rules computed (policies.md: "where a
// paper gives a band the engine returns a range; the reviewing official fixes the amount
// inside it"). A programme that publishes no amount leaves it to the official, above zero.

export type TAmountVerdict = { ok: true } | { ok: false; reason: "amount_required" | "amount_out_of_range" };

export function checkApprovedAmount(amountFen: number | null | undefined, range: { minFen: number; maxFen: number } | null): TAmountVerdict {
  if (amountFen === null || amountFen === undefined || !Number.isInteger(amountFen) || amountFen < 0) return { ok: false, reason: "amount_required" };
  if (range === null) return amountFen > 0 ? { ok: true } : { ok: false, reason: "amount_out_of_range" };
  if (amountFen < range.minFen || amountFen > range.maxFen || amountFen === 0) return { ok: false, reason: "amount_out_of_range" };

  return { ok: true };
}
