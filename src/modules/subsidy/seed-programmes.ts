import { addCalendarMonths, type TIsoDate } from "./domain/dates";
import type { TFacts } from "./domain/facts";
import {
  ZDepartment,
  ZProgramme,
  ZProgrammeVersion,
  type TBenefitFormula,
  type TCriterion,
  type TDepartment,
  type TExampleCase,
  type TLegalRef,
  type TLeafCriterion,
  type TProgramme,
  type TProgrammeTexts,
  type TProgrammeVersion,
} from "./schemas";

// Every programme in reference/policies.md, in force and proposed, as data. Rows map
// one to one: SEED_DEPARTMENTS → departments, SEED_PROGRAMMES → programmes,
// SEED_PROGRAMME_VERSIONS → programme versions (criteria, benefit, texts, legalRef and
// cases are JSON columns). Amounts are fen, rates basis points, all integers.

const yuan = (amount: number): number => amount * 100;
const percent = (value: number): number => value * 100;

// ───────────────────────── departments and legal references ─────────────────────────

const COMMERCE = "gz-commerce";
const AGRICULTURE = "gz-agriculture";

export const SEED_DEPARTMENTS: TDepartment[] = [
  { code: COMMERCE, names: { "zh-CN": "贵州省商务厅", en: "Guizhou Provincial Department of Commerce" } },
  { code: AGRICULTURE, names: { "zh-CN": "贵州省农业农村厅", en: "Guizhou Provincial Department of Agriculture and Rural Affairs" } },
];

// No 文号 or URL appears in the papers; both stay null rather than invented.
const ACTION_PLAN: TLegalRef = {
  docNumber: null,
  title: "贵州省跨境电商高质量发展行动计划（2022~2025）",
  url: null,
  citedIn: "seed 002 §4.1",
};

const PARK_PLAN: TLegalRef = {
  docNumber: null,
  title: "贵州省推动电子商务发展“十百千万”工程实施方案（2023）",
  url: null,
  citedIn: "seed 003 §3.2",
};

// Seed 002 §4.1 mentions the agriculture department's farm-export subsidy without naming it.
const GREEN_EXPORT_POLICY: TLegalRef = {
  docNumber: null,
  title: "农业部门农产品出口补贴政策（绿色产品认证；原文未列文件名称）",
  url: null,
  citedIn: "seed 002 §4.1",
};

const proposal = (section: string): TLegalRef => ({
  docNumber: null,
  title: "政策建议（尚无正式文件）：陈羿洁《乡村振兴战略视域下贵州跨境电商发展的政策扶持与公共服务保障研究》，2025",
  url: null,
  citedIn: `seed 002 §${section}`,
});

// ───────────────────────── rule-building helpers ─────────────────────────

/** A leaf with a stable id and a label key `criteria.<id>` in namespace subsidy. */
const leaf = (id: string, node: TLeafCriterion): TLeafCriterion => ({ ...node, id, labelKey: `criteria.${id.replaceAll("-", "_")}` });
const all = (...of: TCriterion[]): TCriterion => ({ op: "all", of });

const ENTERPRISE = leaf("enterprise-subject", { op: "in", fact: "subjectType", values: ["micro_small_enterprise", "enterprise"] });

// The "common thresholds" row: seed 002 §4.1 says existing fund subsidies "mostly" require
// annual turnover above 2,000,000 and one year since registration. We apply them to the
// two enterprise fund subsidies of the action plan — cbec-turnover-reward and
// overseas-warehouse-build — and not to training (paid per person), the park reward
// (a different plan) or the agriculture department's green-certificate support.
const COMMON_THRESHOLDS: TCriterion[] = [
  leaf("common-turnover-over-2m", { op: "compare", fact: "annualTurnoverFen", cmp: "gt", value: yuan(2_000_000) }),
  leaf("common-registered-1y", { op: "anniversary", fact: "registeredOn", atLeast: { years: 1 }, before: "assessment_date" }),
];
export const COMMON_THRESHOLD_PROGRAMME_IDS = ["cbec-turnover-reward", "overseas-warehouse-build"] as const;

