// A tiny S3 stand-in for tests: node:http on 127.0.0.1, objects in memory, path-style or
// virtual-hosted addressing. It checks every request's AWS Signature Version 4 by
// recomputing it with node:crypto from the known secret (independently of aws4fetch, the
// signer under test), and answers the way S3 does: 403 SignatureDoesNotMatch / InvalidAccessKeyId,
// 400 for a payload hash or Content-MD5 that does not match the body, 404 NoSuchKey,
// 412 for If-None-Match: * on an existing key.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeS3Options = { accessKeyId: string; secretAccessKey: string; region: string; bucket: string };
export type FakeS3Request = { method: string; path: string; headers: IncomingMessage["headers"]; status: number };
export type FakeS3 = {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** Object name (without the bucket) → stored object. */
  objects: Map<string, { body: Buffer; contentType: string | undefined }>;
  requests: FakeS3Request[];
  close(): Promise<void>;
};

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/, ]+)\/(\d{8})\/([^/, ]+)\/([^/, ]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;
// S3 refuses a request signed more than 15 minutes away from its own clock.
const MAX_SKEW_MS = 15 * 60 * 1000;

function errorXml(code: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code}</Message></Error>`;
}

function canonicalHeaderValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value.join(",") : (value ?? "")).trim().replace(/\s+/g, " ");
}

/** Null when the request is properly signed, else the HTTP status and S3 error code. */
function checkSignature(req: IncomingMessage, body: Buffer, options: FakeS3Options, now: number): { status: number; code: string } | null {
  const match = AUTHORIZATION.exec(req.headers.authorization ?? "");
  if (!match) return { status: 400, code: "AuthorizationHeaderMalformed" };
  const [, accessKeyId, date, region, service, signedHeaderList = "", signature = ""] = match;
  if (accessKeyId !== options.accessKeyId) return { status: 403, code: "InvalidAccessKeyId" };
  if (region !== options.region || service !== "s3") return { status: 400, code: "AuthorizationHeaderMalformed" };

  const amzDate = String(req.headers["x-amz-date"] ?? "");
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== date) return { status: 400, code: "AuthorizationHeaderMalformed" };
  const signedAt = Date.parse(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  if (Math.abs(now - signedAt) > MAX_SKEW_MS) return { status: 403, code: "RequestTimeTooSkewed" };

  // The headers S3 insists on signing, and every x-amz-* header sent must be signed.
  const signedHeaders = signedHeaderList.split(";");
  const mustSign = ["host", "x-amz-date", "x-amz-content-sha256", ...Object.keys(req.headers).filter((name) => name.startsWith("x-amz-") || name === "content-md5" || name === "if-none-match")];
  if (mustSign.some((name) => !signedHeaders.includes(name))) return { status: 403, code: "AccessDenied" };
  if ([...signedHeaders].sort().join(";") !== signedHeaderList) return { status: 403, code: "SignatureDoesNotMatch" };

  // The payload hash must be the body's, not UNSIGNED-PAYLOAD: the bytes are covered by the signature.
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  if (payloadHash !== sha256Hex(body)) return { status: 400, code: "XAmzContentSHA256Mismatch" };
  const md5 = req.headers["content-md5"];
  if (md5 !== undefined && md5 !== createHash("md5").update(body).digest("base64")) return { status: 400, code: "BadDigest" };

  const url = new URL(req.url ?? "/", "http://fake");
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).sort().join("&");
  const canonicalRequest = [
    req.method ?? "",
    url.pathname,
    query,
    signedHeaders.map((name) => `${name}:${canonicalHeaderValue(req.headers[name])}\n`).join(""),
    signedHeaderList,
    payloadHash,
  ].join("\n");
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, `${date}/${region}/s3/aws4_request`, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${options.secretAccessKey}`, date ?? ""), region ?? ""), "s3"), "aws4_request");
  const expected = hmac(signingKey, stringToSign);
  const given = Buffer.from(signature, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 403, code: "SignatureDoesNotMatch" };

  return null;
}

export async function startFakeS3(options: FakeS3Options): Promise<FakeS3> {
  const objects: FakeS3["objects"] = new Map();
  const requests: FakeS3Request[] = [];

  const answer = (req: IncomingMessage, res: ServerResponse, status: number, body: string | Buffer = "", headers: Record<string, string> = {}) => {
    requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, status });
    res.writeHead(status, { "content-type": "application/xml", ...headers });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const refused = checkSignature(req, body, options, Date.now());
      if (refused) return answer(req, res, refused.status, errorXml(refused.code));

      // Virtual-hosted (bucket.host/name) or path-style (host/bucket/name) addressing.
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      const virtualHosted = (req.headers.host ?? "").startsWith(`${options.bucket}.`);
      const bucketPrefix = virtualHosted ? "/" : `/${options.bucket}/`;
      if (!path.startsWith(bucketPrefix)) return answer(req, res, 404, errorXml("NoSuchBucket"));
      const name = decodeURIComponent(path.slice(bucketPrefix.length));

      if (req.method === "PUT") {
        if (req.headers["if-none-match"] === "*" && objects.has(name)) return answer(req, res, 412, errorXml("PreconditionFailed"));
        objects.set(name, { body, contentType: req.headers["content-type"] });

        return answer(req, res, 200, "", { etag: `"${createHash("md5").update(body).digest("hex")}"` });
      }
      if (req.method === "GET") {
        const object = objects.get(name);
        if (!object) return answer(req, res, 404, errorXml("NoSuchKey"));

        return answer(req, res, 200, object.body, { "content-type": object.contentType ?? "application/octet-stream" });
      }

      return answer(req, res, 405, errorXml("MethodNotAllowed"));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
