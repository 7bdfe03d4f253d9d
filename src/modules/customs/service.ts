import "server-only";
import { todayIsoInChina } from "@/i18n/format";
import { listSubjectDocuments } from "@/modules/documents/service";
import { listSubjects } from "@/modules/identity/service";
import { auditPeople, actorCan, type Actor } from "@/server/actor";
import { appendAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError, forbidden, notFound, onUniqueViolation } from "@/server/errors";
import { fieldError, parseInput } from "@/server/validation";
import { addDecimalStrings, mul, ratio, roundHalfUp } from "./domain/decimal";
import { markHoldings, type Holding } from "./domain/holdings";
import { buildChecklist, isChannel, rankFxRoutes, rcepOriginAdvice, applicablePreference, returnRelief, selectModes, type Channel, type ZoneSupport } from "./domain/guidance";
import { computeLandedCost, priceToMinor, type LandedCost } from "./domain/landed-cost";
import type { ProductCategory } from "./domain/product-codes";
import { parseRatesCsv, type CsvLineError } from "./domain/rates-csv";
import { MissingRateError, minorToFen, type Quotation, type RateQuote } from "./domain/rates";
import { REFERENCE_TABLES, REFERENCE_TABLE_NAMES, isReferenceTable, type ReferenceTable } from "./reference-tables";
import * as repo from "./repository";
import { ZGuidanceDto, ZLandedCostInput, referenceRowSchema, type TGuidanceDto, type TProductDto } from "./schemas";

const splitCodes = (value: string) => value.split(",").map((c) => c.trim()).filter(Boolean);

// --- public guidance --------------------------------------------------------------------------

export async function listCustomsProducts(locale: string): Promise<TProductDto[]> {
  const products = await repo.listProducts(db());

  return products.map((p) => ({ code: p.id, name: locale === "en" ? p.nameEn : p.nameZh, hsCode: p.cn10 && p.cn10VerifiedOn ? p.cn10 : p.hs6, category: p.category }));
}

export function listProductFacts() {
  return repo.listProducts(db());
}

export function listDestinationFacts() {
  return repo.listDestinations(db());
}

export type GuidanceQuery = { product: string; destination: string; channel: string; quantity?: number | null; unitPrice?: string | null; currency?: string | null };

/** Annual sale value in fen (and USD), estimated with the latest rate on record; null when it cannot be worked out. */
async function estimateValue(query: GuidanceQuery): Promise<{ fen: number; usd: number } | null> {
  if (!query.quantity || !query.unitPrice || !query.currency) return null;
  try {
    const minor = priceToMinor(query.unitPrice, query.currency);
    const [quote] = query.currency === "CNY" ? [{ currency: "CNY", date: "", rate: "1", quotation: "direct" as const, unit: 1 }] : await repo.latestRates(db(), query.currency);
    const [usd] = await repo.latestRates(db(), "USD");
    if (!quote || !usd) return null;
    const fen = roundHalfUp(mul(minorToFen(minor, toQuote(quote)), ratio(query.quantity)));
    const usdFen = minorToFen(100n, toQuote(usd));

    return { fen: Number(fen), usd: Number(roundHalfUp({ n: fen * usdFen.d, d: usdFen.n })) };
  } catch {
    return null;
  }
}

function toQuote(row: { currency: string; date: string; rate: string; quotation: string; unit: number }): RateQuote {
  return { currency: row.currency, date: row.date, rate: row.rate, quotation: row.quotation as Quotation, unit: row.unit };
}

/** Everything the result page and the API need for one product, destination and channel. */
export async function buildGuidance(query: GuidanceQuery, today = todayIsoInChina()) {
  const product = await repo.findProduct(db(), query.product);
  if (!product) throw new AppError("not_found", "product_unknown");
  const destination = (await repo.listDestinations(db())).find((d) => d.id === query.destination);
  if (!destination) throw new AppError("not_found", "destination_unknown");
  if (!isChannel(query.channel)) throw fieldError("channel", "channel_invalid");
  const channel: Channel = query.channel;
  const facts = await repo.loadGuidanceFacts(db(), product.id, destination.id);
  const category = product.category as ProductCategory;

  const zones: ZoneSupport[] = facts.zoneModes.map((z) => ({ zoneCode: z.zoneId, modeCode: z.modeId, status: z.status as ZoneSupport["status"], verifiedOn: z.verifiedOn }));
  const choices = selectModes(channel, facts.modes.map((m) => ({ code: m.id, channel: m.channel as Channel })), zones);
  const recommended = choices.filter((c) => c.recommended).map((c) => c.code);
  const checklist = buildChecklist(
    facts.requirements.map((r) => ({ ...r, categories: splitCodes(r.categories), destinations: splitCodes(r.destinations), modes: splitCodes(r.modes) })),
    { category, destination: destination.id, modes: recommended },
  );
  const value = await estimateValue(query);
  const tariffFact = facts.tariff ? { mfnPercent: facts.tariff.mfnPercent, preferentialPercent: facts.tariff.preferentialPercent, agreement: facts.tariff.agreement } : null;
  const reliefRules = facts.reliefRules.map((r) => ({ ...r, modes: splitCodes(r.modes) }));
  const relief = recommended.map((modeCode) => ({ modeCode, answer: returnRelief({ category, modeCode, exportDate: today }, reliefRules) }));
  const routes = rankFxRoutes(facts.routes, value?.fen ?? 0, value?.usd ?? 0);
  const notes = facts.notes.filter((n) => {
    const products = splitCodes(n.products);
    const destinations = splitCodes(n.destinations);

    return (products.includes("*") || products.includes(product.id)) && (destinations.includes("*") || destinations.includes(destination.id));
  });

  return {
    product,
    destination,
    channel,
    today,
    modes: choices.map((c) => ({ ...c, fact: facts.modes.find((m) => m.id === c.code)!, zoneRows: facts.zoneModes.filter((z) => z.modeId === c.code).map((z) => ({ ...z, zone: facts.zones.find((zone) => zone.id === z.zoneId) })) })),
    checklist,
    tariff: facts.tariff,
    preference: tariffFact ? applicablePreference(destination, tariffFact) : null,
    origin: rcepOriginAdvice(destination, tariffFact, value?.fen ?? 0),
    value,
    routes,
    relief,
    notes,
  };
}

