// Overseas warehouses for the demo (issue #6). The places come from the seed papers
// (shared/reference/services.md): public warehouses in Hanoi and Bangkok, planned ones in the
// USA and Germany, and Guizhou's five export warehouses of 2022 (Hong Kong, Poland, USA,
// Myanmar, Kenya). No public source documents these warehouses, so operators, capacities
// and opening dates are illustrative. Prices follow the real structures in
// customs-fx-markets.md §5 (free days then tiers; inbound per m³; outbound per order),
// converted to fen at round rates. The public subsidy (half of storage and inbound, capped)
// is an illustrative policy choice, not a figure from policies.md.
import type { Db } from "../src/server/db";
import type { PriceList } from "../src/modules/warehouse/domain/quote";

type SeedWarehouse = {
  code: string;
  nameZh: string;
  nameEn: string;
  countryCode: string;
  cityZh: string;
  cityEn: string;
  operatorZh: string;
  operatorEn: string;
  kind: "public" | "partner";
  ambientM3: number;
  coldM3: number;
  openingDate: string;
  priceList: PriceList;
  subsidyBps: number;
  subsidyCapFen: number;
};

const tiers = (...pairs: [number, number][]) => pairs.map(([fromDay, fenPerM3Day]) => ({ fromDay, fenPerM3Day }));

// Vietnam fulfilment: 7,400–8,900 VND/m³/day after 30 free days (≈ ¥2.2); unloading 40,000 VND/m³ (≈ ¥11).
const VIETNAM: PriceList = { ambient: { freeDays: 30, tiers: tiers([31, 220], [91, 330]) }, cold: { freeDays: 0, tiers: tiers([1, 450], [31, 600]) }, inboundFenPerM3: 1100, outboundFenPerOrder: 70 };
// Thailand: per revenue ton; chilled ≈ 1.5–3× ambient.
const THAILAND: PriceList = { ambient: { freeDays: 30, tiers: tiers([31, 250], [91, 380]) }, cold: { freeDays: 0, tiers: tiers([1, 520], [31, 700]) }, inboundFenPerM3: 1300, outboundFenPerOrder: 90 };
// US tiers: days 0–30 free, then $0.50 / $1.00 / $1.50 per m³ per day; orders $1.60–3.85.
const USA: PriceList = { ambient: { freeDays: 30, tiers: tiers([31, 360], [61, 720], [91, 1080]) }, cold: { freeDays: 0, tiers: tiers([1, 1200], [61, 1600]) }, inboundFenPerM3: 2500, outboundFenPerOrder: 1500 };
// Flat $1.25/m³/day after 30 free days.
const EUROPE: PriceList = { ambient: { freeDays: 30, tiers: tiers([31, 900]) }, cold: { freeDays: 0, tiers: tiers([1, 1500]) }, inboundFenPerM3: 2800, outboundFenPerOrder: 1600 };
const ASIA_PARTNER: PriceList = { ambient: { freeDays: 14, tiers: tiers([15, 300], [61, 450]) }, cold: { freeDays: 0, tiers: tiers([1, 650]) }, inboundFenPerM3: 1500, outboundFenPerOrder: 120 };
const AFRICA_PARTNER: PriceList = { ambient: { freeDays: 14, tiers: tiers([15, 400], [61, 600]) }, cold: { freeDays: 0, tiers: tiers([1, 900]) }, inboundFenPerM3: 2000, outboundFenPerOrder: 300 };

const PUBLIC_SUBSIDY = { subsidyBps: 5000, subsidyCapFen: 500_000 };
const NO_SUBSIDY = { subsidyBps: 0, subsidyCapFen: 0 };

