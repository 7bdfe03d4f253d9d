// Demo data for the portal, idempotent: running it twice changes nothing. Places and
// products come from shared/reference/services.md (seed papers 002–004).
// Run with DATABASE_URL set; `npm run db:seed`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { seedCustoms } from "../src/modules/customs/seed";
import { hashPassword } from "../src/modules/identity/passwords";
import { computeResidentIdCheckDigit, computeUsccCheckChar } from "../src/modules/identity/domain/identifiers";
import { maskIdentifier } from "../src/modules/identity/domain/masking";
import { seedMarket } from "../src/modules/market/seed";
import { appendAudit } from "../src/server/audit";
import { encryptField, lookupHash, parseKey } from "../src/server/crypto";
import { createDb, type Db } from "../src/server/db";
import { seedApplications } from "./seed-applications";
import { seedSubsidy } from "./seed-subsidy";
import { seedWarehouses } from "./seed-warehouse";

export const DEMO_PASSWORD = "Qkt-demo-2026";
const SEED_DIR = path.join(import.meta.dirname, "seed-data");

type Division = { countyCode: string; countyZh: string; prefectureCode: string; prefectureZh: string };

function readDivisions(): Division[] {
  const lines = readFileSync(path.join(SEED_DIR, "guizhou-divisions.csv"), "utf8").trim().split(/\r?\n/).slice(1);

  return lines.map((line) => {
    const [countyCode, countyZh, prefectureCode, prefectureZh] = line.split(",").map((cell) => cell.replace(/^"|"$/g, ""));
    if (!countyCode || !countyZh || !prefectureCode || !prefectureZh) throw new Error(`bad divisions line: ${line}`);

    return { countyCode, countyZh, prefectureCode, prefectureZh };
  });
}

const english = JSON.parse(readFileSync(path.join(SEED_DIR, "divisions-en.json"), "utf8")) as { prefectures: Record<string, string>; counties: Record<string, string> };

async function seedDivisions(db: Db, divisions: Division[]) {
  for (const d of divisions) {
    const prefecture = { nameZh: d.prefectureZh, nameEn: english.prefectures[d.prefectureCode] ?? d.prefectureZh };
    await db.prefecture.upsert({ where: { code: d.prefectureCode }, create: { code: d.prefectureCode, ...prefecture }, update: prefecture });
    const county = { nameZh: d.countyZh, nameEn: english.counties[d.countyCode] ?? d.countyZh, prefectureCode: d.prefectureCode };
    await db.county.upsert({ where: { code: d.countyCode }, create: { code: d.countyCode, ...county }, update: county });
  }
}

// Village points where county staff are stationed 2–3 days a week (seed 002 §5.2).
const VILLAGE_POINTS = [
  { id: "station-520328-longfeng", countyCode: "520328", nameZh: "兴隆镇龙凤村服务点", nameEn: "Longfeng Village Point, Xinglong Town", addressZh: "湄潭县兴隆镇龙凤村村委会", addressEn: "Longfeng Village Committee, Xinglong Town, Meitan", openingDays: "2,4,6" },
  { id: "station-520328-yongxing", countyCode: "520328", nameZh: "永兴镇服务点", nameEn: "Yongxing Town Point", addressZh: "湄潭县永兴镇便民服务中心", addressEn: "Yongxing Town Service Hall, Meitan", openingDays: "1,3,5" },
  { id: "station-522630-shidong", countyCode: "522630", nameZh: "施洞镇服务点", nameEn: "Shidong Town Point", addressZh: "台江县施洞镇便民服务中心", addressEn: "Shidong Town Service Hall, Taijiang", openingDays: "2,5" },
  { id: "station-520526-yina", countyCode: "520526", nameZh: "迤那镇服务点", nameEn: "Yina Town Point", addressZh: "威宁县迤那镇便民服务中心", addressEn: "Yina Town Service Hall, Weining", openingDays: "1,3,5" },
  { id: "station-520304-xiazi", countyCode: "520304", nameZh: "虾子镇服务点", nameEn: "Xiazi Town Point", addressZh: "播州区虾子镇辣椒城管理处", addressEn: "Chili Market Office, Xiazi Town, Bozhou", openingDays: "1,4" },
];