export type Guidance = Awaited<ReturnType<typeof buildGuidance>>;

// --- the checklist against the subject's evidence vault --------------------------------------------

/**
 * The subjects whose vault the actor may hold the checklist against: an applicant's own, or the
 * applicant's while station staff act for them. Staff not acting and officials get none, even
 * for subjects they may otherwise see: this is a seller's own preparation, not a review.
 */
export async function listHoldingSubjects(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!actorCan(actor, "customs.guidance") || !actorCan(actor, "subjects.read.own")) return [];
  if (actor.role !== "applicant" && !actor.actingFor) return [];

  return (await listSubjects(actor)).map((s) => ({ id: s.id, name: s.name }));
}

/** Which checklist steps the subject already has the documents for; someone else's subject is a 404. */
export async function checklistHoldings(actor: Actor, checklist: readonly { id: string }[], subjectId: string, today = todayIsoInChina()): Promise<Record<string, Holding>> {
  const subjects = await listHoldingSubjects(actor);
  if (!subjects.some((s) => s.id === subjectId)) throw notFound("subject");
  // Through the documents service, which authorises the actor for the subject again.
  const documents = await listSubjectDocuments(actor, subjectId);

  return markHoldings(checklist, documents, today);
}

// --- calculator -------------------------------------------------------------------------------------

export type LandedCostResult = LandedCost & { currency: string; rateSource: string; rateVerifiedOn: string | null };

export async function calculateLandedCost(input: unknown): Promise<LandedCostResult> {
  const data = parseInput(ZLandedCostInput, input);
  const rows = await repo.findRates(db(), data.currency, data.rateDate);
  try {
    const result = computeLandedCost(
      { quantity: data.quantity, unitPrice: data.unitPrice, currency: data.currency, rateDate: data.rateDate, goodsCostFen: data.goodsCost, domesticHaulFen: data.domesticHaul, internationalFreightFen: data.internationalFreight, warehouseFeesFen: data.warehouseFees, dutyPercent: data.dutyPercent, destinationTaxPercent: data.destinationTaxPercent, platformFeePercent: data.platformFeePercent, insurancePercent: data.insurancePercent },
      rows.map(toQuote),
    );
    const row = rows[0];

    return { ...result, currency: data.currency, rateSource: row?.source ?? "", rateVerifiedOn: row?.verifiedOn ?? null };
  } catch (error) {
    if (error instanceof MissingRateError) throw fieldError("rateDate", "rate_missing");
    if (error instanceof RangeError && error.message === "price_too_precise") throw fieldError("unitPrice", "price_too_precise");
    throw error;
  }
}

export function listRateDates() {
  return repo.listRateDates(db());
}

// --- officials: reference data ------------------------------------------------------------------------

function requireReference(actor: Actor): void {
  if (!actorCan(actor, "reference.manage")) throw forbidden("reference.manage");
}

function tableOf(name: string): ReferenceTable {
  if (!isReferenceTable(name)) throw notFound("reference table");

  return name;
}

export async function referenceOverview(actor: Actor) {
  requireReference(actor);

  return Promise.all(REFERENCE_TABLE_NAMES.map(async (table) => ({ table, ...(await repo.countRows(db(), table)) })));
}

export async function listReferenceRows(actor: Actor, name: string) {
  requireReference(actor);

  return repo.listRows(db(), tableOf(name));
}

export async function getReferenceRow(actor: Actor, name: string, id: string) {
  requireReference(actor);
  const row = await repo.findRow(db(), tableOf(name), id);
  if (!row) throw notFound("reference row");

  return row;
}

