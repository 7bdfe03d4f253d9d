// The S3-compatible driver against an in-process fake S3 that recomputes every SigV4
// signature (tests/support/fake-s3.ts): roundtrip, the missing-object error shared with the
// local driver, wrong credentials, key validation before any request, addressing styles,
// timeouts. Loopback only, no network.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeS3, type FakeS3 } from "../../tests/support/fake-s3";
import type { TS3Settings } from "./env";
import { localStorage } from "./storage";
import { S3StorageError, s3Storage } from "./storage-s3";
import { StoredFileMissingError } from "./storage-key";

const CREDENTIALS = { accessKeyId: "QKTTESTACCESSKEY", secretAccessKey: "qkt-test-secret-0123456789abcdefghij" };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1");
const KEY = /^[0-9a-f-]{36}\.pdf$/;

let fake: FakeS3;
let settings: TS3Settings;

beforeAll(async () => {
  fake = await startFakeS3({ ...CREDENTIALS, region: "cn-guiyang", bucket: "evidence" });
  settings = { endpoint: fake.endpoint, region: "cn-guiyang", bucket: "evidence", ...CREDENTIALS, forcePathStyle: true, prefix: "qkt/uploads" };
});
afterAll(() => fake.close());
afterEach(() => {
  fake.requests.length = 0;
});

