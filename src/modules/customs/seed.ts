// Seeds the customs reference data once: rows that already exist are left alone, so a
// re-seed never overwrites an official's correction.
import type { Db } from "@/server/db";
import { SEED_DESTINATIONS, SEED_FX_ROUTES, SEED_MODES, SEED_NOTES, SEED_PRODUCTS, SEED_RATES, SEED_RELIEF_RULES, SEED_REQUIREMENTS, SEED_TARIFFS, SEED_ZONE_MODES, SEED_ZONES } from "./seed-data";

export async function seedCustoms(db: Db): Promise<void> {
  for (const row of SEED_PRODUCTS) await db.customsProduct.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_DESTINATIONS) await db.customsDestination.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_MODES) await db.customsMode.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_ZONES) await db.bondedZone.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_ZONE_MODES) await db.bondedZoneMode.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_REQUIREMENTS) await db.customsRequirement.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_TARIFFS) await db.customsTariff.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_RATES) await db.exchangeRate.upsert({ where: { currency_date: { currency: row.currency, date: row.date } }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_FX_ROUTES) await db.fxRoute.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_RELIEF_RULES) await db.returnReliefRule.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
  for (const row of SEED_NOTES) await db.industryNote.upsert({ where: { id: row.id }, create: row, update: {}, select: { id: true } });
}