const positive = (id: string, fact: TLeafCriterion["fact"]): TLeafCriterion => leaf(id, { op: "compare", fact, cmp: "gt", value: 0 });
const atLeastOne = (id: string, fact: TLeafCriterion["fact"]): TLeafCriterion => leaf(id, { op: "compare", fact, cmp: "gte", value: 1 });
const subjectIs = (id: string, ...values: string[]): TLeafCriterion => leaf(id, { op: "in", fact: "subjectType", values });

// ───────────────────────── case-building helpers ─────────────────────────

const eligible = (name: string, date: TIsoDate, facts: TFacts, minFen: number | null, maxFen = minFen): TExampleCase => ({
  name,
  date,
  facts,
  expected: { status: "eligible", amount: minFen === null || maxFen === null ? null : { minFen, maxFen } },
});
const ineligible = (name: string, date: TIsoDate, facts: TFacts): TExampleCase => ({ name, date, facts, expected: { status: "ineligible" } });
const unknown = (name: string, date: TIsoDate, facts: TFacts): TExampleCase => ({ name, date, facts, expected: { status: "unknown" } });

// ───────────────────────── programme specifications ─────────────────────────

type TSpec = {
  id: string;
  department: string;
  names: { "zh-CN": string; en: string };
  summaries: { "zh-CN": string; en: string };
  legalRef: TLegalRef;
  criteria: TCriterion;
  benefit: TBenefitFormula;
  cases: (date: TIsoDate) => TExampleCase[];
};

