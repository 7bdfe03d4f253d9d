// What officials may edit in each reference table, field by field. Pure data: the service
// builds the validation from it and the edit page renders one input per field.
import { CHANNELS } from "./domain/guidance";
import { PRODUCT_CATEGORIES } from "./domain/product-codes";
import { CURRENCIES, QUOTATIONS } from "./domain/rates";

export type FieldKind = "text" | "textarea" | "bool" | "int" | "decimal" | "date" | "choice" | "codes" | "source";
export type FieldSpec = { name: string; kind: FieldKind; optional?: boolean; options?: readonly string[] };

export const PLACES = ["single_window", "customs_online", "ccpit", "customs_office", "tax_bureau", "bank", "destination", "platform"] as const;
export const ZONE_STATUSES = ["supported", "not_open", "unknown"] as const;
export const FX_KINDS = ["payment_institution", "bank", "personal_account"] as const;

const FACT: FieldSpec[] = [{ name: "source", kind: "source" }, { name: "verifiedOn", kind: "date", optional: true }];
const zhEn = (base: string, kind: FieldKind = "text", optional = false): FieldSpec[] => [{ name: `${base}Zh`, kind, optional }, { name: `${base}En`, kind, optional }];

export const REFERENCE_TABLES = {
  products: {
    model: "customsProduct",
    creatable: false,
    fields: [...zhEn("name"), { name: "category", kind: "choice", options: PRODUCT_CATEGORIES }, { name: "hs6", kind: "text" }, { name: "cn10", kind: "text", optional: true }, { name: "cn10VerifiedOn", kind: "date", optional: true }, { name: "isFood", kind: "bool" }, ...zhEn("note", "textarea", true), ...FACT],
  },
  destinations: {
    model: "customsDestination",
    creatable: false,
    fields: [...zhEn("name"), { name: "currency", kind: "choice", options: CURRENCIES }, { name: "rcepMember", kind: "bool" }, { name: "rcepSince", kind: "date", optional: true }, { name: "aseanMember", kind: "bool" }, ...zhEn("note", "textarea", true), ...FACT],
  },
  modes: {
    model: "customsMode",
    creatable: false,
    fields: [{ name: "channel", kind: "choice", options: CHANNELS }, ...zhEn("name"), ...zhEn("who", "textarea"), ...zhEn("declaration", "textarea"), ...zhEn("filings", "textarea"), ...zhEn("documents", "textarea"), ...FACT],
  },
  zones: { model: "bondedZone", creatable: false, fields: [...zhEn("name"), ...zhEn("note", "textarea", true), ...FACT] },
  zone_modes: {
    model: "bondedZoneMode",
    creatable: true,
    fields: [{ name: "zoneId", kind: "text" }, { name: "modeId", kind: "text" }, { name: "status", kind: "choice", options: ZONE_STATUSES }, ...zhEn("note", "textarea", true), ...FACT],
  },
  requirements: {
    model: "customsRequirement",
    creatable: true,
    fields: [{ name: "step", kind: "int" }, { name: "categories", kind: "codes" }, { name: "destinations", kind: "codes" }, { name: "modes", kind: "codes" }, ...zhEn("title"), ...zhEn("issuer"), { name: "place", kind: "choice", options: PLACES }, ...zhEn("time", "text", true), ...zhEn("cost", "text", true), ...zhEn("detail", "textarea", true), ...FACT],
  },
  tariffs: {
    model: "customsTariff",
    creatable: true,
    fields: [{ name: "productId", kind: "text" }, { name: "destinationId", kind: "text" }, { name: "mfnPercent", kind: "decimal", optional: true }, ...zhEn("mfnText", "text", true), { name: "agreement", kind: "choice", options: ["RCEP", "ACFTA"], optional: true }, { name: "preferentialPercent", kind: "decimal", optional: true }, { name: "additionalPercent", kind: "decimal", optional: true }, ...zhEn("note", "textarea", true), ...FACT],
  },
  rates: {
    model: "exchangeRate",
    creatable: false,
    fields: [{ name: "rate", kind: "decimal" }, { name: "quotation", kind: "choice", options: QUOTATIONS }, { name: "unit", kind: "int" }, ...FACT],
  },
  fx_routes: {
    model: "fxRoute",
    creatable: false,
    fields: [{ name: "kind", kind: "choice", options: FX_KINDS }, ...zhEn("name"), ...zhEn("how", "textarea"), ...zhEn("limits", "textarea", true), { name: "tripCostFen", kind: "int", optional: true }, { name: "feeBps", kind: "int", optional: true }, { name: "annualQuotaUsd", kind: "int", optional: true }, ...FACT],
  },
  relief_rules: {
    model: "returnReliefRule",
    creatable: false,
    fields: [{ name: "modes", kind: "codes" }, { name: "months", kind: "int" }, { name: "exportFrom", kind: "date" }, { name: "exportUntil", kind: "date", optional: true }, { name: "excludesFood", kind: "bool" }, ...zhEn("text", "textarea"), ...FACT],
  },
  notes: {
    model: "industryNote",
    creatable: true,
    fields: [{ name: "products", kind: "codes" }, { name: "destinations", kind: "codes" }, ...zhEn("title"), ...zhEn("body", "textarea"), ...FACT],
  },
} as const satisfies Record<string, { model: string; creatable: boolean; fields: readonly FieldSpec[] }>;

export type ReferenceTable = keyof typeof REFERENCE_TABLES;
export const REFERENCE_TABLE_NAMES = Object.keys(REFERENCE_TABLES) as ReferenceTable[];

export function isReferenceTable(value: string): value is ReferenceTable {
  return Object.hasOwn(REFERENCE_TABLES, value);
}
