import { z } from "zod";
import { ZIsoDate } from "@/modules/identity/schemas";
import { DOCUMENT_TYPES } from "./domain/document-types";

// Messages are i18n keys in namespace "errors".
const trimmed = (schema: z.ZodString) => z.preprocess((v) => (typeof v === "string" ? v.trim() : v), schema);
const optionalDate = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), ZIsoDate.nullable().optional());

export const ZDocumentType = z.enum(DOCUMENT_TYPES, { error: "document_type_required" });

export const ZUploadDocument = z
  .object({
    type: ZDocumentType,
    number: trimmed(z.string({ error: "document_number_required" }).min(1, "document_number_required").max(64, "document_number_required")),
    issuer: trimmed(z.string({ error: "document_issuer_required" }).min(2, "document_issuer_required").max(80, "document_issuer_required")),
    validFrom: optionalDate,
    validTo: optionalDate,
  })
  .refine((d) => !d.validFrom || !d.validTo || d.validFrom <= d.validTo, { message: "valid_until_before_from", path: ["validTo"] });
export type TUploadDocument = z.infer<typeof ZUploadDocument>;

export const ZUploadedDocumentDto = z.object({ id: z.string(), type: ZDocumentType, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

export const ZDocumentDto = z
  .object({
    id: z.string(),
    subjectId: z.string(),
    type: ZDocumentType,
    issuer: z.string(),
    number: z.string(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    expired: z.boolean(),
    verified: z.boolean(),
    verifiedDepartment: z.string().nullable(),
    sha256: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    createdAt: z.string(),
    usedIn: z.array(z.object({ applicationId: z.string(), reference: z.string(), programmeId: z.string(), status: z.string() }).strict()),
  })
  .strict();
export type TDocumentDto = z.infer<typeof ZDocumentDto>;