const IN_FORCE: TSpec[] = [
  {
    id: "cbec-turnover-reward",
    department: COMMERCE,
    names: { "zh-CN": "跨境电商交易额奖励", en: "CBEC turnover reward" },
    summaries: {
      "zh-CN": "年跨境电商交易额超过 500 万元的企业，按交易额 5%~8% 给予奖励。",
      en: "Enterprises with annual CBEC turnover above ¥5,000,000 receive 5%–8% of that turnover.",
    },
    legalRef: ACTION_PLAN,
    criteria: all(ENTERPRISE, leaf("cbec-turnover-over-5m", { op: "compare", fact: "annualCbecTurnoverFen", cmp: "gt", value: yuan(5_000_000) }), ...COMMON_THRESHOLDS),
    benefit: { kind: "percent_band_of", fact: "annualCbecTurnoverFen", minBps: percent(5), maxBps: percent(8) },
    cases: (date) => [
      eligible("established exporter, ¥10M CBEC turnover", date, { subjectType: "enterprise", registeredOn: "2019-04-01", annualTurnoverFen: yuan(12_000_000), annualCbecTurnoverFen: yuan(10_000_000) }, yuan(500_000), yuan(800_000)),
      ineligible("¥800,000 CBEC turnover is ¥4,200,000 short", date, { subjectType: "micro_small_enterprise", registeredOn: "2020-01-01", annualTurnoverFen: yuan(3_000_000), annualCbecTurnoverFen: yuan(800_000) }),
      unknown("registration date not given", date, { subjectType: "enterprise", annualTurnoverFen: yuan(7_000_000), annualCbecTurnoverFen: yuan(6_000_000) }),
    ],
  },
  {
    id: "overseas-warehouse-build",
    department: COMMERCE,
    names: { "zh-CN": "海外仓建设补贴", en: "Overseas warehouse construction subsidy" },
    summaries: {
      "zh-CN": "建设或租用海外仓的企业，按投资额 30% 补贴，单个项目最高 500 万元。",
      en: "Enterprises building or leasing an overseas warehouse receive 30% of the investment, at most ¥5,000,000 per project.",
    },
    legalRef: ACTION_PLAN,
    criteria: all(ENTERPRISE, positive("warehouse-investment", "overseasWarehouseInvestmentFen"), ...COMMON_THRESHOLDS),
    benefit: { kind: "cap", maxFen: yuan(5_000_000), of: { kind: "percent_of", fact: "overseasWarehouseInvestmentFen", bps: percent(30) } },
    cases: (date) => [
      eligible("¥20M warehouse, capped at ¥5M", date, { subjectType: "enterprise", registeredOn: "2018-06-15", annualTurnoverFen: yuan(30_000_000), overseasWarehouseInvestmentFen: yuan(20_000_000) }, yuan(5_000_000)),
      eligible("¥12M warehouse, cap not reached", date, { subjectType: "micro_small_enterprise", registeredOn: "2021-03-01", annualTurnoverFen: yuan(4_000_000), overseasWarehouseInvestmentFen: yuan(12_000_000) }, yuan(3_600_000)),
      ineligible("registered 7 months ago", date, { subjectType: "enterprise", registeredOn: addCalendarMonths(date, -7), annualTurnoverFen: yuan(9_000_000), overseasWarehouseInvestmentFen: yuan(2_000_000) }),
      unknown("investment not given", date, { subjectType: "enterprise", registeredOn: "2018-06-15", annualTurnoverFen: yuan(30_000_000) }),
    ],
  },
  {
    id: "training-subsidy",
    department: COMMERCE,
    names: { "zh-CN": "跨境电商实操培训补贴", en: "Practical CBEC training subsidy" },
    summaries: {
      "zh-CN": "农户、合作社带头人和创业者完成认定的跨境电商实操培训，每人补贴 1500 元。",
      en: "Farmers, cooperative leaders and entrepreneurs who complete a recognised practical CBEC course: ¥1,500 per person trained.",
    },
    legalRef: ACTION_PLAN,
    criteria: all(
      subjectIs("trainee-subject", "individual_farmer", "individual_person", "cooperative", "micro_small_enterprise"),
      leaf("completed-training", { op: "is_true", fact: "completedRecognisedTraining" }),
      atLeastOne("people-trained", "peopleTrained"),
    ),
    benefit: { kind: "per_unit", fact: "peopleTrained", amountFen: yuan(1_500) },
    cases: (date) => [
      eligible("cooperative sent three members", date, { subjectType: "cooperative", completedRecognisedTraining: true, peopleTrained: 3 }, yuan(4_500)),
      ineligible("course not completed", date, { subjectType: "individual_farmer", completedRecognisedTraining: false, peopleTrained: 1 }),
      unknown("number of people trained not given", date, { subjectType: "individual_farmer", completedRecognisedTraining: true }),
    ],
  },
  {
    id: "green-cert-export",
    department: AGRICULTURE,
    names: { "zh-CN": "绿色认证农产品出口支持", en: "Export support for certified green products" },
    summaries: {
      "zh-CN": "持有农业部门“绿色产品认证”的主体可获农产品出口支持；认证可在商务部门的申请中直接复用，无需重复提交。",
      en: "Holders of the agriculture department's green-product certification get farm-export support; the certificate is reused in commerce applications without uploading it again.",
    },
    legalRef: GREEN_EXPORT_POLICY,
    criteria: leaf("green-certified", { op: "is_true", fact: "holdsGreenCertification" }),
    // The papers give no amount: the department sets it, so the engine says so.
    benefit: { kind: "not_quantified" },
    cases: (date) => [
      eligible("certified tea cooperative", date, { subjectType: "cooperative", holdsGreenCertification: true }, null),
      ineligible("no green certification", date, { subjectType: "cooperative", holdsGreenCertification: false }),
      unknown("certification not answered", date, {}),
    ],
  },
  {
    id: "ecommerce-park-reward",
    department: COMMERCE,
    names: { "zh-CN": "省级电商产业园及直播基地奖励", en: "Provincial e-commerce park and live-stream base reward" },
    summaries: {
      "zh-CN": "被认定为省级电商产业园或直播基地的运营方，最高奖励 300 万元。",
      en: "Operators of a recognised provincial e-commerce park or live-stream base receive up to ¥3,000,000.",
    },
    legalRef: PARK_PLAN,
    criteria: all(subjectIs("park-operator", "park_operator"), leaf("recognised-park", { op: "is_true", fact: "isRecognisedPark" })),
    // "最高 300 万元": the official fixes the amount inside [0, 3,000,000].
    benefit: { kind: "band", minFen: 0, maxFen: yuan(3_000_000) },
    cases: (date) => [
      eligible("recognised provincial park", date, { subjectType: "park_operator", isRecognisedPark: true }, 0, yuan(3_000_000)),
      ineligible("park not recognised", date, { subjectType: "park_operator", isRecognisedPark: false }),
      unknown("recognition not answered", date, { subjectType: "park_operator" }),
    ],
  },
];

