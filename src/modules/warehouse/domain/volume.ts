// Volumes are integer hundredths of a cubic metre ("centi-m³"): the issue allows bookings in
// 0.01 m³ steps, and integers keep every sum exact (0.1 + 0.2 m³ must not be 0.30000000000000004).

/** 0.01 m³ per unit. */
export const CENTI_PER_M3 = 100;
/** Largest single booking, 10,000 m³ — far above a public warehouse's daily capacity. */
export const MAX_BOOKING_CENTI = 10_000 * CENTI_PER_M3;

export type VolumeParse = { ok: true; centi: number } | { ok: false; reason: "volume_invalid" | "volume_too_precise" | "volume_not_positive" | "volume_too_large" };

const DECIMAL = /^(\d{1,7})(?:\.(\d{1,2}))?$/;
const DECIMAL_ANY_PRECISION = /^\d{1,7}\.\d{3,}$/;

/**
 * A volume in m³ from a decimal string ("3", "3.5", "0.01") or a JSON number with at most two
 * decimals. Numbers are read through their shortest decimal form, so 0.1 + 0.2 (printed
 * 0.30000000000000004) is refused rather than rounded: the caller must say what they mean.
 */
export function parseVolumeM3(input: unknown): VolumeParse {
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, reason: "volume_invalid" };
    text = String(input);
  } else if (typeof input === "string") {
    text = input.trim();
  } else {
    return { ok: false, reason: "volume_invalid" };
  }
  const match = DECIMAL.exec(text);
  if (!match) return { ok: false, reason: DECIMAL_ANY_PRECISION.test(text) || /e-/i.test(text) ? "volume_too_precise" : "volume_invalid" };
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(2, "0"));
  const centi = whole * CENTI_PER_M3 + fraction;
  if (centi <= 0) return { ok: false, reason: "volume_not_positive" };
  if (centi > MAX_BOOKING_CENTI) return { ok: false, reason: "volume_too_large" };

  return { ok: true, centi };
}

/** Centi-m³ → the exact decimal string the API returns ("3", "0.5", "12.25"). */
export function formatCentiM3(centi: number): string {
  const sign = centi < 0 ? "-" : "";
  const abs = Math.abs(centi);
  const whole = Math.floor(abs / CENTI_PER_M3);
  const fraction = abs % CENTI_PER_M3;
  if (fraction === 0) return `${sign}${whole}`;

  return `${sign}${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}