describe("s3Storage", () => {
  it("stores under the prefix with a signed payload hash and reads the same bytes back", async () => {
    const storage = s3Storage(settings);
    // A view into a larger buffer: only the view's bytes may be hashed and sent.
    const backing = Buffer.concat([Buffer.from("garbage-before"), PDF, Buffer.from("garbage-after")]);
    const bytes = backing.subarray(14, 14 + PDF.length);

    const key = await storage.put(bytes, "pdf");

    expect(key).toMatch(KEY);
    expect(fake.objects.get(`qkt/uploads/${key}`)).toEqual({ body: PDF, contentType: "application/pdf" });
    const [put] = fake.requests;
    expect(put).toMatchObject({ method: "PUT", path: `/evidence/qkt/uploads/${key}`, status: 200 });
    const signedOn = String(put?.headers["x-amz-date"]).slice(0, 8);
    expect(put?.headers.authorization).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=QKTTESTACCESSKEY/${signedOn}/cn-guiyang/s3/aws4_request, SignedHeaders=content-md5;host;if-none-match;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$`),
    );
    expect(put?.headers["x-amz-content-sha256"]).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(put?.headers["if-none-match"]).toBe("*");

    const read = await storage.get(key);
    expect(Buffer.compare(read, PDF)).toBe(0);
    expect(fake.requests[1]).toMatchObject({ method: "GET", path: `/evidence/qkt/uploads/${key}`, status: 200 });
  });

  it("fails a missing object with the local driver's error", async () => {
    const key = "0b0f6d0e-6a3b-4c1e-9a57-2f1d5c9e8a10.png";
    const s3Error = await s3Storage(settings).get(key).catch((error: unknown) => error);
    expect(fake.requests[0]?.status).toBe(404);

    const dir = await mkdtemp(path.join(tmpdir(), "qkt-storage-"));
    const localError = await localStorage(dir).get(key).catch((error: unknown) => error);
    await rm(dir, { recursive: true, force: true });

    for (const error of [s3Error, localError]) {
      expect(error).toBeInstanceOf(StoredFileMissingError);
      expect(error).toMatchObject({ code: "ENOENT", message: `stored file missing: ${key}` });
    }
  });

  it("refuses a wrong secret with a clear error that names the settings, not the secret", async () => {
    const storage = s3Storage({ ...settings, secretAccessKey: "a-wrong-secret-that-must-not-leak" });
    const stored = fake.objects.size;

    const error = await storage.put(PDF, "pdf").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(S3StorageError);
    const message = (error as Error).message;
    expect(message).toMatch(/^S3 PUT evidence\/qkt\/uploads\/[0-9a-f-]{36}\.pdf failed: HTTP 403 SignatureDoesNotMatch \(check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_REGION\)$/);
    expect(message).not.toContain("a-wrong-secret");
    expect(fake.objects.size).toBe(stored);
    await expect(storage.get("0b0f6d0e-6a3b-4c1e-9a57-2f1d5c9e8a10.pdf")).rejects.toThrow(/HTTP 403 SignatureDoesNotMatch/);
  });

  it("refuses an unknown access key id", async () => {
    await expect(s3Storage({ ...settings, accessKeyId: "SOMEONEELSE" }).put(PDF, "pdf")).rejects.toThrow(/HTTP 403 InvalidAccessKeyId/);
  });

  it("refuses an invalid key or extension before sending anything", async () => {
    const storage = s3Storage(settings);
    for (const key of ["../../etc/passwd", "0b0f6d0e-6a3b-4c1e-9a57-2f1d5c9e8a10.exe", "0b0f6d0e-6a3b-4c1e-9a57-2f1d5c9e8a10.pdf/../x.pdf", ""]) {
      await expect(storage.get(key)).rejects.toThrow("invalid storage key");
    }
    await expect(storage.put(PDF, "exe")).rejects.toThrow("invalid storage key");
    expect(fake.requests).toHaveLength(0);
  });

  it("answers a missing bucket as a setting to fix, not a lost file", async () => {
    const error = await s3Storage({ ...settings, bucket: "no-such-bucket" })
      .get("0b0f6d0e-6a3b-4c1e-9a57-2f1d5c9e8a10.pdf")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(S3StorageError);
    expect((error as Error).message).toContain("HTTP 404 NoSuchBucket");
  });

  it("addresses bucket.host/key when path style is off (Aliyun OSS), signed for that host", async () => {
    const seen: string[] = [];
    // The bucket's host name cannot resolve here: deliver to the fake with its Host header intact.
    const deliver = async (request: Request) => {
      seen.push(request.url);
      const url = new URL(request.url);
      const target = new URL(fake.endpoint);
      const body = Buffer.from(await request.arrayBuffer());

      return new Promise<Response>((resolve, reject) => {
        const outgoing = httpRequest(
          { host: target.hostname, port: target.port, method: request.method, path: url.pathname, headers: { ...Object.fromEntries(request.headers), host: url.host, "content-length": String(body.length) } },
          (incoming) => {
            const chunks: Buffer[] = [];
            incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
            incoming.on("end", () => resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 500 })));
          },
        );
        outgoing.on("error", reject);
        outgoing.end(body);
      });
    };
    const storage = s3Storage({ ...settings, endpoint: "https://s3.oss-cn-chengdu.aliyuncs.com", forcePathStyle: false, prefix: "" }, { fetch: deliver });

    const key = await storage.put(PDF, "pdf");

    expect(seen).toEqual([`https://evidence.s3.oss-cn-chengdu.aliyuncs.com/${key}`]);
    expect(fake.requests[0]).toMatchObject({ status: 200, headers: { host: "evidence.s3.oss-cn-chengdu.aliyuncs.com" } });
    expect(Buffer.compare(await storage.get(key), PDF)).toBe(0);
  });

  describe("when the store does not answer", () => {
    let silent: Server;
    let silentEndpoint: string;
    beforeAll(async () => {
      // Accepts the connection and never answers.
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      silentEndpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      silent.closeAllConnections();
      silent.close();
    });

    it("gives up after the timeout with an error naming it", async () => {
      const storage = s3Storage({ ...settings, endpoint: silentEndpoint }, { timeoutMs: 100 });
      await expect(storage.get("0b0f6d0e-6a3b-4c1e-9a57-2f1d5c9e8a10.pdf")).rejects.toThrow("S3 GET evidence/qkt/uploads/0b0f6d0e-6a3b-4c1e-9a57-2f1d5c9e8a10.pdf failed: no answer within 100 ms");
    });

    it("reports a refused connection by its code", async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));

      await expect(s3Storage({ ...settings, endpoint: `http://127.0.0.1:${port}` }).put(PDF, "pdf")).rejects.toThrow(/failed: fetch failed \(ECONNREFUSED\)$/);
    });
  });
});