async function seedStations(db: Db, divisions: Division[]) {
  for (const d of divisions) {
    const nameEn = english.counties[d.countyCode] ?? d.countyZh;
    const data = {
      kind: "county_centre",
      nameZh: `${d.countyZh}跨境电商服务中心`,
      nameEn: `${nameEn} Cross-border E-commerce Service Centre`,
      countyCode: d.countyCode,
      addressZh: `${d.countyZh}政务服务中心`,
      addressEn: `Government Service Centre, ${nameEn}`,
      openingDays: "1,2,3,4,5",
    };
    await db.serviceStation.upsert({ where: { id: `station-${d.countyCode}-centre` }, create: { id: `station-${d.countyCode}-centre`, ...data }, update: data });
  }
  for (const { id, ...point } of VILLAGE_POINTS) {
    const data = { kind: "village_point", ...point };
    await db.serviceStation.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
}

type DemoUser = { phone: string; name: string; role: string; countyCode?: string; prefectureCode?: string; stationId?: string };

export const DEMO_USERS: DemoUser[] = [
  { phone: "13800000001", name: "田茶农", role: "applicant", countyCode: "520328" },
  { phone: "13800000002", name: "王服务", role: "station_staff", countyCode: "520328", stationId: "station-520328-centre" },
  { phone: "13800000003", name: "李审核", role: "official", prefectureCode: "5203" },
  { phone: "13800000004", name: "张管理", role: "administrator" },
  { phone: "13800000005", name: "杨辣椒", role: "applicant", countyCode: "520304" },
  { phone: "13800000006", name: "马服务", role: "station_staff", countyCode: "520526", stationId: "station-520526-centre" },
  { phone: "13800000007", name: "陈复核", role: "official", prefectureCode: "5203" },
  { phone: "13800000008", name: "阮仓管", role: "warehouse_operator" },
  // The Weining apple grower who books cold storage in Hanoi (issue #6's demo): seeded earlier
  // without a phone, he now signs in himself; seedDemoUsers adopts his existing account.
  { phone: "13800000009", name: "马德福", role: "applicant", countyCode: "520526" },
];

async function seedDemoUsers(db: Db): Promise<Map<string, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const byPhone = await db.user.findUnique({ where: { phone: user.phone }, select: { id: true } });
    // A seeded farmer without a phone who is now a demo account keeps his id (and his subjects).
    const adopted = byPhone ? null : await db.user.findFirst({ where: { name: user.name, role: user.role, phone: null, countyCode: user.countyCode ?? null }, select: { id: true } });
    const data = { name: user.name, role: user.role, countyCode: user.countyCode ?? null, prefectureCode: user.prefectureCode ?? null, stationId: user.stationId ?? null, isDemo: true };
    const saved = byPhone
      ? await db.user.update({ where: { id: byPhone.id }, data, select: { id: true } })
      : adopted
        ? await db.user.update({ where: { id: adopted.id }, data: { ...data, phone: user.phone, passwordHash }, select: { id: true } })
        : await db.user.create({ data: { ...data, phone: user.phone, passwordHash }, select: { id: true } });
    ids.set(user.phone, saved.id);
  }

  return ids;
}

type SeedSubject = { owner: string; type: string; name: string; countyCode: string; registeredOn: string; products: string[] };