const PROPOSED: TSpec[] = [
  {
    id: "rural-cbec-small-reward",
    department: COMMERCE,
    names: { "zh-CN": "农村跨境电商专项子基金奖励", en: "Rural CBEC sub-fund reward" },
    summaries: {
      "zh-CN": "（政策建议）年跨境电商交易额 50 万~200 万元的小微主体，按交易额 3% 给予奖励。",
      en: "(Proposal) Micro and small subjects with annual CBEC turnover of ¥500,000–¥2,000,000 receive 3% of it.",
    },
    legalRef: proposal("5.1.1"),
    // "50~200 万元" is read inclusive at both ends, so it meets the in-force "above
    // 2,000,000" threshold without a gap.
    criteria: all(
      subjectIs("micro-subject", "individual_farmer", "cooperative", "micro_small_enterprise"),
      leaf("cbec-turnover-from-500k", { op: "compare", fact: "annualCbecTurnoverFen", cmp: "gte", value: yuan(500_000) }),
      leaf("cbec-turnover-up-to-2m", { op: "compare", fact: "annualCbecTurnoverFen", cmp: "lte", value: yuan(2_000_000) }),
    ),
    benefit: { kind: "percent_of", fact: "annualCbecTurnoverFen", bps: percent(3) },
    cases: (date) => [
      eligible("farmer with ¥800,000 CBEC turnover", date, { subjectType: "individual_farmer", annualCbecTurnoverFen: yuan(800_000) }, yuan(24_000)),
      eligible("upper bound ¥2,000,000 included", date, { subjectType: "micro_small_enterprise", annualCbecTurnoverFen: yuan(2_000_000) }, yuan(60_000)),
      ineligible("¥300,000 is below the new threshold", date, { subjectType: "cooperative", annualCbecTurnoverFen: yuan(300_000) }),
      unknown("turnover not given", date, { subjectType: "cooperative" }),
    ],
  },
  {
    id: "certification-fee",
    department: COMMERCE,
    names: { "zh-CN": "产品标准认证费用补助", en: "Product-standard certification fee subsidy" },
    summaries: { "zh-CN": "（政策建议）产品标准认证费用补助 50%。", en: "(Proposal) 50% of product-standard certification fees." },
    legalRef: proposal("5.1.1"),
    criteria: positive("certification-fee-paid", "certificationFeePaidFen"),
    benefit: { kind: "percent_of", fact: "certificationFeePaidFen", bps: percent(50) },
    cases: (date) => [
      // 50% of ¥12,345.67 is ¥6,172.835: floored to ¥6,172.83.
      eligible("fee ¥12,345.67, half rounded down to the fen", date, { certificationFeePaidFen: 1_234_567 }, 617_283),
      ineligible("no fee paid", date, { certificationFeePaidFen: 0 }),
      unknown("fee not given", date, {}),
    ],
  },
  {
    id: "overseas-trademark",
    department: COMMERCE,
    names: { "zh-CN": "境外商标注册补贴", en: "Overseas trademark registration subsidy" },
    summaries: { "zh-CN": "（政策建议）境外注册商标每件补贴 3000~5000 元。", en: "(Proposal) ¥3,000–¥5,000 per trademark registered abroad." },
    legalRef: proposal("5.1.1"),
    criteria: atLeastOne("trademarks-registered", "overseasTrademarksRegistered"),
    benefit: { kind: "per_unit_band", fact: "overseasTrademarksRegistered", minAmountFen: yuan(3_000), maxAmountFen: yuan(5_000) },
    cases: (date) => [
      eligible("two marks registered abroad", date, { overseasTrademarksRegistered: 2 }, yuan(6_000), yuan(10_000)),
      ineligible("no mark registered", date, { overseasTrademarksRegistered: 0 }),
      unknown("marks not given", date, {}),
    ],
  },
  {
    id: "credit-fx-insurance",
    department: COMMERCE,
    names: { "zh-CN": "出口信用险与汇率险保费补贴", en: "Export credit and exchange-rate insurance premium subsidy" },
    summaries: { "zh-CN": "（政策建议）出口信用险、汇率险保费补贴 50%。", en: "(Proposal) 50% of export credit and exchange-rate insurance premiums." },
    legalRef: proposal("5.1.1"),
    criteria: positive("credit-premium-paid", "exportCreditPremiumPaidFen"),
    benefit: { kind: "percent_of", fact: "exportCreditPremiumPaidFen", bps: percent(50) },
    cases: (date) => [
      eligible("¥8,000 premium", date, { exportCreditPremiumPaidFen: yuan(8_000) }, yuan(4_000)),
      ineligible("no premium paid", date, { exportCreditPremiumPaidFen: 0 }),
      unknown("premium not given", date, {}),
    ],
  },
  {
    id: "bad-debt-compensation",
    department: COMMERCE,
    names: { "zh-CN": "出口坏账风险补偿", en: "Export bad-debt compensation" },
    summaries: { "zh-CN": "（政策建议）有据可查的出口坏账损失按 30% 补偿。", en: "(Proposal) 30% of a documented export bad-debt loss." },
    legalRef: proposal("5.1.1"),
    criteria: all(positive("bad-debt-loss", "badDebtLossFen"), leaf("bad-debt-documented", { op: "is_true", fact: "badDebtDocumented" })),
    benefit: { kind: "percent_of", fact: "badDebtLossFen", bps: percent(30) },
    cases: (date) => [
      eligible("documented ¥100,000 loss", date, { badDebtLossFen: yuan(100_000), badDebtDocumented: true }, yuan(30_000)),
      ineligible("loss not documented", date, { badDebtLossFen: yuan(100_000), badDebtDocumented: false }),
      unknown("documentation not answered", date, { badDebtLossFen: yuan(50_000) }),
    ],
  },
  {
    id: "fragile-logistics-insurance",
    department: COMMERCE,
    names: { "zh-CN": "易碎品国际物流破损险保费补贴", en: "Breakage insurance subsidy for fragile goods" },
    summaries: {
      "zh-CN": "（政策建议）苗绣、银饰等易碎非遗产品的国际物流破损险保费补贴 40%。",
      en: "(Proposal) 40% of international breakage-insurance premiums for fragile heritage goods such as Miao embroidery and silverware.",
    },
    legalRef: proposal("5.1.1"),
    criteria: all(
      leaf("fragile-goods", { op: "in", fact: "fragileGoods", values: ["miao_embroidery", "silverware", "batik", "pottery"] }),
      positive("fragile-premium-paid", "fragileInsurancePremiumFen"),
    ),
    benefit: { kind: "percent_of", fact: "fragileInsurancePremiumFen", bps: percent(40) },
    cases: (date) => [
      eligible("embroidery seller, ¥2,000 premium", date, { fragileGoods: ["miao_embroidery"], fragileInsurancePremiumFen: yuan(2_000) }, yuan(800)),
      ineligible("no fragile goods (tea only)", date, { fragileGoods: [], fragileInsurancePremiumFen: yuan(1_000) }),
      unknown("premium not given", date, { fragileGoods: ["silverware"] }),
    ],
  },
  {
    id: "small-parcel-freight",
    department: COMMERCE,
    names: { "zh-CN": "小额订单运费补贴", en: "Small-order freight subsidy" },
    summaries: {
      "zh-CN": "（政策建议）单票金额 5000 元以下的出口订单，运费补贴 20%。",
      en: "(Proposal) 20% of the freight on export orders below ¥5,000 each.",
    },
    legalRef: proposal("5.1.1"),
    // The fact already counts only orders below 5,000 (its question says so).
    criteria: positive("small-parcel-freight", "smallParcelFreightFen"),
    benefit: { kind: "percent_of", fact: "smallParcelFreightFen", bps: percent(20) },
    cases: (date) => [
      eligible("¥6,000 freight on small orders", date, { smallParcelFreightFen: yuan(6_000) }, yuan(1_200)),
      ineligible("no small-order freight", date, { smallParcelFreightFen: 0 }),
      unknown("freight not given", date, {}),
    ],
  },
  {
    id: "industrial-belt-reward",
    department: COMMERCE,
    names: { "zh-CN": "“特色产业+跨境电商”产业带奖励", en: "“Specialty industry + CBEC” belt reward" },
    summaries: {
      "zh-CN": "（政策建议）湄潭茶叶、黔东南苗绣、遵义辣椒等产业带运营方，按产业带年度跨境电商交易额 10% 奖励。",
      en: "(Proposal) Operators of belts such as Meitan tea, Qiandongnan embroidery and Zunyi chili receive 10% of the belt's annual CBEC turnover.",
    },
    legalRef: proposal("5.1.2"),
    criteria: all(subjectIs("belt-operator", "belt_operator"), positive("belt-turnover", "beltAnnualCbecTurnoverFen")),
    benefit: { kind: "percent_of", fact: "beltAnnualCbecTurnoverFen", bps: percent(10) },
    cases: (date) => [
      eligible("tea belt with ¥30M CBEC turnover", date, { subjectType: "belt_operator", beltAnnualCbecTurnoverFen: yuan(30_000_000) }, yuan(3_000_000)),
      ineligible("a cooperative is not a belt operator", date, { subjectType: "cooperative", beltAnnualCbecTurnoverFen: yuan(30_000_000) }),
      unknown("belt turnover not given", date, { subjectType: "belt_operator" }),
    ],
  },
  {
    id: "vocational-school-training",
    department: COMMERCE,
    names: { "zh-CN": "县域职校跨境电商实操培训补助", en: "County vocational school CBEC training grant" },
    summaries: {
      "zh-CN": "（政策建议）县域职校开展 TikTok 直播、亚马逊选品等实操培训，按培训合格人数给予每校 5000~10000 元补助。",
      en: "(Proposal) County vocational schools running TikTok or Amazon practical courses receive ¥5,000–¥10,000 per school, by qualified trainees.",
    },
    legalRef: proposal("5.1.2"),
    criteria: all(subjectIs("vocational-school", "vocational_school"), atLeastOne("qualified-trainees", "qualifiedTrainees")),
    benefit: { kind: "band", minFen: yuan(5_000), maxFen: yuan(10_000) },
    cases: (date) => [
      eligible("40 qualified trainees", date, { subjectType: "vocational_school", qualifiedTrainees: 40 }, yuan(5_000), yuan(10_000)),
      ineligible("no qualified trainee", date, { subjectType: "vocational_school", qualifiedTrainees: 0 }),
      unknown("trainees not given", date, { subjectType: "vocational_school" }),
    ],
  },
  {
    id: "eastern-talent-allowance",
    department: COMMERCE,
    names: { "zh-CN": "东部跨境电商人才挂职安家补贴", en: "Settling allowance for seconded eastern CBEC professionals" },
    summaries: {
      "zh-CN": "（政策建议）东部跨境电商专业人才到贵州县域挂职，给予最高 5 万元安家补贴。",
      en: "(Proposal) CBEC professionals from eastern China seconded to a Guizhou county receive a settling allowance of up to ¥50,000.",
    },
    legalRef: proposal("5.1.2"),
    criteria: all(subjectIs("individual-applicant", "individual_person"), leaf("seconded-eastern-professional", { op: "is_true", fact: "isSecondedEasternProfessional" })),
    benefit: { kind: "band", minFen: 0, maxFen: yuan(50_000) },
    cases: (date) => [
      eligible("seconded from Hangzhou", date, { subjectType: "individual_person", isSecondedEasternProfessional: true }, 0, yuan(50_000)),
      ineligible("not on secondment", date, { subjectType: "individual_person", isSecondedEasternProfessional: false }),
      unknown("applicant type not given", date, { isSecondedEasternProfessional: true }),
    ],
  },
  {
    id: "returning-youth",
    department: COMMERCE,
    names: { "zh-CN": "返乡青年跨境电商创业扶持", en: "Returning youth CBEC start-up support" },
    summaries: {
      "zh-CN": "（政策建议）返乡青年从事跨境电商创业，前两年免除经营场地房租、补贴 50% 水电费，并提供子女家教辅导服务。",
      en: "(Proposal) Young people returning to start a CBEC business: premises rent waived and 50% of utilities paid for the first two years, plus tutoring for their children.",
    },
    legalRef: proposal("5.1.2"),
    criteria: all(
      leaf("returning-youth", { op: "is_true", fact: "isReturningYouth" }),
      // "前两年": support stops on the second anniversary of registration.
      { op: "not", of: leaf("within-first-two-years", { op: "anniversary", fact: "registeredOn", atLeast: { years: 2 }, before: "assessment_date" }) },
    ),
    benefit: {
      kind: "sum",
      of: [
        { kind: "percent_of", fact: "annualPremisesRentFen", bps: percent(100) },
        { kind: "percent_of", fact: "annualUtilitiesFen", bps: percent(50) },
      ],
    },
    cases: (date) => [
      eligible("nine months in, ¥12,000 rent and ¥3,000 utilities", date, { isReturningYouth: true, registeredOn: addCalendarMonths(date, -9), annualPremisesRentFen: yuan(12_000), annualUtilitiesFen: yuan(3_000) }, yuan(13_500)),
      ineligible("business older than two years", date, { isReturningYouth: true, registeredOn: addCalendarMonths(date, -40), annualPremisesRentFen: yuan(12_000), annualUtilitiesFen: yuan(3_000) }),
      unknown("utilities not given", date, { isReturningYouth: true, registeredOn: addCalendarMonths(date, -5), annualPremisesRentFen: yuan(9_600) }),
    ],
  },
  {
    id: "rcep-origin-certificate",
    department: COMMERCE,
    names: { "zh-CN": "RCEP 原产地证书费用补贴", en: "RCEP certificate of origin fee subsidy" },
    summaries: { "zh-CN": "（政策建议）RCEP 原产地证书办理费用全额补贴。", en: "(Proposal) RCEP certificate-of-origin fees refunded in full." },
    legalRef: proposal("5.1.3"),
    criteria: positive("rcep-fees-paid", "rcepCertificateFeesFen"),
    benefit: { kind: "percent_of", fact: "rcepCertificateFeesFen", bps: percent(100) },
    cases: (date) => [
      eligible("¥1,200 in certificate fees", date, { rcepCertificateFeesFen: yuan(1_200) }, yuan(1_200)),
      ineligible("no certificate fee", date, { rcepCertificateFeesFen: 0 }),
      unknown("fees not given", date, {}),
    ],
  },
  {
    id: "village-logistics-point",
    department: COMMERCE,
    names: { "zh-CN": "乡镇集货仓及村级提货点运营补贴", en: "Township warehouse and village pick-up point subsidy" },
    summaries: {
      "zh-CN": "（政策建议）乡镇集货仓、村级提货点运营方按每单 1 元给予补贴。",
      en: "(Proposal) Operators of township collection warehouses and village pick-up points receive ¥1 per order handled.",
    },
    legalRef: proposal("5.2.2"),
    criteria: atLeastOne("village-orders", "villagePointOrdersHandled"),
    benefit: { kind: "per_unit", fact: "villagePointOrdersHandled", amountFen: yuan(1) },
    cases: (date) => [
      eligible("3,650 orders in a year", date, { villagePointOrdersHandled: 3_650 }, yuan(3_650)),
      ineligible("no order handled", date, { villagePointOrdersHandled: 0 }),
      unknown("orders not given", date, {}),
    ],
  },
];

