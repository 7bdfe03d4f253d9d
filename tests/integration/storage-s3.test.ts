// STORAGE_DRIVER=s3 end to end through the evidence vault: an upload lands in the bucket
// (a fake S3 on 127.0.0.1 that checks every SigV4 signature), nothing on the local disk,
// the authorised reader gets the same bytes back, and a lost object fails exactly as a
// lost local file does.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import { readDocumentFile } from "@/modules/documents/service";
import { sha256Hex } from "@/server/crypto";
import { isAppError } from "@/server/errors";
import { seedDatabase } from "../../prisma/seed";
import { startFakeS3, type FakeS3 } from "../support/fake-s3";
import { newApplicant, PDF, upload, type Applicant } from "./support/applications";
import { testDb } from "./support/db";

const CREDENTIALS = { accessKeyId: "QKTINTEGRATION", secretAccessKey: "integration-s3-secret-0123456789" };
let fake: FakeS3;
let applicant: Applicant;

beforeAll(async () => {
  fake = await startFakeS3({ ...CREDENTIALS, region: "cn-guiyang", bucket: "qkt-evidence" });
  // env() is read once per test file (worker), on first use: set the driver before anything
  // touches it. setup.ts chose the local driver for every other file.
  const settings = {
    STORAGE_DRIVER: "s3",
    S3_ENDPOINT: fake.endpoint,
    S3_REGION: "cn-guiyang",
    S3_BUCKET: "qkt-evidence",
    S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
    S3_PREFIX: "uploads",
  };
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  await seedDatabase(testDb());
  applicant = await newApplicant();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});

describe("the evidence vault on S3", () => {
  it("keeps an upload in the bucket only and serves it to its owner", async () => {
    const document = await upload(applicant.actor, applicant.subjectId, "business_licence");

    const row = await testDb().document.findUniqueOrThrow({ where: { id: document.id }, select: { file: { select: { storageKey: true, sha256: true } } } });
    expect(row.file.storageKey).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(row.file.sha256).toBe(sha256Hex(PDF));
    const object = fake.objects.get(`uploads/${row.file.storageKey}`);
    expect(object?.contentType).toBe("application/pdf");
    expect(Buffer.compare(object?.body ?? Buffer.alloc(0), Buffer.from(PDF))).toBe(0);
    expect(existsSync(path.join(inject("storageDir"), row.file.storageKey.slice(0, 2), row.file.storageKey))).toBe(false);

    const read = await readDocumentFile(applicant.actor, document.id);
    expect(read.mimeType).toBe("application/pdf");
    expect(Buffer.compare(read.bytes, Buffer.from(PDF))).toBe(0);
  });

  it("fails a lost object as the local driver fails a lost file: not a 404 for the reader", async () => {
    const document = await upload(applicant.actor, applicant.subjectId, "invoice");
    const { file } = await testDb().document.findUniqueOrThrow({ where: { id: document.id }, select: { file: { select: { storageKey: true } } } });
    fake.objects.delete(`uploads/${file.storageKey}`);

    const error = await readDocumentFile(applicant.actor, document.id).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: "StoredFileMissingError", code: "ENOENT" });
    expect(isAppError(error)).toBe(false);
  });
});
