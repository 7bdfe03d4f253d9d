import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, checkUpload } from "./file-type";

const pdf = new TextEncoder().encode("%PDF-1.7\n...");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

describe("checkUpload", () => {
  it("accepts PDF, PNG and JPEG by their magic bytes", () => {
    expect(checkUpload(pdf)).toMatchObject({ ok: true, mime: "application/pdf" });
    expect(checkUpload(png)).toMatchObject({ ok: true, mime: "image/png" });
    expect(checkUpload(jpeg)).toMatchObject({ ok: true, mime: "image/jpeg" });
  });

  it("rejects an HTML file whatever its name, and a GIF", () => {
    expect(checkUpload(new TextEncoder().encode("<html><script>alert(1)</script>"))).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(checkUpload(new TextEncoder().encode("GIF89a"))).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(checkUpload(new TextEncoder().encode(" %PDF-1.7"))).toEqual({ ok: false, reason: "type_not_allowed" });
  });

  it("rejects empty and oversized files", () => {
    expect(checkUpload(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(pdf);
    expect(checkUpload(big)).toEqual({ ok: false, reason: "too_large" });
  });
});