// ───────────────────────── versions ─────────────────────────

const toTexts = (spec: TSpec, note?: { "zh-CN": string; en: string }): TProgrammeTexts => ({
  "zh-CN": { name: spec.names["zh-CN"], summary: note ? `${spec.summaries["zh-CN"]}${note["zh-CN"]}` : spec.summaries["zh-CN"] },
  en: { name: spec.names.en, summary: note ? `${spec.summaries.en} ${note.en}` : spec.summaries.en },
});

const toVersion = (
  spec: TSpec,
  version: number,
  status: TProgrammeVersion["status"],
  range: { from: TIsoDate; to: TIsoDate | null; caseDate: TIsoDate },
  note?: { "zh-CN": string; en: string },
): TProgrammeVersion => ({
  programmeId: spec.id,
  version,
  status,
  effectiveFrom: range.from,
  effectiveTo: range.to,
  legalRef: spec.legalRef,
  criteria: spec.criteria,
  benefit: spec.benefit,
  texts: toTexts(spec, note),
  cases: spec.cases(range.caseDate),
});

// The park reward comes from the 2023 "十百千万" plan (seed 003 §3.2), not the 2022 action plan.
const IN_FORCE_START: Record<string, TIsoDate> = { "ecommerce-park-reward": "2023-01-01" };

