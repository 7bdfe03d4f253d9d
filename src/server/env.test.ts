// Environment validation, the S3 storage settings in particular: a missing or malformed
// variable is named at startup, its value (often a secret) never is.
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const BASE = {
  NEXTAUTH_SECRET: "env-test-nextauth-secret-0123456789abcdef",
  FIELD_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
  LOOKUP_HASH_KEY: Buffer.alloc(32, 2).toString("base64"),
};
const S3 = {
  STORAGE_DRIVER: "s3",
  S3_ENDPOINT: "http://minio:9000",
  S3_REGION: "us-east-1",
  S3_BUCKET: "qkt-evidence",
  S3_ACCESS_KEY_ID: "QKTACCESSKEYID",
  S3_SECRET_ACCESS_KEY: "very-secret-value-do-not-print",
};

function problemsOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the environment to be refused");
}

describe("parseEnv: storage", () => {
  it("defaults to the local disk and ignores the S3 block", () => {
    expect(parseEnv(BASE)).toMatchObject({ STORAGE_DRIVER: "local", STORAGE_DIR: "./data/uploads", s3: null });
  });

  it("collects the S3 settings, path style by default (MinIO)", () => {
    expect(parseEnv({ ...BASE, ...S3 }).s3).toEqual({
      endpoint: "http://minio:9000",
      region: "us-east-1",
      bucket: "qkt-evidence",
      accessKeyId: "QKTACCESSKEYID",
      secretAccessKey: "very-secret-value-do-not-print",
      forcePathStyle: true,
      prefix: "",
    });
  });

  it("takes virtual-hosted style and a prefix (Aliyun OSS)", () => {
    const s3 = parseEnv({ ...BASE, ...S3, S3_ENDPOINT: "https://s3.oss-cn-chengdu.aliyuncs.com", S3_REGION: "cn-chengdu", S3_FORCE_PATH_STYLE: "false", S3_PREFIX: "/qkt/uploads/" }).s3;
    expect(s3).toMatchObject({ endpoint: "https://s3.oss-cn-chengdu.aliyuncs.com", forcePathStyle: false, prefix: "qkt/uploads" });
  });

  it("treats an empty S3_PREFIX= line as unset", () => {
    expect(parseEnv({ ...BASE, ...S3, S3_PREFIX: "" }).s3?.prefix).toBe("");
  });

  it("names every required variable that is missing for the s3 driver", () => {
    const message = problemsOf({ ...BASE, ...S3, S3_BUCKET: undefined, S3_SECRET_ACCESS_KEY: "", S3_REGION: undefined });
    expect(message).toContain("S3_BUCKET: required when STORAGE_DRIVER=s3");
    expect(message).toContain("S3_SECRET_ACCESS_KEY: required when STORAGE_DRIVER=s3");
    expect(message).toContain("S3_REGION: required when STORAGE_DRIVER=s3");
    expect(message).not.toContain("S3_ENDPOINT");
    expect(message).not.toContain("QKTACCESSKEYID");
  });

  it("refuses an endpoint that is not http(s) or carries credentials, without echoing it", () => {
    for (const endpoint of ["ftp://minio:21", "minio:9000", "not a url", "http://"]) {
      expect(problemsOf({ ...BASE, ...S3, S3_ENDPOINT: endpoint })).toMatch(/S3_ENDPOINT: S3_ENDPOINT must be an http\(s\) URL/);
    }
    const message = problemsOf({ ...BASE, ...S3, S3_ENDPOINT: "https://admin:hunter2-secret@minio:9000" });
    expect(message).toMatch(/S3_ENDPOINT: S3_ENDPOINT must not carry credentials/);
    expect(message).not.toContain("hunter2");
  });

  it("refuses a bad bucket name, prefix or path-style flag, and an unknown driver", () => {
    expect(problemsOf({ ...BASE, ...S3, S3_BUCKET: "Evidence_Bucket" })).toContain("S3_BUCKET: S3_BUCKET must be a valid bucket name");
    expect(problemsOf({ ...BASE, ...S3, S3_PREFIX: "qkt/../other" })).toContain("S3_PREFIX:");
    expect(problemsOf({ ...BASE, ...S3, S3_FORCE_PATH_STYLE: "yes" })).toContain("S3_FORCE_PATH_STYLE: S3_FORCE_PATH_STYLE must be true or false");
    expect(problemsOf({ ...BASE, STORAGE_DRIVER: "gcs" })).toContain("STORAGE_DRIVER: STORAGE_DRIVER must be local or s3");
  });

  it("never prints the secret, whatever else is wrong", () => {
    const message = problemsOf({ ...BASE, ...S3, S3_BUCKET: "x", S3_REGION: "US EAST" });
    expect(message).not.toContain("very-secret-value");
  });
});