function pickFields(table: ReferenceTable, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(REFERENCE_TABLES[table].fields.map((f) => [f.name, row[f.name] ?? null]));
}

/** An official corrects a fact; the audit row keeps what it said before and after. */
export async function updateReferenceRow(actor: Actor, name: string, id: string, input: Record<string, unknown>): Promise<void> {
  requireReference(actor);
  const table = tableOf(name);
  const data = parseInput(referenceRowSchema(REFERENCE_TABLES[table].fields, false), input);
  const current = await repo.findRow(db(), table, id);
  if (!current) throw notFound("reference row");
  if (typeof input.updatedAt === "string" && input.updatedAt !== current.updatedAt.toISOString()) throw new AppError("conflict", "reference_changed");
  await db().$transaction(async (tx) => {
    const { count } = await repo.updateRowIfUnchanged(tx, table, id, current.updatedAt, data);
    if (count === 0) throw new AppError("conflict", "reference_changed");
    await appendAudit(tx, { ...auditPeople(actor), action: "customs.reference.updated", targetType: `customs.${table}`, targetId: id, before: pickFields(table, current), after: data });
  });
}

export async function createReferenceRow(actor: Actor, name: string, input: Record<string, unknown>): Promise<string> {
  requireReference(actor);
  const table = tableOf(name);
  if (!REFERENCE_TABLES[table].creatable) throw forbidden("not creatable");
  const data = parseInput(referenceRowSchema(REFERENCE_TABLES[table].fields, true), input);

  return onUniqueViolation(
    () =>
      db().$transaction(async (tx) => {
        const created = await repo.createRow(tx, table, data);
        await appendAudit(tx, { ...auditPeople(actor), action: "customs.reference.created", targetType: `customs.${table}`, targetId: created.id, after: data });

        return created.id;
      }),
    () => fieldError("id", "id_taken_reference"),
  );
}

export class RatesCsvError extends AppError {
  readonly lines: CsvLineError[];

  constructor(lines: CsvLineError[]) {
    super("validation_failed", "csv_invalid", { details: { lines } });
    this.lines = lines;
  }
}

/** Imports exchange rates from CSV: every line is checked first, then all rows are written in one transaction or none. */
export async function importExchangeRates(actor: Actor, csv: string): Promise<{ imported: number }> {
  requireReference(actor);
  if (csv.length > 1_000_000) throw fieldError("csv", "csv_too_large");
  const parsed = parseRatesCsv(csv);
  if (!parsed.ok) throw new RatesCsvError(parsed.errors);
  await db().$transaction(async (tx) => {
    for (const row of parsed.rows) await repo.upsertRate(tx, row);
    await appendAudit(tx, { ...auditPeople(actor), action: "customs.rates.imported", targetType: "customs.rates", targetId: `${parsed.rows[0]!.date}…${parsed.rows.at(-1)!.date}`, after: { count: parsed.rows.length, rows: parsed.rows.map((r) => `${r.currency} ${r.date} ${r.rate}`) } });
  });

  return { imported: parsed.rows.length };
}

/** Sensible starting values for the calculator from the guidance facts: the duty the destination really charges. */
export async function calculatorDefaults(productId: string | undefined, destinationId: string | undefined): Promise<{ dutyPercent: string; currency: string | null }> {
  if (!productId || !destinationId) return { dutyPercent: "0", currency: null };
  const destination = (await repo.listDestinations(db())).find((d) => d.id === destinationId);
  const tariff = destination ? (await repo.loadGuidanceFacts(db(), productId, destinationId)).tariff : null;
  if (!destination) return { dutyPercent: "0", currency: null };
  if (!tariff) return { dutyPercent: "0", currency: destination.currency };
  const preference = applicablePreference(destination, tariff);
  const base = preference?.percent ?? tariff.mfnPercent ?? "0";

  return { dutyPercent: addDecimalStrings([base, ...(tariff.additionalPercent ? [tariff.additionalPercent] : [])]), currency: destination.currency };
}

/** The API's view of the guidance: modes with translated reasons, the checklist and the tariff. */
export async function guidanceDto(query: GuidanceQuery, locale: string, t: (key: string) => string): Promise<TGuidanceDto> {
  const g = await buildGuidance(query);
  const en = locale === "en";

  return ZGuidanceDto.parse({
    modes: g.modes.map((m) => ({ code: m.code, recommended: m.recommended, why: t(m.why) })),
    checklist: g.checklist.map((r) => ({ id: r.id, title: en ? r.titleEn : r.titleZh, issuer: en ? r.issuerEn : r.issuerZh, source: r.source, verifiedOn: r.verifiedOn })),
    tariff: { mfnPercent: g.tariff?.mfnPercent ?? null, preferentialPercent: g.preference?.percent ?? null, agreement: g.preference?.agreement ?? null, source: g.tariff?.source ?? null },
  });
}
