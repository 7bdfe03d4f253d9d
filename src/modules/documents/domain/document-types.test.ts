import { describe, expect, it } from "vitest";
import { checkAttachable, isDocumentType, isExpired } from "./document-types";

describe("document validity", () => {
  it("is expired only after its last valid day", () => {
    expect(isExpired({ validTo: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isExpired({ validTo: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isExpired({ validTo: null }, "2099-01-01")).toBe(false);
  });

  it("refuses to attach an expired or not yet valid document", () => {
    expect(checkAttachable({ validFrom: "2025-01-01", validTo: "2025-12-31" }, "2026-01-01")).toEqual({ ok: false, reason: "document_expired" });
    expect(checkAttachable({ validFrom: "2026-02-01", validTo: null }, "2026-01-01")).toEqual({ ok: false, reason: "document_not_yet_valid" });
    expect(checkAttachable({ validFrom: "2025-01-01", validTo: "2027-12-31" }, "2026-01-01")).toEqual({ ok: true });
  });

  it("knows the vault's document types", () => {
    expect(isDocumentType("green_certificate")).toBe(true);
    expect(isDocumentType("selfie")).toBe(false);
  });
});
