import { isExpired, isNotYetValid, type TDocumentType } from "@/modules/documents/domain/document-types";

// Which documents in the evidence vault a checklist step builds on (issue 5: "whether the
// applicant's subject already has it"). Only where it is true: a step without an entry shows
// nothing about holdings. None of the steps IS a vault document (a customs registration is a
// record at customs, not a paper the subject keeps), so an entry means "the document this step
// is done with", and the page says so.
export type RequirementDocuments = {
  /** Any one of these types counts. */
  types: readonly TDocumentType[];
  /** i18n key (customs namespace) of a caution shown with the holding, when holding it is not enough. */
  caveat?: string;
};

export const REQUIREMENT_DOCUMENTS: Readonly<Record<string, RequirementDocuments>> = {
  // GACC Ann. 194/2018: the enterprise registers its own information (name, unified social
  // credit code, legal representative) — all of it as printed on the business licence.
  "cbec-registration": { types: ["business_licence"] },
  // The enterprise IC card / USB key is issued to a registered legal person on its licence.
  "e-port-certificate": { types: ["business_licence"] },
  // The trade-FX directory registration is filed with the business licence (SAFE's 2012 goods-
  // trade FX rules, Huifa [2012] 38), now at the bank; individuals use their personal quota instead.
  "fx-directory": { types: ["business_licence"] },
  // GACC Decree 249 Art. 42: the filing is made by the producing enterprise, identified by its licence.
  "export-food-producer-filing": { types: ["business_licence"] },
  // Reg. (EU) 2018/848: the COI is issued per consignment by an EU-recognised control body for
  // goods certified organic under EU rules. An organic certificate is what it rests on, but a
  // Chinese (GB/T 19630) one is not EU organic, hence the caveat. A green-food certificate
  // (绿色食品) is a different, non-organic Chinese label and never counts.
  "eu-organic-coi": { types: ["organic_certificate"], caveat: "holdings.caveat_eu_organic" },
};

export type VaultDocument = { type: string; number: string; validFrom: string | null; validTo: string | null; verified: boolean };

export type HoldingStatus = "held" | "unverified" | "not_yet_valid" | "expired";

export type Holding =
  | { status: "not_held"; types: readonly TDocumentType[]; caveat: string | null }
  | { status: HoldingStatus; types: readonly TDocumentType[]; caveat: string | null; document: { type: TDocumentType; numberTail: string; validFrom: string | null; validTo: string | null } };

/** The last four characters of a certificate number: enough to tell two apart, not enough to copy one. */
export function numberTail(number: string): string {
  const chars = [...number.trim()];

  return chars.length <= 4 ? "*".repeat(chars.length) : chars.slice(-4).join("");
}

function statusOf(document: VaultDocument, todayIso: string): HoldingStatus {
  // Expiry first: an expired certificate is useless at customs whether or not it was verified.
  if (isExpired(document, todayIso)) return "expired";
  if (isNotYetValid(document, todayIso)) return "not_yet_valid";

  return document.verified ? "held" : "unverified";
}

const RANK: Record<HoldingStatus, number> = { held: 0, unverified: 1, not_yet_valid: 2, expired: 3 };

/**
 * Marks each checklist item the subject's vault has something to say about: the best matching
 * document (valid and verified, then valid, then not yet valid, then expired; the longest
 * validity first) or "not held". Items without a vault equivalent are left out of the result.
 */
export function markHoldings(
  checklist: readonly { id: string }[],
  documents: readonly VaultDocument[],
  todayIso: string,
  mapping: Readonly<Record<string, RequirementDocuments>> = REQUIREMENT_DOCUMENTS,
): Record<string, Holding> {
  const marks: Record<string, Holding> = {};
  for (const item of checklist) {
    const wanted = mapping[item.id];
    if (!wanted) continue;
    const caveat = wanted.caveat ?? null;
    const best = documents
      .filter((d) => (wanted.types as readonly string[]).includes(d.type))
      .map((d) => ({ d, status: statusOf(d, todayIso) }))
      .sort((a, b) => RANK[a.status] - RANK[b.status] || (b.d.validTo ?? "9999-12-31").localeCompare(a.d.validTo ?? "9999-12-31"))[0];
    marks[item.id] = best
      ? { status: best.status, types: wanted.types, caveat, document: { type: best.d.type as TDocumentType, numberTail: numberTail(best.d.number), validFrom: best.d.validFrom, validTo: best.d.validTo } }
      : { status: "not_held", types: wanted.types, caveat };
  }

  return marks;
}
