import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "./actor";
import { AppError } from "./errors";
import { serveStoredFile } from "./file-response";
import { getActor } from "./session";
import { StoredFileMissingError } from "./storage-key";

vi.mock("./session", () => ({ getActor: vi.fn() }));

const reader: Actor = { userId: "u1", role: "applicant", name: "田茶农", countyCode: "520328", prefectureCode: null, stationId: null, actingFor: null, ip: "10.0.0.1" };
const request = (lang = "zh-CN") => new Request("http://localhost/documents/d1/file", { headers: { "accept-language": lang } });

beforeEach(() => {
  vi.mocked(getActor).mockResolvedValue(reader);
});

describe("serveStoredFile", () => {
  it("serves the bytes privately, sandboxed and uncached", async () => {
    const response = await serveStoredFile(request(), async () => ({ bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), mimeType: "application/pdf" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  });

  it("answers 404 to a reader who is not signed in or not allowed, without reading", async () => {
    vi.mocked(getActor).mockResolvedValueOnce(null);
    const read = vi.fn();
    expect((await serveStoredFile(request(), read)).status).toBe(404);
    expect(read).not.toHaveBeenCalled();
    const refused = await serveStoredFile(request(), async () => { throw new AppError("not_found", "document_not_found"); });
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe("没有找到");
  });

  it("turns a file the store lost into a translated 503, not a server error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await serveStoredFile(request("en"), async () => { throw new StoredFileMissingError("0b4f8f2e-3c1d-4e5f-8a9b-0c1d2e3f4a5b.pdf"); });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("upload the document again");
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("stored file missing"));
    errors.mockRestore();
  });

  it("lets any other failure through", async () => {
    await expect(serveStoredFile(request(), async () => { throw new Error("disk on fire"); })).rejects.toThrow("disk on fire");
  });
});
