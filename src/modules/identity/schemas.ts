import { z } from "zod";

// Messages are i18n keys (namespace "errors"); the edge translates them.
export const SUBJECT_TYPES = ["individual_farmer", "cooperative", "micro_small_enterprise", "enterprise"] as const;
export const DELEGATION_SCOPES = ["subjects", "subsidy", "customs", "warehouse", "market"] as const;
export const DELEGATION_METHODS = ["signed_form", "one_time_code"] as const;

const trimmed = (schema: z.ZodString) => z.preprocess((v) => (typeof v === "string" ? v.trim() : v), schema);

export const ZPhone = trimmed(z.string({ error: "phone_required" }).regex(/^1[3-9]\d{9}$/, "phone_invalid"));
export const ZPersonName = trimmed(z.string({ error: "name_required" }).min(1, "name_required").max(40, "name_too_long"));
export const ZCountyCode = z.string({ error: "county_required" }).regex(/^52\d{4}$/, "county_required");
export const ZIsoDate = z
  .string({ error: "date_invalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date_invalid")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);

    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "date_invalid");

export const ZRegisterApplicant = z.object({
  phone: ZPhone,
  name: ZPersonName,
  password: z.string({ error: "password_required" }).min(1, "password_required"),
  countyCode: ZCountyCode,
});
export type TRegisterApplicant = z.infer<typeof ZRegisterApplicant>;

export const ZLogin = z.object({
  phone: ZPhone,
  password: z.string({ error: "password_required" }).min(1, "password_required").max(256, "password_required"),
});
export type TLogin = z.infer<typeof ZLogin>;

// Accounts an administrator opens; applicants register themselves or at a station.
// Warehouse operators are then given their warehouses on each warehouse's maintenance page.
export const STAFF_ACCOUNT_ROLES = ["station_staff", "official", "warehouse_operator", "administrator"] as const;
const ZNewPassword = z.string({ error: "password_required" }).min(1, "password_required");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const ZCreateStaffAccount = z.object({
  role: z.enum(STAFF_ACCOUNT_ROLES, { error: "account_role_required" }),
  name: ZPersonName,
  phone: ZPhone,
  password: ZNewPassword,
  stationId: z.preprocess(blankToUndefined, z.string().max(60).optional()),
  prefectureCode: z.preprocess(blankToUndefined, z.string().regex(/^52\d{2}$/, "prefecture_required").optional()),
});
export type TCreateStaffAccount = z.infer<typeof ZCreateStaffAccount>;

export const ZSetPassword = z.object({ password: ZNewPassword });

export const ZChangePassword = z
  .object({
    currentPassword: z.string({ error: "current_password_required" }).min(1, "current_password_required").max(256, "current_password_wrong"),
    newPassword: ZNewPassword,
    confirmPassword: z.string({ error: "password_mismatch" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "password_mismatch", path: ["confirmPassword"] });

export const ZStaffRegisterApplicant = z.object({
  name: ZPersonName,
  phone: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), ZPhone.optional()),
});
export type TStaffRegisterApplicant = z.infer<typeof ZStaffRegisterApplicant>;

export const ZProducts = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,，、;；\n]/).map((p) => p.trim()).filter(Boolean) : v),
  z.array(z.string().min(1).max(40, "product_too_long")).min(1, "products_required").max(20, "products_too_many"),
);

export const ZCreateSubject = z.object({
  type: z.enum(SUBJECT_TYPES, { error: "subject_type_required" }),
  name: trimmed(z.string({ error: "subject_name_required" }).min(2, "subject_name_required").max(80, "subject_name_too_long")),
  idKind: z.enum(["uscc", "resident_id"], { error: "id_kind_required" }),
  idNumber: trimmed(z.string({ error: "id_number_required" }).min(1, "id_number_required").max(30, "id_format")),
  countyCode: ZCountyCode,
  registeredOn: ZIsoDate,
  products: ZProducts,
});
export type TCreateSubject = z.infer<typeof ZCreateSubject>;

/** The identifier is not editable: a different number is a different subject. */
export const ZUpdateSubject = ZCreateSubject.omit({ idKind: true, idNumber: true });

export const ZRecordDelegation = z
  .object({
    applicantId: z.string().min(1),
    scope: z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(z.enum(DELEGATION_SCOPES)).min(1, "scope_required")),
    validFrom: ZIsoDate,
    validUntil: ZIsoDate,
    method: z.enum(DELEGATION_METHODS, { error: "method_required" }),
  })
  .refine((d) => d.validUntil >= d.validFrom, { message: "valid_until_before_from", path: ["validUntil"] });
export type TRecordDelegation = z.infer<typeof ZRecordDelegation>;

export const ZConfirmCode = z.object({
  delegationId: z.string().min(1),
  code: trimmed(z.string().regex(/^\d{6}$/, "code_invalid")),
});

export const ZCreateApiToken = z.object({
  phone: ZPhone,
  password: z.string().min(1, "password_required").max(256),
});

/** Outgoing DTO of /api/v1/subjects: no identifier, not even masked, leaves through the API list. */
export const ZSubjectDto = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(SUBJECT_TYPES),
  countyCode: z.string(),
  registeredOn: z.string(),
  products: z.array(z.string()),
});
export type TSubjectDto = z.infer<typeof ZSubjectDto>;

export const ZMeDto = z.object({ id: z.string(), role: z.string(), countyCode: z.string().nullable(), name: z.string() });
