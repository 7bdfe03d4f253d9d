// What the vault holds (issue 4 §2). Validity is by calendar date in China; a document
// whose validTo has passed cannot be attached and is flagged on applications under review.

export const DOCUMENT_TYPES = [
  "business_licence",
  "id_card",
  "green_certificate",
  "organic_certificate",
  "invoice",
  "training_certificate",
  "authorisation_form",
] as const;
export type TDocumentType = (typeof DOCUMENT_TYPES)[number];

export const isDocumentType = (value: unknown): value is TDocumentType =>
  typeof value === "string" && (DOCUMENT_TYPES as readonly string[]).includes(value);

/** Expired means the last valid day is before today; a document without validTo never expires. */
export function isExpired(document: { validTo: string | null }, todayIso: string): boolean {
  return document.validTo !== null && document.validTo < todayIso;
}

/** Not yet valid (a certificate dated in the future) counts as not attachable either. */
export function isNotYetValid(document: { validFrom: string | null }, todayIso: string): boolean {
  return document.validFrom !== null && document.validFrom > todayIso;
}

export type TAttachVerdict = { ok: true } | { ok: false; reason: "document_expired" | "document_not_yet_valid" };

export function checkAttachable(document: { validFrom: string | null; validTo: string | null }, todayIso: string): TAttachVerdict {
  if (isExpired(document, todayIso)) return { ok: false, reason: "document_expired" };
  if (isNotYetValid(document, todayIso)) return { ok: false, reason: "document_not_yet_valid" };

  return { ok: true };
}
