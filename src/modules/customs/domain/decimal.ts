// Exact decimal arithmetic on strings and bigint: exchange rates and percentages are stored as
// the decimal text the source published (e.g. CFETS "7.1879") and never pass through a float.
export type Ratio = { n: bigint; d: bigint };

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,10}))?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}

/** "7.1879" → 71879/10000. Throws on anything that is not a plain non-negative decimal. */
export function parseDecimal(value: string): Ratio {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal: ${value}`);
  const fraction = match[2] ?? "";

  return { n: BigInt(`${match[1]}${fraction}`), d: 10n ** BigInt(fraction.length) };
}

/** Number of digits after the decimal point. */
export function decimalPlaces(value: string): number {
  return DECIMAL.exec(value.trim())?.[2]?.length ?? 0;
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function div(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError("division by zero");

  return { n: a.n * b.d, d: a.d * b.n };
}

export function add(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export const ratio = (n: bigint | number, d: bigint | number = 1n): Ratio => ({ n: BigInt(n), d: BigInt(d) });

/** Rounds half away from zero to an integer (the usual commercial rounding of a fen). */
export function roundHalfUp(value: Ratio): bigint {
  const sign = value.n < 0n !== value.d < 0n ? -1n : 1n;
  const n = value.n < 0n ? -value.n : value.n;
  const d = value.d < 0n ? -value.d : value.d;

  return sign * ((2n * n + d) / (2n * d));
}

/** Rounds up (towards +∞) to an integer: a break-even price must not fall short by a fen. */
export function ceil(value: Ratio): bigint {
  const n = value.d < 0n ? -value.n : value.n;
  const d = value.d < 0n ? -value.d : value.d;
  const q = n / d;

  return n % d > 0n ? q + 1n : q;
}

/** Integer minor units → decimal text with `places` decimals: 1250n, 2 → "12.50". */
export function formatMinor(minor: bigint, places: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(places + 1, "0");
  const whole = places > 0 ? digits.slice(0, -places) : digits;
  const text = places > 0 ? `${whole}.${digits.slice(-places)}` : whole;

  return negative ? `-${text}` : text;
}

/** Sum of decimal strings as decimal text: "0" + "7.5" → "7.5". */
export function addDecimalStrings(values: readonly string[]): string {
  const places = Math.max(0, ...values.map(decimalPlaces));
  const total = values.reduce((sum, v) => {
    const r = parseDecimal(v);

    return sum + (r.n * 10n ** BigInt(places)) / r.d;
  }, 0n);
  const text = formatMinor(total, places);

  return places > 0 ? text.replace(/\.?0+$/, "") : text;
}