export const SEED_WAREHOUSES: SeedWarehouse[] = [
  { code: "HAN", nameZh: "河内公共海外仓", nameEn: "Hanoi Public Overseas Warehouse", countryCode: "VN", cityZh: "河内", cityEn: "Hanoi", operatorZh: "黔桂滇公共海外仓（越南）运营中心", operatorEn: "Guizhou–Guangxi–Yunnan Public Warehouse Centre (Vietnam)", kind: "public", ambientM3: 800, coldM3: 120, openingDate: "2024-05-01", priceList: VIETNAM, ...PUBLIC_SUBSIDY },
  { code: "BKK", nameZh: "曼谷公共海外仓", nameEn: "Bangkok Public Overseas Warehouse", countryCode: "TH", cityZh: "曼谷", cityEn: "Bangkok", operatorZh: "黔桂滇公共海外仓（泰国）运营中心", operatorEn: "Guizhou–Guangxi–Yunnan Public Warehouse Centre (Thailand)", kind: "public", ambientM3: 600, coldM3: 100, openingDate: "2024-07-01", priceList: THAILAND, ...PUBLIC_SUBSIDY },
  { code: "LAX", nameZh: "洛杉矶公共海外仓（筹建）", nameEn: "Los Angeles Public Overseas Warehouse (planned)", countryCode: "US", cityZh: "洛杉矶", cityEn: "Los Angeles", operatorZh: "贵州跨境电商公共服务有限公司（筹）", operatorEn: "Guizhou CBEC Public Services Co. (in formation)", kind: "public", ambientM3: 500, coldM3: 50, openingDate: "2027-03-01", priceList: USA, ...PUBLIC_SUBSIDY },
  { code: "HAM", nameZh: "汉堡公共海外仓（筹建）", nameEn: "Hamburg Public Overseas Warehouse (planned)", countryCode: "DE", cityZh: "汉堡", cityEn: "Hamburg", operatorZh: "贵州跨境电商公共服务有限公司（筹）", operatorEn: "Guizhou CBEC Public Services Co. (in formation)", kind: "public", ambientM3: 400, coldM3: 40, openingDate: "2027-06-01", priceList: EUROPE, ...PUBLIC_SUBSIDY },
  { code: "HKG", nameZh: "香港合作仓", nameEn: "Hong Kong Partner Warehouse", countryCode: "HK", cityZh: "香港", cityEn: "Hong Kong", operatorZh: "港黔物流（香港）有限公司", operatorEn: "Gang-Qian Logistics (HK) Ltd", kind: "partner", ambientM3: 300, coldM3: 60, openingDate: "2022-01-01", priceList: ASIA_PARTNER, ...NO_SUBSIDY },
  { code: "WAW", nameZh: "华沙合作仓", nameEn: "Warsaw Partner Warehouse", countryCode: "PL", cityZh: "华沙", cityEn: "Warsaw", operatorZh: "中欧陆港仓储有限公司", operatorEn: "Sino-Euro Land Port Storage Sp. z o.o.", kind: "partner", ambientM3: 250, coldM3: 0, openingDate: "2022-01-01", priceList: EUROPE, ...NO_SUBSIDY },
  { code: "EWR", nameZh: "新泽西合作仓", nameEn: "New Jersey Partner Warehouse", countryCode: "US", cityZh: "新泽西", cityEn: "New Jersey", operatorZh: "美东黔货仓储公司", operatorEn: "East Coast Qian Goods Storage LLC", kind: "partner", ambientM3: 200, coldM3: 0, openingDate: "2022-01-01", priceList: USA, ...NO_SUBSIDY },
  { code: "RGN", nameZh: "仰光合作仓", nameEn: "Yangon Partner Warehouse", countryCode: "MM", cityZh: "仰光", cityEn: "Yangon", operatorZh: "滇缅通达物流有限公司", operatorEn: "Dian-Mian Tongda Logistics Co.", kind: "partner", ambientM3: 150, coldM3: 0, openingDate: "2022-01-01", priceList: ASIA_PARTNER, ...NO_SUBSIDY },
  { code: "NBO", nameZh: "内罗毕合作仓", nameEn: "Nairobi Partner Warehouse", countryCode: "KE", cityZh: "内罗毕", cityEn: "Nairobi", operatorZh: "东非中贸仓储有限公司", operatorEn: "East Africa Sino-Trade Warehousing Ltd", kind: "partner", ambientM3: 120, coldM3: 0, openingDate: "2022-01-01", priceList: AFRICA_PARTNER, ...NO_SUBSIDY },
];

/** Warehouses an operator account works, by demo phone. */
export const SEED_OPERATORS: Record<string, string[]> = { "13800000008": ["HAN", "BKK"] };

/**
 * Creates the warehouses that are missing and assigns the demo operator. Existing warehouses
 * are left alone: their capacity may carry bookings and is changed only through the service.
 */
export async function seedWarehouses(db: Db, demoIds: Map<string, string>): Promise<number> {
  let created = 0;
  for (const w of SEED_WAREHOUSES) {
    if (await db.warehouse.findUnique({ where: { code: w.code }, select: { id: true } })) continue;
    const { ambientM3, coldM3, priceList, ...rest } = w;
    await db.warehouse.create({ data: { ...rest, ambientCapacity: ambientM3 * 100, coldCapacity: coldM3 * 100, priceList: JSON.stringify(priceList) } });
    created += 1;
  }
  for (const [phone, codes] of Object.entries(SEED_OPERATORS)) {
    const userId = demoIds.get(phone);
    if (!userId) continue;
    for (const code of codes) {
      const warehouse = await db.warehouse.findUniqueOrThrow({ where: { code }, select: { id: true } });
      await db.warehouseOperator.upsert({ where: { warehouseId_userId: { warehouseId: warehouse.id, userId } }, create: { warehouseId: warehouse.id, userId }, update: {} });
    }
  }

  return created;
}
