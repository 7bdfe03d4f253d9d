// Uploads are judged by their first bytes, never by name or Content-Type (OWASP File Upload
// cheat sheet; ASVS 5.0 V5.1.1 documents the allowlist and the size limit).
export const ALLOWED_UPLOAD_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AllowedUploadType = (typeof ALLOWED_UPLOAD_TYPES)[number];
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const SIGNATURES: { mime: AllowedUploadType; bytes: number[]; extension: string }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extension: "pdf" },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff], extension: "jpg" },
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extension: "png" },
];

export function sniffUploadType(bytes: Uint8Array): { mime: AllowedUploadType; extension: string } | null {
  const match = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte));

  return match ? { mime: match.mime, extension: match.extension } : null;
}

export type UploadRejection = "empty" | "too_large" | "type_not_allowed";

export function checkUpload(bytes: Uint8Array): { ok: true; mime: AllowedUploadType; extension: string } | { ok: false; reason: UploadRejection } {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, reason: "too_large" };
  const type = sniffUploadType(bytes);
  if (!type) return { ok: false, reason: "type_not_allowed" };

  return { ok: true, ...type };
}
