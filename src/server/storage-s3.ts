import "server-only";
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import type { TS3Settings } from "./env";
import type { FileStorage } from "./storage";
import { checkStorageKey, contentTypeOfKey, newStorageKey, StoredFileMissingError } from "./storage-key";

/**
 * The S3-compatible driver (AWS S3, Aliyun OSS, MinIO, Ceph RGW): PutObject and GetObject
 * signed with AWS Signature Version 4 by aws4fetch. Keys and their validation are the local
 * driver's (storage-key.ts); objects live at `<S3_PREFIX>/<key>` in S3_BUCKET.
 */
export class S3StorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "S3StorageError";
  }
}

export type S3StorageOptions = {
  /** Per request, headers and body together. */
  timeoutMs?: number;
  /** Tests only: stands in for the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
};

// A 10 MB upload from the server to a store in the same region takes well under a second;
// 30 s leaves room for a slow intranet link without tying up a request forever.
const DEFAULT_TIMEOUT_MS = 30_000;
const EMPTY_SHA256 = createHash("sha256").digest("hex");
// Codes that mean the settings are wrong rather than the object or the network.
const CREDENTIAL_CODES = new Set(["SignatureDoesNotMatch", "InvalidAccessKeyId", "AuthorizationHeaderMalformed"]);

export function s3Storage(settings: TS3Settings, options: S3StorageOptions = {}): FileStorage {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const send = options.fetch ?? ((request: Request) => fetch(request));
  // aws4fetch only signs here. Its fetch() retries 5xx answers up to ten times; sending
  // ourselves keeps each request to one attempt under one deadline.
  const signer = new AwsClient({ accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, service: "s3", region: settings.region });
  const endpoint = new URL(settings.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, "");
  const objectName = (key: string) => (settings.prefix ? `${settings.prefix}/${checkStorageKey(key)}` : checkStorageKey(key));
  const objectUrl = (name: string) =>
    settings.forcePathStyle ? `${endpoint.origin}${basePath}/${settings.bucket}/${name}` : `${endpoint.protocol}//${settings.bucket}.${endpoint.host}${basePath}/${name}`;

  /**
   * One signed request, sent once. `read` runs under the same deadline as the headers, so
   * a store that stalls mid-body fails too. A key is validated before anything is sent.
   */
  async function call<T>(method: "GET" | "PUT", key: string, init: { headers: Record<string, string>; body?: Uint8Array }, read: (response: Response) => Promise<T>): Promise<T> {
    const name = objectName(key);
    let failure: string;
    try {
      const signed = await signer.sign(objectUrl(name), { method, headers: init.headers, body: init.body as Uint8Array<ArrayBuffer> | undefined, signal: AbortSignal.timeout(timeoutMs) });
      const response = await send(signed);
      if (response.ok) return await read(response);
      // Only the error code is kept: S3's error bodies also echo the string to sign and
      // the access key id, which have no place in a log.
      const code = /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec((await response.text()).slice(0, 4096))?.[1];
      // A missing bucket is a setting to fix, not a lost file.
      if (method === "GET" && response.status === 404 && code !== "NoSuchBucket") throw new StoredFileMissingError(key);
      failure = describeStatus(response.status, code);
    } catch (error) {
      if (error instanceof StoredFileMissingError) throw error;
      failure = describeFailure(error, timeoutMs);
    }
    // Names the object and the reason only: never the URL's signature or a header.
    throw new S3StorageError(`S3 ${method} ${settings.bucket}/${name} failed: ${failure}`);
  }

  return {
    async put(bytes, extension) {
      const key = newStorageKey(extension);
      const headers = {
        "content-type": contentTypeOfKey(key),
        // The store checks both: the SHA-256 is part of the signature, Content-MD5 is what
        // stores with object lock or older S3 APIs insist on.
        "x-amz-content-sha256": createHash("sha256").update(bytes).digest("hex"),
        "content-md5": createHash("md5").update(bytes).digest("base64"),
        // Never overwrite, as the local driver's "wx" flag: keys are random UUIDs, so a 412
        // here means something else wrote under our name.
        "if-none-match": "*",
      };
      await call("PUT", key, { headers, body: bytes }, async (response) => {
        await response.body?.cancel();
      });

      return key;
    },
    get: (key) => call("GET", key, { headers: { "x-amz-content-sha256": EMPTY_SHA256 } }, async (response) => Buffer.from(await response.arrayBuffer())),
  };
}

function describeStatus(httpStatus: number, code: string | undefined): string {
  const status = `HTTP ${httpStatus}${code ? ` ${code}` : ""}`;
  if (code === "RequestTimeTooSkewed") return `${status} (check this server's clock)`;
  if (code && CREDENTIAL_CODES.has(code)) return `${status} (check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_REGION)`;
  if (httpStatus === 403) return `${status} (the access key needs s3:PutObject and s3:GetObject on the bucket)`;

  return status;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
  // fetch reports "fetch failed" and puts the reason (ECONNREFUSED, ENOTFOUND, …) in cause.
  const cause = error.cause;
  if (cause instanceof Error) return `${error.message} (${(cause as NodeJS.ErrnoException).code ?? cause.message})`;

  return error.message;
}
