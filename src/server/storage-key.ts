import { randomUUID } from "node:crypto";

// Keys are chosen by the server, never by the uploader: a random UUID and one of the
// extensions the content check (file-type.ts) can produce. Every driver validates a key
// before touching disk or network, so a key read back from the database can never climb
// out of the upload directory or the bucket prefix.
const STORAGE_KEY = /^[0-9a-f-]{36}\.(pdf|jpg|png)$/;

const CONTENT_TYPES: Record<string, string> = { pdf: "application/pdf", jpg: "image/jpeg", png: "image/png" };

export function checkStorageKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error("invalid storage key");

  return key;
}

export function newStorageKey(extension: string): string {
  return checkStorageKey(`${randomUUID()}.${extension}`);
}

export function contentTypeOfKey(key: string): string {
  return CONTENT_TYPES[checkStorageKey(key).slice(37)] ?? "application/octet-stream";
}

/**
 * A key the database knows but the store does not hold. Carries fs's ENOENT code so both
 * drivers fail the same way: not an AppError — a lost evidence file is an operational fault,
 * not a "no such document" — so the file routes (file-response.ts) log it and answer a
 * translated 503 asking for a new upload.
 */
export class StoredFileMissingError extends Error {
  readonly code = "ENOENT";

  constructor(key: string) {
    super(`stored file missing: ${key}`);
    this.name = "StoredFileMissingError";
  }
}