const CONTINUATION_NOTE = {
  "zh-CN": "2026 年起按原标准延续执行，待新一轮政策文件出台后更新。",
  en: "Continued unchanged from 2026 until a successor policy is issued.",
};

/**
 * Version 1 is the action plan's own window (2022–2025). The papers, published in late
 * 2025, still describe these rules as current and name no successor, so version 2
 * continues them unchanged from 2026-01-01, open-ended, citing the same basis: officials
 * retire it by publishing a version 3 when the successor plan appears, and applications
 * filed in 2022–2025 keep version 1.
 */
const toInForceVersions = (spec: TSpec): TProgrammeVersion[] => [
  toVersion(spec, 1, "published", { from: IN_FORCE_START[spec.id] ?? "2022-01-01", to: "2025-12-31", caseDate: "2025-06-30" }),
  toVersion(spec, 2, "published", { from: "2026-01-01", to: null, caseDate: "2026-06-30" }, CONTINUATION_NOTE),
];

// Proposals get their own programmes, status `proposed`, from 2027-01-01, so officials
// can simulate them against real applicants before switching them on.
const toProposedVersion = (spec: TSpec): TProgrammeVersion =>
  toVersion(spec, 1, "proposed", { from: "2027-01-01", to: null, caseDate: "2027-06-30" });

const toProgramme = (spec: TSpec): TProgramme => ({ id: spec.id, department: spec.department, names: spec.names });

export const IN_FORCE_PROGRAMME_IDS = IN_FORCE.map((spec) => spec.id);
export const PROPOSED_PROGRAMME_IDS = PROPOSED.map((spec) => spec.id);

export const SEED_PROGRAMMES: TProgramme[] = [...IN_FORCE, ...PROPOSED].map(toProgramme);

export const SEED_PROGRAMME_VERSIONS: TProgrammeVersion[] = [...IN_FORCE.flatMap(toInForceVersions), ...PROPOSED.map(toProposedVersion)];

/** The seed, parsed by the same zod schemas an official's edit goes through; throws on any invalid row. */
export const parseSeedProgrammes = () => ({
  departments: ZDepartment.array().parse(SEED_DEPARTMENTS),
  programmes: ZProgramme.array().parse(SEED_PROGRAMMES),
  versions: ZProgrammeVersion.array().parse(SEED_PROGRAMME_VERSIONS),
});
