import "server-only";
import type { Db, Tx } from "@/server/db";
import { REFERENCE_TABLES, type ReferenceTable } from "./reference-tables";

type Client = Db | Tx;
type Row = Record<string, unknown> & { id: string; updatedAt: Date };
// The reference tables share one shape for editing (id, fields, source, verifiedOn, updatedAt);
// Prisma's per-model delegates are reached by name through this narrow interface.
type Delegate = {
  findMany(args: { orderBy: Record<string, "asc" | "desc">[]; take?: number }): Promise<Row[]>;
  findUnique(args: { where: { id: string } }): Promise<Row | null>;
  count(args?: { where?: Record<string, unknown> }): Promise<number>;
  updateMany(args: { where: { id: string; updatedAt: Date }; data: Record<string, unknown> }): Promise<{ count: number }>;
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: string }>;
};

function delegate(client: Client, table: ReferenceTable): Delegate {
  return (client as unknown as Record<string, Delegate>)[REFERENCE_TABLES[table].model]!;
}

const ORDER: Partial<Record<ReferenceTable, Record<string, "asc" | "desc">[]>> = {
  rates: [{ date: "desc" }, { currency: "asc" }],
  requirements: [{ step: "asc" }, { id: "asc" }],
};

export function listRows(client: Client, table: ReferenceTable, take = 500) {
  return delegate(client, table).findMany({ orderBy: ORDER[table] ?? [{ id: "asc" }], take });
}

export function findRow(client: Client, table: ReferenceTable, id: string) {
  return delegate(client, table).findUnique({ where: { id } });
}

export async function countRows(client: Client, table: ReferenceTable) {
  const d = delegate(client, table);
  const [total, unverified] = await Promise.all([d.count(), d.count({ where: { verifiedOn: null } })]);

  return { total, unverified };
}

/** Writes only if nobody changed the row since it was read (optimistic concurrency; the write comes first in the transaction). */
export function updateRowIfUnchanged(tx: Tx, table: ReferenceTable, id: string, updatedAt: Date, data: Record<string, unknown>) {
  return delegate(tx, table).updateMany({ where: { id, updatedAt }, data });
}

export function createRow(tx: Tx, table: ReferenceTable, data: Record<string, unknown>) {
  return delegate(tx, table).create({ data, select: { id: true } });
}

// --- guidance reads --------------------------------------------------------------------------------

export function listProducts(client: Client) {
  return client.customsProduct.findMany({ orderBy: { id: "asc" }, select: { id: true, category: true, nameZh: true, nameEn: true, hs6: true, cn10: true, cn10VerifiedOn: true, isFood: true, noteZh: true, noteEn: true, source: true, verifiedOn: true } });
}

export function findProduct(client: Client, id: string) {
  return client.customsProduct.findUnique({ where: { id }, select: { id: true, category: true, nameZh: true, nameEn: true, hs6: true, cn10: true, cn10VerifiedOn: true, isFood: true, noteZh: true, noteEn: true, source: true, verifiedOn: true } });
}

export function listDestinations(client: Client) {
  return client.customsDestination.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true, currency: true, rcepMember: true, rcepSince: true, aseanMember: true, noteZh: true, noteEn: true, source: true, verifiedOn: true } });
}

export async function loadGuidanceFacts(client: Client, productId: string, destinationId: string) {
  const [modes, zones, zoneModes, requirements, tariff, routes, reliefRules, notes] = await Promise.all([
    client.customsMode.findMany({ orderBy: { id: "asc" }, select: { id: true, channel: true, nameZh: true, nameEn: true, whoZh: true, whoEn: true, declarationZh: true, declarationEn: true, filingsZh: true, filingsEn: true, documentsZh: true, documentsEn: true, source: true, verifiedOn: true } }),
    client.bondedZone.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true, source: true, verifiedOn: true } }),
    client.bondedZoneMode.findMany({ orderBy: { id: "asc" }, select: { id: true, zoneId: true, modeId: true, status: true, noteZh: true, noteEn: true, source: true, verifiedOn: true } }),
    client.customsRequirement.findMany({ orderBy: [{ step: "asc" }, { id: "asc" }], select: { id: true, step: true, categories: true, destinations: true, modes: true, titleZh: true, titleEn: true, issuerZh: true, issuerEn: true, place: true, timeZh: true, timeEn: true, costZh: true, costEn: true, detailZh: true, detailEn: true, source: true, verifiedOn: true } }),
    client.customsTariff.findUnique({ where: { productId_destinationId: { productId, destinationId } }, select: { id: true, mfnPercent: true, mfnTextZh: true, mfnTextEn: true, agreement: true, preferentialPercent: true, additionalPercent: true, noteZh: true, noteEn: true, source: true, verifiedOn: true } }),
    client.fxRoute.findMany({ orderBy: { id: "asc" }, select: { id: true, kind: true, nameZh: true, nameEn: true, howZh: true, howEn: true, limitsZh: true, limitsEn: true, tripCostFen: true, feeBps: true, annualQuotaUsd: true, source: true, verifiedOn: true } }),
    client.returnReliefRule.findMany({ orderBy: { exportFrom: "asc" }, select: { id: true, modes: true, months: true, exportFrom: true, exportUntil: true, excludesFood: true, textZh: true, textEn: true, source: true, verifiedOn: true } }),
    client.industryNote.findMany({ orderBy: { id: "asc" }, select: { id: true, products: true, destinations: true, titleZh: true, titleEn: true, bodyZh: true, bodyEn: true, source: true, verifiedOn: true } }),
  ]);

  return { modes, zones, zoneModes, requirements, tariff, routes, reliefRules, notes };
}

export function findRates(client: Client, currency: string, date: string) {
  return client.exchangeRate.findMany({ where: { currency, date }, select: { currency: true, date: true, rate: true, quotation: true, unit: true, source: true, verifiedOn: true } });
}

export function latestRates(client: Client, currency: string, take = 1) {
  return client.exchangeRate.findMany({ where: { currency }, orderBy: { date: "desc" }, take, select: { currency: true, date: true, rate: true, quotation: true, unit: true, source: true, verifiedOn: true } });
}

export async function listRateDates(client: Client) {
  const rows = await client.exchangeRate.findMany({ distinct: ["date"], orderBy: { date: "desc" }, take: 60, select: { date: true } });

  return rows.map((r) => r.date);
}

export function upsertRate(tx: Tx, row: { currency: string; date: string; rate: string; quotation: string; unit: number; source: string; verifiedOn: string | null }) {
  const { currency, date, ...rest } = row;

  return tx.exchangeRate.upsert({ where: { currency_date: { currency, date } }, create: row, update: rest, select: { id: true } });
}