// Owners: a demo phone, or the name of a seeded farmer without an account of their own.
const SUBJECTS: SeedSubject[] = [
  { owner: "13800000001", type: "cooperative", name: "湄潭县茶香农民专业合作社", countyCode: "520328", registeredOn: "2019-04-12", products: ["湄潭翠芽绿茶", "遵义红红茶"] },
  { owner: "13800000005", type: "cooperative", name: "遵义市播州区红辣椒农民专业合作社", countyCode: "520304", registeredOn: "2020-08-03", products: ["干辣椒", "辣椒面", "糟辣椒酱"] },
  { owner: "13800000005", type: "individual_farmer", name: "杨辣椒", countyCode: "520304", registeredOn: "2025-06-20", products: ["朝天椒"] },
  { owner: "田永贵", type: "individual_farmer", name: "田永贵", countyCode: "520328", registeredOn: "2018-03-01", products: ["有机绿茶"] },
  { owner: "何秀英", type: "micro_small_enterprise", name: "湄潭兰馨抹茶有限公司", countyCode: "520328", registeredOn: "2021-11-15", products: ["抹茶", "绿茶"] },
  { owner: "罗明", type: "cooperative", name: "都匀市毛尖茶叶专业合作社", countyCode: "522701", registeredOn: "2017-05-09", products: ["都匀毛尖"] },
  { owner: "张阿妹", type: "cooperative", name: "台江县施洞苗绣专业合作社", countyCode: "522630", registeredOn: "2019-09-23", products: ["苗绣挂件", "苗绣服饰"] },
  { owner: "张阿妹", type: "individual_farmer", name: "张阿妹", countyCode: "522630", registeredOn: "2016-02-29", products: ["苗绣片料"] },
  { owner: "杨银匠", type: "micro_small_enterprise", name: "雷山县控拜银饰工艺品有限公司", countyCode: "522634", registeredOn: "2020-01-06", products: ["苗族银饰"] },
  { owner: "13800000009", type: "cooperative", name: "威宁县迤那苹果种植专业合作社", countyCode: "520526", registeredOn: "2018-10-10", products: ["威宁苹果"] },
  { owner: "13800000009", type: "individual_farmer", name: "马德福", countyCode: "520526", registeredOn: "2024-02-29", products: ["苹果"] },
  { owner: "韦小红", type: "cooperative", name: "镇宁县蜂糖李专业合作社", countyCode: "520423", registeredOn: "2019-06-18", products: ["镇宁蜂糖李"] },
  { owner: "吴大山", type: "cooperative", name: "岑巩县柚子种植专业合作社", countyCode: "522626", registeredOn: "2020-03-30", products: ["岑巩柚子"] },
  { owner: "刘桂兰", type: "cooperative", name: "修文县猕猴桃专业合作社", countyCode: "520123", registeredOn: "2016-07-07", products: ["修文猕猴桃"] },
  { owner: "龙建国", type: "enterprise", name: "贵州江口梵净抹茶有限公司", countyCode: "520621", registeredOn: "2015-12-01", products: ["抹茶"] },
  { owner: "周晓燕", type: "micro_small_enterprise", name: "龙里县刺梨饮品有限公司", countyCode: "522730", registeredOn: "2021-04-26", products: ["刺梨原汁", "刺梨干"] },
  { owner: "周晓燕", type: "cooperative", name: "盘州市刺梨种植专业合作社", countyCode: "520281", registeredOn: "2018-08-08", products: ["刺梨"] },
  { owner: "陈天麻", type: "cooperative", name: "大方县天麻种植专业合作社", countyCode: "520521", registeredOn: "2017-11-11", products: ["天麻", "中药材"] },
  { owner: "王酒坊", type: "micro_small_enterprise", name: "仁怀市小曲白酒坊有限公司", countyCode: "520382", registeredOn: "2022-03-15", products: ["白酒"] },
  { owner: "罗明", type: "individual_farmer", name: "罗明", countyCode: "522701", registeredOn: "2023-09-01", products: ["毛尖茶"] },
  { owner: "黄正安", type: "cooperative", name: "正安县大蒜专业合作社", countyCode: "520324", registeredOn: "2019-02-14", products: ["大蒜"] },
  { owner: "石魔芋", type: "cooperative", name: "石阡县魔芋专业合作社", countyCode: "520623", registeredOn: "2020-10-20", products: ["魔芋", "魔芋粉"] },
  { owner: "关牛倌", type: "cooperative", name: "关岭县肉牛养殖专业合作社", countyCode: "520424", registeredOn: "2018-05-05", products: ["牛肉干"] },
  { owner: "田永贵", type: "cooperative", name: "湄潭县龙凤村茶叶专业合作社", countyCode: "520328", registeredOn: "2024-12-20", products: ["红茶", "绿茶"] },
  { owner: "杨小椒", type: "micro_small_enterprise", name: "遵义虾子辣椒食品有限公司", countyCode: "520304", registeredOn: "2016-09-09", products: ["辣椒酱", "油辣椒"] },
  { owner: "杨小椒", type: "individual_farmer", name: "杨小椒", countyCode: "520304", registeredOn: "2025-03-03", products: ["干辣椒"] },
  { owner: "韦小红", type: "individual_farmer", name: "韦小红", countyCode: "520423", registeredOn: "2022-07-01", products: ["蜂糖李"] },
  { owner: "吴大山", type: "individual_farmer", name: "吴大山", countyCode: "522626", registeredOn: "2021-01-15", products: ["柚子"] },
  { owner: "何秀英", type: "individual_farmer", name: "何秀英", countyCode: "520328", registeredOn: "2019-10-01", products: ["茶叶"] },
  { owner: "13800000009", type: "micro_small_enterprise", name: "威宁高原果品贸易有限公司", countyCode: "520526", registeredOn: "2023-05-12", products: ["苹果", "苹果干"] },
];

