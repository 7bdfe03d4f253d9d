// The fact catalogue: every fact any programme's rules may read. It drives the one
// questionnaire that screens every programme at once (eligibility-anchors §3 rec. 6,
// GOV.UK "Check benefits": ~12 questions → ~25 benefits), so each fact has exactly one
// question, and the UI asks only the facts some programme in force actually reads.

export const SUBJECT_TYPES = [
  "individual_farmer",
  "cooperative",
  "micro_small_enterprise",
  "enterprise",
  "park_operator",
  "belt_operator",
  "vocational_school",
  "individual_person",
] as const;

// Fragile intangible-heritage goods lose 18% in transit vs 5% for tea (seed 002 §4.1);
// the proposed breakage insurance names embroidery and silverware (seed 002 §5.1.1).
export const FRAGILE_GOODS = ["miao_embroidery", "silverware", "batik", "pottery"] as const;

export const FACT_TYPES = ["money_fen", "integer", "boolean", "date", "enum", "string_list", "code"] as const;
export type TFactType = (typeof FACT_TYPES)[number];

type TFactDefinitionBase = { questionKey: string; labelKey: string };
export type TFactDefinition =
  | (TFactDefinitionBase & { type: "money_fen" | "integer" | "boolean" | "date" })
  | (TFactDefinitionBase & { type: "enum" | "string_list"; allowedValues: readonly string[] })
  // A code is free text with a fixed shape, e.g. a GB/T 2260 county code.
  | (TFactDefinitionBase & { type: "code"; pattern: RegExp });

const defineFact = <T extends TFactDefinition["type"]>(key: string, type: T) => ({
  type,
  questionKey: `facts.${key}.question`,
  labelKey: `facts.${key}.label`,
});

// Insertion order is the questionnaire order: who you are first, then money, then people.
export const FACT_CATALOGUE = {
  subjectType: { ...defineFact("subjectType", "enum"), allowedValues: SUBJECT_TYPES },
  // Guizhou's GB/T 2260 codes all start with 52 (reference/guizhou-divisions.csv).
  countyCode: { ...defineFact("countyCode", "code"), pattern: /^52\d{4}$/ },
  registeredOn: defineFact("registeredOn", "date"),
  annualTurnoverFen: defineFact("annualTurnoverFen", "money_fen"),
  annualCbecTurnoverFen: defineFact("annualCbecTurnoverFen", "money_fen"),
  overseasWarehouseInvestmentFen: defineFact("overseasWarehouseInvestmentFen", "money_fen"),
  completedRecognisedTraining: defineFact("completedRecognisedTraining", "boolean"),
  peopleTrained: defineFact("peopleTrained", "integer"),
  holdsGreenCertification: defineFact("holdsGreenCertification", "boolean"),
  isRecognisedPark: defineFact("isRecognisedPark", "boolean"),
  certificationFeePaidFen: defineFact("certificationFeePaidFen", "money_fen"),
  overseasTrademarksRegistered: defineFact("overseasTrademarksRegistered", "integer"),
  exportCreditPremiumPaidFen: defineFact("exportCreditPremiumPaidFen", "money_fen"),
  badDebtLossFen: defineFact("badDebtLossFen", "money_fen"),
  badDebtDocumented: defineFact("badDebtDocumented", "boolean"),
  fragileGoods: { ...defineFact("fragileGoods", "string_list"), allowedValues: FRAGILE_GOODS },
  fragileInsurancePremiumFen: defineFact("fragileInsurancePremiumFen", "money_fen"),
  smallParcelFreightFen: defineFact("smallParcelFreightFen", "money_fen"),
  beltAnnualCbecTurnoverFen: defineFact("beltAnnualCbecTurnoverFen", "money_fen"),
  qualifiedTrainees: defineFact("qualifiedTrainees", "integer"),
  isSecondedEasternProfessional: defineFact("isSecondedEasternProfessional", "boolean"),
  isReturningYouth: defineFact("isReturningYouth", "boolean"),
  annualPremisesRentFen: defineFact("annualPremisesRentFen", "money_fen"),
  annualUtilitiesFen: defineFact("annualUtilitiesFen", "money_fen"),
  rcepCertificateFeesFen: defineFact("rcepCertificateFeesFen", "money_fen"),
  villagePointOrdersHandled: defineFact("villagePointOrdersHandled", "integer"),
} as const satisfies Record<string, TFactDefinition>;

type TCatalogue = typeof FACT_CATALOGUE;
export type TFactKey = keyof TCatalogue;
export const FACT_KEYS = Object.keys(FACT_CATALOGUE) as [TFactKey, ...TFactKey[]];

type TValueOfType<T extends TFactType, A> = T extends "money_fen" | "integer"
  ? number
  : T extends "boolean"
    ? boolean
    : T extends "string_list"
      ? A[]
      : T extends "enum"
        ? A
        : string; // date (ISO YYYY-MM-DD) and code

type TAllowed<K extends TFactKey> = TCatalogue[K] extends { allowedValues: readonly (infer V)[] } ? V : string;
export type TFactValueOf<K extends TFactKey> = TValueOfType<TCatalogue[K]["type"], TAllowed<K>>;
export type TFactValue = number | boolean | string | string[];

// null and absent both mean "not answered": a missing fact is unknown, never zero
// (openfisca-core #1380, aides-jeunes #1038).
export type TFacts = { [K in TFactKey]?: TFactValueOf<K> | null };

export const getFactDefinition = (key: TFactKey): TFactDefinition => FACT_CATALOGUE[key];

export const isFactKey = (key: string): key is TFactKey => Object.hasOwn(FACT_CATALOGUE, key);

export const readFact = (facts: TFacts, key: TFactKey): TFactValue | null => {
  const value = facts[key];

  return value === undefined || value === null ? null : (value as TFactValue);
};
