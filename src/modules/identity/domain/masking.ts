/**
 * Display masks for personal identifiers. GB/T 35273-2020 (个人信息安全规范)
 * §7.3 (个人信息的展示限制) asks for de-identified display of personal data; the shapes
 * below are the ones Chinese users already recognise from banks and apps.
 *
 * Masks count characters as Unicode code points and keep the original length,
 * so a person can still tell "is this my 18-digit ID or my 11-digit phone?".
 */

const MASK_CHAR = "*";

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = [...value];
  if (chars.length <= keepStart + keepEnd) {
    // Too short to show anything without revealing most of it.
    return MASK_CHAR.repeat(chars.length);
  }
  const hidden = chars.length - keepStart - keepEnd;
  return chars.slice(0, keepStart).join("") + MASK_CHAR.repeat(hidden) + chars.slice(chars.length - keepEnd).join("");
}

/**
 * Keep the first 4 (province + prefecture of a resident ID, authority + type +
 * province of a USCC) and the last 4; e.g. `5201**********1234`.
 */
export function maskIdentifier(id: string): string {
  return maskMiddle(id.trim(), 4, 4);
}

/**
 * Mainland mobiles show the 3-digit network prefix and the last 4:
 * `138****0001`. A +86 / 0086 prefix is kept as written. Other numbers keep
 * only the last 4.
 */
export function maskPhone(phone: string): string {
  const compact = phone.trim().replace(/[\s-]/g, "");
  const mainland = /^(\+86|0086)?(1\d{10})$/.exec(compact);
  if (mainland) {
    const [, prefix = "", number = ""] = mainland;
    return prefix + maskMiddle(number, 3, 4);
  }
  return maskMiddle(compact, 0, 4);
}

/** Bank card / account numbers: only the last 4 visible, spaces dropped. */
export function maskBankAccount(account: string): string {
  return maskMiddle(account.replace(/\s/g, ""), 0, 4);
}
