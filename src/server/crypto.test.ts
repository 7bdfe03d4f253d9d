import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decryptField,
  encryptField,
  FieldDecryptionError,
  generateNumericCode,
  generateToken,
  hashToken,
  lookupHash,
  parseKey,
  sha256Hex,
} from "./crypto";

const KEY = parseKey(randomBytes(32).toString("base64"));
const OTHER_KEY = parseKey(randomBytes(32).toString("base64"));

/** Flip one bit of the base64 segment at `index` (1 = iv, 2 = tag, 3 = ciphertext). */
function tamper(value: string, index: number): string {
  const parts = value.split(":");
  const bytes = Buffer.from(parts[index] ?? "", "base64");
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[index] = bytes.toString("base64");
  return parts.join(":");
}

describe("parseKey", () => {
  it("accepts 32 bytes of base64, with surrounding whitespace", () => {
    const raw = randomBytes(32);
    expect(parseKey(` ${raw.toString("base64")}\n`).equals(raw)).toBe(true);
  });

  it("rejects the wrong length with a message naming the size", () => {
    expect(() => parseKey(randomBytes(16).toString("base64"))).toThrow(/32 bytes.*got 16/);
    expect(() => parseKey("")).toThrow(/got 0/);
  });

  it("rejects non-base64 instead of silently decoding part of it", () => {
    expect(() => parseKey(`${randomBytes(32).toString("base64")}!!`)).toThrow(/not valid base64/);
    expect(() => parseKey("change-me-in-production")).toThrow(/not valid base64/);
  });
});

describe("encryptField / decryptField", () => {
  it("round-trips UTF-8, including the empty string", () => {
    for (const text of ["520102199003071234", "王芳 · 湄潭县兴隆镇", "", "🍵".repeat(1000)]) {
      expect(decryptField(encryptField(text, KEY), KEY)).toBe(text);
    }
  });

  it("produces the versioned format with a 12-byte IV and 16-byte tag", () => {
    const value = encryptField("hello", KEY);
    const [version, iv, tag, ct] = value.split(":");
    expect(version).toBe("v1");
    expect(Buffer.from(iv ?? "", "base64")).toHaveLength(12);
    expect(Buffer.from(tag ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(ct ?? "", "base64")).toHaveLength(5);
  });

  it("uses a fresh IV each time", () => {
    const a = encryptField("same", KEY);
    const b = encryptField("same", KEY);
    expect(a).not.toBe(b);
    expect(a.split(":")[1]).not.toBe(b.split(":")[1]);
  });

  it.each([
    [1, "IV"],
    [2, "tag"],
    [3, "ciphertext"],
  ])("detects a flipped bit in the %s segment (%s)", (index) => {
    const value = encryptField("520102199003071234", KEY);
    expect(() => decryptField(tamper(value, index), KEY)).toThrow(FieldDecryptionError);
  });

  it("detects a wrong key", () => {
    expect(() => decryptField(encryptField("secret", KEY), OTHER_KEY)).toThrow(FieldDecryptionError);
  });

  it("binds associated data: a value moved to another row fails", () => {
    const value = encryptField("520102199003071234", KEY, "subject:42:idNumber");
    expect(decryptField(value, KEY, "subject:42:idNumber")).toBe("520102199003071234");
    expect(() => decryptField(value, KEY, "subject:43:idNumber")).toThrow(FieldDecryptionError);
    expect(() => decryptField(value, KEY)).toThrow(FieldDecryptionError);
  });

  it("rejects malformed values", () => {
    const value = encryptField("x", KEY);
    const [, iv, tag, ct] = value.split(":");
    for (const bad of [
      "",
      "plaintext",
      `v2:${iv}:${tag}:${ct}`,
      `v1:${iv}:${tag}`,
      `v1:${iv}:${tag}:${ct}:extra`,
      `v1:${iv}:${Buffer.from(tag ?? "", "base64").subarray(0, 4).toString("base64")}:${ct}`, // truncated tag
      `v1:${randomBytes(16).toString("base64")}:${tag}:${ct}`,
      `v1:${iv}:${tag}:not*base64`,
    ]) {
      expect(() => decryptField(bad, KEY), bad).toThrow(FieldDecryptionError);
    }
  });

  it("refuses keys of the wrong size", () => {
    expect(() => encryptField("x", randomBytes(16))).toThrow(RangeError);
    expect(() => decryptField(encryptField("x", KEY), randomBytes(31))).toThrow(RangeError);
  });
});

describe("lookupHash", () => {
  it("is deterministic per key and differs across keys", () => {
    const a = lookupHash("520102199003071234", KEY);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(lookupHash("520102199003071234", KEY)).toBe(a);
    expect(lookupHash("520102199003071234", OTHER_KEY)).not.toBe(a);
    expect(lookupHash("520102199003071235", KEY)).not.toBe(a);
  });

  it("matches RFC 4231 test case 2", () => {
    expect(lookupHash("what do ya want for nothing?", Buffer.from("Jefe"))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });
});

describe("sha256Hex / hashToken / generateToken", () => {
  it("hashes strings as UTF-8 and bytes as-is (FIPS 180-4 vectors)", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(Buffer.from("abc"))).toBe(sha256Hex("abc"));
    expect(sha256Hex(new Uint8Array())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("generates URL-safe tokens of the requested entropy", () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(Buffer.from(generateToken(48), "base64url")).toHaveLength(48);
    expect(generateToken()).not.toBe(token);
  });

  it("refuses non-positive or fractional sizes", () => {
    expect(Buffer.from(generateToken(8), "base64url")).toHaveLength(8);
    expect(() => generateToken(0)).toThrow(RangeError);
    expect(() => generateToken(16.5)).toThrow(RangeError);
  });

  it("generates zero-padded numeric codes with every digit reachable", () => {
    const codes = Array.from({ length: 2000 }, () => generateNumericCode());
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes.join("")).size).toBe(10);
    expect(generateNumericCode(4)).toMatch(/^\d{4}$/);
    expect(generateNumericCode(14)).toMatch(/^\d{14}$/);
    expect(() => generateNumericCode(0)).toThrow(RangeError);
    expect(() => generateNumericCode(15)).toThrow(RangeError);
  });

  it("hashes tokens to sha256 hex", () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(sha256Hex(token));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
