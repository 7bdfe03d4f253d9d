/**
 * Validation of the two identifiers a subject can be registered under:
 *  - the unified social credit code (统一社会信用代码, USCC) of a business, GB 32100-2015;
 *  - the resident identity card number (公民身份号码) of a person, GB 11643-1999.
 *
 * Both standards end in a check character, so a mistyped code is caught here
 * before it reaches the database or a government system.
 */

export type SubjectIdentifierKind = "uscc" | "resident_id";

export type IdentifierRejection = "format" | "checksum" | "birthdate" | "region";

export type ParsedIdentifier =
  | { ok: true; normalised: string }
  | { ok: false; reason: IdentifierRejection };

/* ------------------------------------------------------------------ */
/* USCC — GB 32100-2015                                                */
/* ------------------------------------------------------------------ */

// GB 32100-2015 §4: digits plus 21 capital letters; I, O, Z, S and V are left
// out because they are easily confused with 1, 0, 2, 5 and U.
const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// GB 32100-2015 §5 (校验码计算): W_i = 3^(i-1) mod 31 for positions 1..17.
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

// Position 1 is the registration authority (登记管理部门代码). The standard
// lists 1 (机构编制), 5 (民政), 9 (工商) and Y (其他); later allocations by the
// State Administration for Market Regulation added 2–4, 6–8, A and N (e.g. N
// for rural collective economic organisations). We accept the union: an
// unknown-but-checksummed authority is better let through than a real seller
// blocked.
const USCC_AUTHORITY_CODES = "123456789ANY";

// Position 2 is the organisation type within that authority; every allocation
// so far uses 1–9 (9 = 其他). Lenient for the same reason as above.
const USCC_TYPE_CODES = "123456789";

const USCC_LENGTH = 18;

/** Trim and uppercase: codes are printed in capitals but typed any way. */
function normaliseUscc(raw: string): string {
  return raw.trim().toUpperCase();
}

function isUsccChar(char: string): boolean {
  return char.length === 1 && USCC_CHARSET.includes(char);
}

/**
 * The 18th character of a USCC, from the first 17 (GB 32100-2015 §5):
 * C18 = 31 − (Σ Ci·Wi mod 31), where 31 maps to '0'; values index the charset
 * (so 30 is 'Y').
 */
export function computeUsccCheckChar(first17: string): string {
  const body = normaliseUscc(first17);
  if (body.length !== USCC_LENGTH - 1 || ![...body].every(isUsccChar)) {
    throw new RangeError("computeUsccCheckChar needs 17 characters from the USCC character set");
  }
  const sum = [...body].reduce(
    (acc, char, index) => acc + USCC_CHARSET.indexOf(char) * (USCC_WEIGHTS[index] ?? 0),
    0,
  );
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

function hasUsccShape(code: string): boolean {
  if (code.length !== USCC_LENGTH || ![...code].every(isUsccChar)) return false;
  // Positions 3–8: the registering authority's administrative division code
  // (GB/T 2260), always six digits.
  return (
    USCC_AUTHORITY_CODES.includes(code.charAt(0)) &&
    USCC_TYPE_CODES.includes(code.charAt(1)) &&
    /^\d{6}$/.test(code.slice(2, 8))
  );
}

// Deliberately not enforced: the GB 11714 check digit inside positions 9–17
// (the embedded organisation code). Position 18 already catches any single
// transcription error, and a second, older check risks rejecting genuine codes.
function parseUscc(raw: string): ParsedIdentifier {
  const code = normaliseUscc(raw);
  if (!hasUsccShape(code)) return { ok: false, reason: "format" };
  if (computeUsccCheckChar(code.slice(0, 17)) !== code.charAt(17)) {
    return { ok: false, reason: "checksum" };
  }
  return { ok: true, normalised: code };
}

export function isValidUscc(code: string): boolean {
  return parseUscc(code).ok;
}

/* ------------------------------------------------------------------ */
/* Resident ID — GB 11643-1999                                         */
/* ------------------------------------------------------------------ */

// GB 11643-1999 §7 / ISO 7064:1983 MOD 11-2: W_i = 2^(18-i) mod 11.
const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Check digit indexed by (Σ ai·Wi mod 11); 10 is written as Roman X.
const RESIDENT_ID_CHECK_MAP = "10X98765432";

// First two digits: province-level division (GB/T 2260). 11–65 are the
// mainland provinces; 71 Taiwan, 81 Hong Kong and 82 Macao are used on the
// residence permits that share this format.
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15",
  "21", "22", "23",
  "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46",
  "50", "51", "52", "53", "54",
  "61", "62", "63", "64", "65",
  "71", "81", "82",
]);

const EARLIEST_BIRTH_YEAR = 1900;

// China has used a single UTC+8 offset without daylight saving since 1991, so
// "today" for a birth date on a PRC card is the calendar date at UTC+8.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type ResidentIdOptions = { today?: Date };

function normaliseResidentId(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The 18th character of a resident ID from the first 17 digits (ISO 7064 MOD 11-2). */
export function computeResidentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError("computeResidentIdCheckDigit needs exactly 17 digits");
  }
  const sum = [...first17].reduce(
    (acc, digit, index) => acc + Number(digit) * (RESIDENT_ID_WEIGHTS[index] ?? 0),
    0,
  );
  return RESIDENT_ID_CHECK_MAP.charAt(sum % 11);
}

function toChinaDateKey(date: Date): string {
  const shifted = new Date(date.getTime() + CHINA_OFFSET_MS);
  const y = shifted.getUTCFullYear().toString().padStart(4, "0");
  const m = (shifted.getUTCMonth() + 1).toString().padStart(2, "0");
  const d = shifted.getUTCDate().toString().padStart(2, "0");
  return `${y}${m}${d}`;
}

function isCalendarDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids DST gaps.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Positions 7–14 are the birth date (GB 11643-1999 §6.2): YYYYMMDD, a real past date. */
function isPlausibleBirthDate(yyyymmdd: string, today: Date): boolean {
  if (!isCalendarDate(yyyymmdd)) return false;
  if (Number(yyyymmdd.slice(0, 4)) < EARLIEST_BIRTH_YEAR) return false;
  // Fixed-width digit strings compare chronologically.
  return yyyymmdd <= toChinaDateKey(today);
}

// Checks run from the most specific to the least: a typo in the date usually
// breaks the checksum too, and "birth date" tells the person where to look.
function parseResidentId(raw: string, options: ResidentIdOptions = {}): ParsedIdentifier {
  const id = normaliseResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: "format" };
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return { ok: false, reason: "region" };
  if (!isPlausibleBirthDate(id.slice(6, 14), options.today ?? new Date())) {
    return { ok: false, reason: "birthdate" };
  }
  if (computeResidentIdCheckDigit(id.slice(0, 17)) !== id.charAt(17)) {
    return { ok: false, reason: "checksum" };
  }
  return { ok: true, normalised: id };
}

/**
 * 18-character resident ID (second-generation card). The 15-digit first-
 * generation numbers stopped being valid on 1 January 2013 and are rejected.
 */
export function isValidResidentId(id: string, options: ResidentIdOptions = {}): boolean {
  return parseResidentId(id, options).ok;
}

/* ------------------------------------------------------------------ */

/** Validate and normalise either kind, saying precisely what is wrong. */
export function parseSubjectIdentifier(
  kind: SubjectIdentifierKind,
  raw: string,
  options: ResidentIdOptions = {},
): ParsedIdentifier {
  return kind === "uscc" ? parseUscc(raw) : parseResidentId(raw, options);
}
