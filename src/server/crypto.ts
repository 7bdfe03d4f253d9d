import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt } from "node:crypto";

/**
 * Field-level encryption and hashing primitives, node:crypto only. Keys are
 * passed in by the caller (the env module parses them with `parseKey`).
 *
 * Encrypted fields: AES-256-GCM (NIST SP 800-38D) with a fresh random 96-bit
 * IV per value — the IV length GCM is defined for (§5.2.1.1) — and the full
 * 128-bit tag. At our volumes random IVs stay far below the 2^32-invocations
 * bound of §8.3 for a single key.
 */

const ALGORITHM = "aes-256-gcm";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = "v1";

export type FieldKey = Buffer;

export class FieldDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FieldDecryptionError";
  }
}

function assertKey(key: FieldKey): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`Key must be ${KEY_BYTES} bytes, got ${key.length}`);
}

// Strict: Buffer.from(…, "base64") silently skips junk, which would turn a
// pasted-wrong key into a different, valid-looking key.
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decode a base64 key from configuration; it must be exactly 32 bytes. */
export function parseKey(base64: string): FieldKey {
  const trimmed = base64.trim();
  if (!BASE64_PATTERN.test(trimmed)) {
    throw new Error("Key is not valid base64. Generate one with: openssl rand -base64 32");
  }
  const key = Buffer.from(trimmed, "base64");
  if (key.length !== KEY_BYTES) {
    throw new Error(
      `Key must decode to ${KEY_BYTES} bytes (AES-256), got ${key.length}. Generate one with: openssl rand -base64 32`,
    );
  }
  return key;
}

/**
 * Encrypt to `v1:<iv b64>:<tag b64>:<ct b64>`. The version prefix lets us
 * rotate algorithm or key later without guessing what a stored value is.
 *
 * `associatedData` (optional) is authenticated but not stored — pass e.g.
 * the table, column and row id so a ciphertext copied into another row fails
 * to decrypt. The same value must be given to `decryptField`.
 */
export function encryptField(plaintext: string, key: FieldKey, associatedData?: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  if (associatedData !== undefined) cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [FORMAT_VERSION, iv.toString("base64"), tag.toString("base64"), ciphertext.toString("base64")].join(":");
}

type EncryptedParts = { iv: Buffer; tag: Buffer; ciphertext: Buffer };

function splitEncrypted(value: string): EncryptedParts {
  const parts = value.split(":");
  if (parts.length !== 4 || parts[0] !== FORMAT_VERSION) {
    throw new FieldDecryptionError("Unrecognised encrypted field format");
  }
  const [, iv = "", tag = "", ciphertext = ""] = parts;
  if (![iv, tag, ciphertext].every((p) => BASE64_PATTERN.test(p))) {
    throw new FieldDecryptionError("Encrypted field is not valid base64");
  }
  const decoded = { iv: Buffer.from(iv, "base64"), tag: Buffer.from(tag, "base64"), ciphertext: Buffer.from(ciphertext, "base64") };
  // A short tag would let a forger succeed with far fewer guesses (SP 800-38D §5.2.1.2).
  if (decoded.iv.length !== IV_BYTES || decoded.tag.length !== TAG_BYTES) {
    throw new FieldDecryptionError("Encrypted field has a wrong IV or tag length");
  }
  return decoded;
}

/** Decrypt a `v1:` value; throws FieldDecryptionError if it was altered or the key is wrong. */
export function decryptField(value: string, key: FieldKey, associatedData?: string): string {
  assertKey(key);
  const { iv, tag, ciphertext } = splitEncrypted(value);
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  if (associatedData !== undefined) decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new FieldDecryptionError("Encrypted field failed authentication (tampered, or wrong key)");
  }
}

/**
 * Deterministic keyed hash for equality lookups on encrypted columns (find a
 * subject by ID number without decrypting every row). Keyed, so a database
 * dump alone cannot be brute-forced over the small ID-number space. Use a key
 * distinct from the encryption key; normalise the value before hashing.
 */
export function lookupHash(value: string, key: FieldKey): string {
  return createHmac("sha256", key).update(value, "utf8").digest("hex");
}

export function sha256Hex(data: string | Uint8Array): string {
  const hash = createHash("sha256");
  if (typeof data === "string") hash.update(data, "utf8");
  else hash.update(data);
  return hash.digest("hex");
}

/** Random URL-safe token. The default 32 bytes = 256 bits (ASVS V3.2.2 asks for ≥ 64 bits). */
export function generateToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 1) throw new RangeError("generateToken needs a positive whole number of bytes");
  return randomBytes(bytes).toString("base64url");
}

/**
 * Uniformly random decimal code (e.g. a 6-digit one-time code read out over
 * the phone). randomInt rejects-and-resamples, so no digit is favoured — unlike
 * reducing random bytes or base64 characters modulo 10.
 */
export function generateNumericCode(digits = 6): string {
  // randomInt's range must stay below 2^48, i.e. at most 14 decimal digits.
  if (!Number.isInteger(digits) || digits < 1 || digits > 14) {
    throw new RangeError("generateNumericCode supports 1 to 14 digits");
  }
  return randomInt(0, 10 ** digits).toString().padStart(digits, "0");
}

/**
 * Tokens are stored hashed so a database leak does not leak live sessions or
 * API tokens. Plain SHA-256 suffices: the input is 256 random bits, not a
 * guessable password, so no salt or slow hash is needed.
 */
export function hashToken(token: string): string {
  return sha256Hex(token);
}
