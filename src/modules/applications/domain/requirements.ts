import type { TDocumentType } from "@/modules/documents/domain/document-types";

// What each programme asks for besides its facts. Review stages and evidence are data here
// until the programme tables carry them (issue 3): the county bureau reviews first, and the
// programmes whose awards reach six or seven figures also need the city bureau's approval.

export const REVIEW_STAGE_NAMES = ["county_review", "city_approval"] as const;
export type TReviewStage = (typeof REVIEW_STAGE_NAMES)[number];

const TWO_STAGE_PROGRAMMES = new Set([
  "cbec-turnover-reward",
  "overseas-warehouse-build",
  "ecommerce-park-reward",
  "industrial-belt-reward",
  "eastern-talent-allowance",
]);

export function reviewStagesFor(programmeId: string): TReviewStage[] {
  return TWO_STAGE_PROGRAMMES.has(programmeId) ? ["county_review", "city_approval"] : ["county_review"];
}

// Evidence per programme. Every organisation proves who it is with its business licence
// (an individual farmer with the ID card); the rest proves the facts the award is paid on.
const PROGRAMME_EVIDENCE: Record<string, TDocumentType[]> = {
  "cbec-turnover-reward": ["invoice"],
  "overseas-warehouse-build": ["invoice"],
  "training-subsidy": ["training_certificate"],
  "green-cert-export": ["green_certificate"],
  "certification-fee": ["invoice"],
  "fragile-logistics-insurance": ["invoice"],
  "small-parcel-freight": ["invoice"],
  "rcep-origin-certificate": ["invoice"],
  "credit-fx-insurance": ["invoice"],
};

export function requiredEvidenceFor(programmeId: string, subjectType: string): TDocumentType[] {
  const identity: TDocumentType = subjectType === "individual_farmer" || subjectType === "individual_person" ? "id_card" : "business_licence";

  return [identity, ...(PROGRAMME_EVIDENCE[programmeId] ?? [])];
}