const USCC_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A valid-by-checksum identifier, deterministic per subject so re-seeding finds the same row. */
function demoIdentifier(subject: SeedSubject, index: number): { kind: "uscc" | "resident_id"; value: string } {
  if (subject.type === "individual_farmer") {
    const birth = `19${60 + (index % 30)}0${1 + (index % 9)}1${index % 10}`;
    const first17 = `${subject.countyCode}${birth}${String(100 + index).slice(-3)}`;

    return { kind: "resident_id", value: first17 + computeResidentIdCheckDigit(first17) };
  }
  // GB 32100: 9 = market regulator; 3 = farmers' cooperative, 1 = company.
  const typeCode = subject.type === "cooperative" ? "93" : "91";
  const org = `MA${Array.from({ length: 7 }, (_, i) => USCC_ORG_CHARS[(index * 7 + i * 13) % USCC_ORG_CHARS.length]).join("")}`;
  const first17 = `${typeCode}${subject.countyCode}${org}`;

  return { kind: "uscc", value: first17 + computeUsccCheckChar(first17) };
}

async function ownerId(db: Db, subject: SeedSubject, demoIds: Map<string, string>): Promise<string> {
  const demo = demoIds.get(subject.owner);
  if (demo) return demo;
  const existing = await db.user.findFirst({ where: { name: subject.owner, role: "applicant", phone: null, countyCode: subject.countyCode }, select: { id: true } });
  if (existing) return existing.id;

  return (await db.user.create({ data: { name: subject.owner, role: "applicant", countyCode: subject.countyCode, phone: null, passwordHash: null }, select: { id: true } })).id;
}

async function seedSubjects(db: Db, demoIds: Map<string, string>, keys: { field: Buffer; lookup: Buffer }): Promise<number> {
  let created = 0;
  for (const [index, subject] of SUBJECTS.entries()) {
    const identifier = demoIdentifier(subject, index);
    const idLookupHash = lookupHash(`${identifier.kind}:${identifier.value}`, keys.lookup);
    if (await db.marketSubject.findUnique({ where: { idLookupHash }, select: { id: true } })) continue;
    const owner = await ownerId(db, subject, demoIds);
    await db.marketSubject.create({
      data: {
        ownerId: owner,
        type: subject.type,
        name: subject.name,
        idKind: identifier.kind,
        idCiphertext: encryptField(identifier.value, keys.field),
        idLookupHash,
        idMasked: maskIdentifier(identifier.value),
        countyCode: subject.countyCode,
        registeredOn: subject.registeredOn,
        products: JSON.stringify(subject.products),
        createdById: owner,
      },
    });
    created += 1;
  }

  return created;
}

/** The Meitan applicant has already authorised the Meitan centre, so staff can demo acting at once. */
async function seedDelegation(db: Db, demoIds: Map<string, string>) {
  const applicantId = demoIds.get("13800000001");
  const staffId = demoIds.get("13800000002");
  if (!applicantId || !staffId) return;
  const existing = await db.delegation.findFirst({ where: { applicantId, stationId: "station-520328-centre" }, select: { id: true } });
  if (existing) return;
  await db.delegation.create({
    data: { applicantId, stationId: "station-520328-centre", scope: "subjects,subsidy,customs,warehouse,market", validFrom: "2026-01-01", validUntil: "2027-12-31", consentMethod: "one_time_code", confirmedAt: new Date("2026-01-05T02:00:00Z"), recordedById: staffId },
  });
}

export async function seedDatabase(db: Db): Promise<{ subjectsCreated: number }> {
  const keys = { field: parseKey(requireEnv("FIELD_ENCRYPTION_KEY")), lookup: parseKey(requireEnv("LOOKUP_HASH_KEY")) };
  const divisions = readDivisions();
  await seedDivisions(db, divisions);
  await seedStations(db, divisions);
  const demoIds = await seedDemoUsers(db);
  const subjectsCreated = await seedSubjects(db, demoIds, keys);
  await seedDelegation(db, demoIds);
  await seedCustoms(db);
  await seedApplications(db, keys);
  await seedSubsidy(db);
  await seedWarehouses(db, demoIds);
  await seedMarket(db);
  if (subjectsCreated > 0) {
    await db.$transaction((tx) => appendAudit(tx, { actorId: null, action: "seed.applied", targetType: "system", targetId: "seed", after: { subjectsCreated } }));
  }

  return { subjectsCreated };
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see .env.example)`);

  return value;
}

async function main() {
  const db = createDb();
  try {
    const { subjectsCreated } = await seedDatabase(db);
    console.log(`seed: done (${subjectsCreated} new market subjects)`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error("seed failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
