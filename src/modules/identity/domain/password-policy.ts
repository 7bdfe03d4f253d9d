import { dictionary } from "@zxcvbn-ts/language-common";
import type { Role } from "@/server/permissions";
import { COMMON_PASSWORDS_ZH } from "./common-passwords-zh";

/**
 * Password policy, OWASP ASVS 4.0.3 V2.1 and NIST SP 800-63B §5.1.1.2:
 * a length floor, a generous ceiling, a breached/common-password denylist and
 * context-specific words — and, deliberately, no composition rules (V2.1.9)
 * and no forced rotation (V2.1.10).
 */

export type PasswordRejection = "too_short" | "too_long" | "common" | "contains_personal";

export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordRejection };

export type PasswordContext = { phone?: string | null; name?: string | null };

// ASVS V2.1.1 asks for 12. Applicants are farmers and small sellers typing on
// phones, often helped by station staff; 8 (the NIST SP 800-63B floor) keeps
// them able to log in, and throttling plus the denylist carry the rest.
// Every account that can see other people's data gets the full 12.
const APPLICANT_MIN_LENGTH = 8;
const PRIVILEGED_MIN_LENGTH = 12;

// ASVS V2.1.2: at least 64 allowed, nothing longer than 128 — also bounds the
// work an attacker can push into the password hash.
export const PASSWORD_MAX_LENGTH = 128;

// Names this short match inside unrelated words ("li" in "climbing"); CJK
// names are two characters and specific enough.
const MIN_LATIN_NAME_LENGTH = 3;
const MIN_CJK_NAME_LENGTH = 2;

let commonPasswords: ReadonlySet<string> | undefined;

function getCommonPasswords(): ReadonlySet<string> {
  // Built on first use: ~50k entries, not needed by importers that never check.
  commonPasswords ??= new Set(
    [...dictionary["passwords-common"], ...COMMON_PASSWORDS_ZH].map((p) => p.toLowerCase()),
  );
  return commonPasswords;
}

export function minimumPasswordLength(role: Role): number {
  return role === "applicant" ? APPLICANT_MIN_LENGTH : PRIVILEGED_MIN_LENGTH;
}

/** ASVS V2.1.1/V2.1.2 count characters, not bytes: "密码" is 2, not 6. */
function countCharacters(password: string): number {
  return [...password].length;
}

export function isCommonPassword(password: string): boolean {
  return getCommonPasswords().has(password.toLowerCase());
}

/** Mainland numbers are stored with or without +86 / 0086; compare the 11 digits. */
function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.replace(/^(0086|86)(?=1\d{10}$)/, "");
}

function normaliseName(name: string): string {
  return name.replace(/\s+/g, "").toLowerCase();
}

function isSpecificEnoughName(name: string): boolean {
  // Any non-ASCII character: treat as a CJK (or other script) name.
  const minimum = /[^\u0000-\u007f]/.test(name) ? MIN_CJK_NAME_LENGTH : MIN_LATIN_NAME_LENGTH;
  return countCharacters(name) >= minimum;
}

function containsPersonalData(password: string, context: PasswordContext): boolean {
  const lowered = password.toLowerCase();
  const phone = context.phone ? normalisePhone(context.phone) : "";
  // "138-0000-0001" and "138 0000 0001" hide the same number.
  if (phone.length > 0 && lowered.replace(/[\s-]/g, "").includes(phone)) return true;
  const name = context.name ? normaliseName(context.name) : "";
  if (name.length > 0 && isSpecificEnoughName(name) && lowered.replace(/\s+/g, "").includes(name)) {
    return true;
  }
  return false;
}

export function checkPassword(password: string, role: Role, context: PasswordContext = {}): PasswordCheck {
  const length = countCharacters(password);
  if (length < minimumPasswordLength(role)) return { ok: false, reason: "too_short" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: "too_long" };
  if (isCommonPassword(password)) return { ok: false, reason: "common" };
  if (containsPersonalData(password, context)) return { ok: false, reason: "contains_personal" };
  return { ok: true };
}
