import "server-only";
import { todayIsoInChina } from "@/i18n/format";
import { actorCan, auditPeople, subjectOwnerId, type Actor } from "@/server/actor";
import { appendAudit } from "@/server/audit";
import { sha256Hex } from "@/server/crypto";
import { db, dbProvider, type Tx } from "@/server/db";
import { AppError, forbidden, isUniqueViolation, notFound } from "@/server/errors";
import { fieldError, parseInput } from "@/server/validation";
import { maskPhone } from "@/modules/identity/domain/masking";
import { ZPhone } from "@/modules/identity/schemas";
import { findWarehouseOperatorByPhone } from "@/modules/identity/service";
import { z } from "zod";
import { checkBookingRange, eachDay, isIsoDate, rangeLength } from "./domain/date-range";
import { daysReleasedByDeparture, heldDays } from "./domain/departure";
import { firstShortDay, freeOf, type LedgerDay, type Temperature } from "./domain/ledger";
import { quoteBooking, type PriceList, type Quote } from "./domain/quote";
import { CANCELLABLE, HOLDS_CAPACITY, bookingReference, operatorTransition, type BookingStatus } from "./domain/status";
import { formatCentiM3 } from "./domain/volume";
import * as repo from "./repository";
import { withRetries } from "./retry";
import { ZAvailabilityQuery, ZBookingRequest, ZCapacityChange, ZIdempotencyKey, ZQuoteRequest, ZSearch, ZWarehouseForm, type TWarehouseForm } from "./schemas";

/** Idempotency keys are kept for 24 hours (Checkout.com's and Stripe's practice; anchors A5). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** The longest range the calendar and the API show at once. */
const MAX_CALENDAR_DAYS = 366;
// Prisma's defaults (2 s to start, 5 s to run) are too tight for a burst of 50 bookers on one
// PostgreSQL pool; the work itself takes milliseconds.
const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

// --- views -----------------------------------------------------------------------------

export type WarehouseView = Omit<repo.WarehouseRow, "priceList"> & { priceList: PriceList; coldChain: boolean; opened: boolean };

function toView(row: repo.WarehouseRow, today = todayIsoInChina()): WarehouseView {
  return { ...row, priceList: JSON.parse(row.priceList) as PriceList, coldChain: row.coldCapacity > 0, opened: row.openingDate <= today };
}

export type BookingView = Omit<repo.BookingRow, "quote" | "status" | "temperature"> & { quote: Quote; status: BookingStatus; temperature: Temperature; cancellable: boolean };

function toBookingView(row: repo.BookingRow): BookingView {
  const status = row.status as BookingStatus;

  return { ...row, status, temperature: row.temperature as Temperature, quote: JSON.parse(row.quote) as Quote, cancellable: CANCELLABLE.includes(status) };
}

export function temperatureOf(cold: boolean): Temperature {
  return cold ? "cold" : "ambient";
}

function capacityOf(warehouse: repo.WarehouseRow, temperature: Temperature): number {
  return temperature === "cold" ? warehouse.coldCapacity : warehouse.ambientCapacity;
}

// Warehouse rows are read on every booking, availability and quote request but change a few
// times a year, so they are kept for a few seconds. Nothing that guards capacity depends on
// this copy: the ledger rows, and the default capacity new rows take, are read in SQL inside
// the booking transaction (materialiseDays, reserveDays). What a stale copy can affect is the
// quote's prices, the opening date and the no-cold-chain check for at most WAREHOUSE_TTL_MS on
// another PostgreSQL instance; this instance forgets its copy as soon as it saves a change.
const WAREHOUSE_TTL_MS = 5_000;
const warehouseCache = new Map<string, { row: repo.WarehouseRow; until: number }>();

function forgetWarehouses(): void {
  warehouseCache.clear();
}

async function requireWarehouse(code: string, options: { fresh?: boolean } = {}): Promise<repo.WarehouseRow> {
  if (!/^[A-Za-z]{3}$/.test(code)) throw notFound("warehouse");
  const key = code.toUpperCase();
  const cached = options.fresh ? undefined : warehouseCache.get(key);
  if (cached && cached.until > Date.now()) return cached.row;
  const row = await repo.findWarehouseByCode(db(), key);
  if (!row) throw notFound("warehouse");
  warehouseCache.set(key, { row, until: Date.now() + WAREHOUSE_TTL_MS });

  return row;
}

// --- public: warehouses, availability, quotes ----------------------------------------------

export async function listWarehouses(filter: { countryCode?: string; coldOnly?: boolean } = {}): Promise<WarehouseView[]> {
  const today = todayIsoInChina();

  return (await repo.listWarehouses(db(), filter)).map((row) => toView(row, today));
}

export async function listCountries(): Promise<string[]> {
  return (await repo.listCountryCodes(db())).map((r) => r.countryCode);
}

export async function getWarehouse(code: string): Promise<WarehouseView> {
  return toView(await requireWarehouse(code));
}

export type AvailabilityDay = LedgerDay & { free: number };

/** Capacity per day: ledger rows where they exist, the warehouse's default elsewhere, nothing before opening. */
function availabilityOf(warehouse: repo.WarehouseRow, temperature: Temperature, from: string, to: string, rows: LedgerDay[]): AvailabilityDay[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));

  return eachDay(from, to).map((day) => {
    const row = byDay.get(day) ?? { day, capacity: day < warehouse.openingDate ? 0 : capacityOf(warehouse, temperature), reserved: 0 };

    return { ...row, free: freeOf(row) };
  });
}

function checkCalendarRange(from: string, to: string): void {
  const days = rangeLength(from, to);
  if (days < 1) throw fieldError("to", "range_reversed");
  if (days > MAX_CALENDAR_DAYS) throw fieldError("to", "calendar_too_long");
}

export async function getAvailability(code: string, query: unknown): Promise<{ warehouse: WarehouseView; temperature: Temperature; days: AvailabilityDay[] }> {
  const warehouse = await requireWarehouse(code);
  const data = parseInput(ZAvailabilityQuery, query);
  checkCalendarRange(data.from, data.to);
  const temperature = temperatureOf(data.cold);
  const rows = await repo.ledgerDays(db(), warehouse.id, temperature, data.from, data.to);

  return { warehouse: toView(warehouse), temperature, days: availabilityOf(warehouse, temperature, data.from, data.to, rows) };
}

function quoteOf(warehouse: repo.WarehouseRow, days: number, volumeCenti: number, temperature: Temperature): Quote {
  const priceList = JSON.parse(warehouse.priceList) as PriceList;

  return quoteBooking({ priceList, subsidy: { bps: warehouse.subsidyBps, capFen: warehouse.subsidyCapFen }, days, volumeCenti, temperature });
}

function checkRangeFor(warehouse: repo.WarehouseRow, from: string, to: string, today: string): number {
  const range = checkBookingRange(from, to, { today, openingDate: warehouse.openingDate });
  if (!range.ok) throw fieldError(range.field, range.reason);

  return range.days;
}

export async function getQuote(code: string, input: unknown): Promise<Quote> {
  const warehouse = await requireWarehouse(code);
  const data = parseInput(ZQuoteRequest, input);
  const days = checkRangeFor(warehouse, data.from, data.to, todayIsoInChina());
  if (data.cold && warehouse.coldCapacity === 0) throw fieldError("cold", "no_cold_chain");

  return quoteOf(warehouse, days, data.volumeM3, temperatureOf(data.cold));
}

export type SearchResult = { warehouse: WarehouseView; minFree: number | null; fits: boolean | null; quote: Quote | null; problem: string | null };

/** Search by destination country, dates, volume and cold chain; each warehouse says whether it fits. */
export async function searchWarehouses(input: unknown): Promise<{ query: { country?: string; from?: string; to?: string; volume?: number; cold: boolean }; results: SearchResult[] }> {
  const data = parseInput(ZSearch, input);
  const temperature = temperatureOf(data.cold);
  const today = todayIsoInChina();
  const warehouses = await repo.listWarehouses(db(), { countryCode: data.country, coldOnly: data.cold });
  const results: SearchResult[] = [];
  for (const warehouse of warehouses) {
    let minFree: number | null = null;
    let fits: boolean | null = null;
    let quote: Quote | null = null;
    let problem: string | null = null;
    if (data.from && data.to) {
      const range = checkBookingRange(data.from, data.to, { today, openingDate: warehouse.openingDate });
      if (range.ok) {
        const rows = await repo.ledgerDays(db(), warehouse.id, temperature, data.from, data.to);
        minFree = Math.min(...availabilityOf(warehouse, temperature, data.from, data.to, rows).map((d) => d.free));
        if (data.volumeM3 !== undefined) {
          fits = minFree >= data.volumeM3;
          quote = quoteOf(warehouse, range.days, data.volumeM3, temperature);
        }
      } else {
        problem = range.reason;
        fits = false;
      }
    }
    results.push({ warehouse: toView(warehouse, today), minFree, fits, quote, problem });
  }

  return { query: { country: data.country, from: data.from, to: data.to, volume: data.volumeM3, cold: data.cold }, results };
}

// --- booking ---------------------------------------------------------------------------

/** The subjects the actor may book for: their own, or (acting) the applicant's. */
export async function listBookableSubjects(actor: Actor) {
  if (!actorCan(actor, "warehouse.book")) throw forbidden("warehouse.book");

  return repo.subjectsOfOwner(db(), subjectOwnerId(actor));
}

export type BookingResponse = { status: 201 | 409; body: { id: string; reference: string; status: BookingStatus } | { error: "insufficient_capacity"; date: string; freeM3: string }; replayed: boolean };

type BookingPlan = {
  actor: Actor;
  warehouse: repo.WarehouseRow;
  subjectId: string;
  from: string;
  to: string;
  days: number;
  volume: number;
  temperature: Temperature;
  quote: Quote;
  now: Date;
  idempotency: { key: string; requestHash: string } | null;
};

/** Creates the missing ledger rows of a range (their own short transaction, before booking). */
async function ensureLedgerRows(warehouse: repo.WarehouseRow, temperature: Temperature, from: string, to: string): Promise<void> {
  await withRetries(() => db().$transaction((tx) => repo.materialiseDays(tx, warehouse.id, temperature, from, to, null), TX_OPTIONS));
}

/** Thrown inside the booking transaction when ledger rows are missing: roll back, create them, try again. */
class MissingLedgerRows extends Error {}

/** Thrown inside the booking transaction when a live copy of its idempotency key exists: roll back and replay it. */
class KeyTaken extends Error {}

/**
 * One booking transaction. Order matters: the first statement is the conditional reservation
 * (on SQLite a write, because a deferred transaction that reads first gets SQLITE_BUSY when it
 * tries to write; on PostgreSQL it locks the range in day order first, see reserveRange). The
 * audit chain's lock is taken last, after the idempotency key, so it is held only for the
 * audit row and the commit: every audited writer of the portal queues on it.
 */
async function runBooking(tx: Tx, plan: BookingPlan): Promise<BookingResponse> {
  const { actor, warehouse, temperature, volume } = plan;
  const { reserved, rows } = await repo.reserveRange(tx, warehouse.id, temperature, plan.from, plan.to, plan.days, volume);
  let response: BookingResponse;
  let created: { id: string; reference: string } | null = null;
  if (!reserved) {
    // Nothing was reserved. Say which day is short: the rows are still ours (row locks / the
    // single writer), so the figures are exact, not a later guess.
    if (rows.length !== plan.days) throw new MissingLedgerRows();
    const short = firstShortDay(rows, volume);
    if (!short) throw new Error("conditional reservation failed with every day free");
    response = { status: 409, body: { error: "insufficient_capacity", date: short.day, freeM3: formatCentiM3(short.free) }, replayed: false };
  } else {
    const year = Number(todayIsoInChina(plan.now).slice(0, 4));
    const booking = await repo.createBooking(tx, {
      warehouseId: warehouse.id,
      subjectId: plan.subjectId,
      fromDate: plan.from,
      toDate: plan.to,
      days: plan.days,
      volume,
      temperature,
      status: "confirmed",
      quote: JSON.stringify(plan.quote),
      totalFen: plan.quote.totalFen,
      subsidyFen: plan.quote.subsidyFen,
      bookedById: actor.userId,
      onBehalfOfId: actor.actingFor?.applicantId ?? null,
    }, year, bookingReference, plan.now);
    created = booking;
    response = { status: 201, body: { id: booking.id, reference: booking.reference, status: "confirmed" }, replayed: false };
  }
  if (plan.idempotency) {
    // The key is stored with the response: a concurrent request with the same key blocks on
    // (PostgreSQL) or meets (SQLite) it, rolls back everything it did and replays this one.
    if (!(await repo.claimKey(tx, keyRecord(plan, response), plan.now))) throw new KeyTaken();
  }
  if (created) {
    await appendAudit(tx, {
      ...auditPeople(actor),
      action: "warehouse.booking.created",
      targetType: "warehouse_booking",
      targetId: created.id,
      after: { reference: created.reference, warehouse: warehouse.code, subjectId: plan.subjectId, from: plan.from, to: plan.to, volumeM3: formatCentiM3(volume), temperature, totalFen: plan.quote.totalFen },
    });
  }

  return response;
}

/**
 * PostgreSQL: most refusals need no lock. A plain read sees the ledger as last committed; if a
 * day of the range is already short there, the booking is refused as of that moment — the
 * same answer the locked path would have given had it run then — without a transaction, so
 * refusals never queue behind the row locks of bookings in flight. Missing ledger rows are
 * created here too, before the transaction needs them. When everything fits, the booking goes
 * on to the locked, conditional path, which decides. (Not on SQLite: there a read outside the
 * transaction shares the one connection with the transaction in flight and could see a
 * reservation that is about to be rolled back.)
 */
async function refuseFromSnapshot(plan: BookingPlan): Promise<BookingResponse | null> {
  const { warehouse, temperature, volume } = plan;
  const rows = await repo.ledgerDays(db(), warehouse.id, temperature, plan.from, plan.to);
  if (rows.length !== plan.days) {
    await ensureLedgerRows(warehouse, temperature, plan.from, plan.to);
    return null;
  }
  const short = firstShortDay(rows, volume);
  if (!short) return null;
  const response: BookingResponse = { status: 409, body: { error: "insufficient_capacity", date: short.day, freeM3: formatCentiM3(short.free) }, replayed: false };
  if (plan.idempotency && !(await repo.claimKey(db(), keyRecord(plan, response), plan.now))) throw new KeyTaken();

  return response;
}

function keyRecord(plan: BookingPlan, response: BookingResponse) {
  const { key, requestHash } = plan.idempotency!;

  return { userId: plan.actor.userId, key, scope: "warehouse.booking", requestHash, expiresAt: new Date(plan.now.getTime() + IDEMPOTENCY_TTL_MS), status: response.status, responseBody: JSON.stringify(response.body) };
}

/** The first response to an idempotency key, or a 422 when the key was used for another request. */
async function replayKey(userId: string, key: string, requestHash: string, now: Date): Promise<BookingResponse | null> {
  const stored = await repo.findKey(db(), userId, key);
  if (!stored || stored.expiresAt <= now) return null;
  if (stored.scope !== "warehouse.booking" || stored.requestHash !== requestHash) throw fieldError("_form", "idempotency_key_reused");
  if (stored.status !== 201 && stored.status !== 409) return null;

  return { status: stored.status, body: JSON.parse(stored.responseBody) as BookingResponse["body"], replayed: true };
}

/**
 * Books storage for one subject: accepted only if every day of the range has the volume free,
 * otherwise refused with the first short day. With an idempotency key, a retry gets the first
 * response (booked or refused) and never a second booking.
 */
export async function bookStorage(actor: Actor, code: string, input: unknown, options: { idempotencyKey?: string | null; now?: Date } = {}): Promise<BookingResponse> {
  if (!actorCan(actor, "warehouse.book")) throw forbidden("warehouse.book");
  const now = options.now ?? new Date();
  const warehouse = await requireWarehouse(code);
  const data = parseInput(ZBookingRequest, input);
  const key = options.idempotencyKey ? parseInput(ZIdempotencyKey, options.idempotencyKey) : null;
  const subject = await repo.findSubjectOwner(db(), data.subjectId);
  if (!subject || subject.ownerId !== subjectOwnerId(actor)) throw notFound("subject");
  const days = checkRangeFor(warehouse, data.from, data.to, todayIsoInChina(now));
  const temperature = temperatureOf(data.cold);
  if (temperature === "cold" && warehouse.coldCapacity === 0) throw fieldError("cold", "no_cold_chain");
  const requestHash = sha256Hex(JSON.stringify([warehouse.code, subject.id, data.from, data.to, data.volumeM3, temperature, actor.actingFor?.applicantId ?? null]));
  const plan: BookingPlan = { actor, warehouse, subjectId: subject.id, from: data.from, to: data.to, days, volume: data.volumeM3, temperature, quote: quoteOf(warehouse, days, data.volumeM3, temperature), now, idempotency: key ? { key, requestHash } : null };
  const book = () => withRetries(() => db().$transaction((tx) => runBooking(tx, plan), TX_OPTIONS));
  try {
    if (dbProvider() === "postgresql") {
      const refusal = await refuseFromSnapshot(plan);
      if (refusal) return refusal;
    }
    try {
      return await book();
    } catch (error) {
      if (!(error instanceof MissingLedgerRows)) throw error;
      // First booking of some of these days: create their rows, then book for real.
      await ensureLedgerRows(warehouse, temperature, data.from, data.to);
      return await book();
    }
  } catch (error) {
    // The same key was used before (or by a concurrent retry that committed first): answer
    // with the stored response, or 422 when the key came with another request.
    if (key && (error instanceof KeyTaken || isUniqueViolation(error))) {
      const replay = await replayKey(actor.userId, key, requestHash, now);
      if (replay) return replay;
      throw new AppError("conflict", "idempotency_key_in_use");
    }
    throw error;
  }
}

function mayBookFor(actor: Actor, booking: repo.BookingRow): boolean {
  return actorCan(actor, "warehouse.book") && booking.subject.ownerId === subjectOwnerId(actor);
}

export async function listMyBookings(actor: Actor): Promise<BookingView[]> {
  if (!actorCan(actor, "warehouse.book")) throw forbidden("warehouse.book");

  return (await repo.listBookingsOfOwner(db(), subjectOwnerId(actor))).map(toBookingView);
}

export async function getMyBooking(actor: Actor, id: string): Promise<BookingView> {
  const row = await repo.findBooking(db(), id);
  if (!row || !mayBookFor(actor, row)) throw notFound("booking");

  return toBookingView(row);
}

/** Cancels a confirmed booking and frees its capacity in the same transaction. */
export async function cancelBooking(actor: Actor, id: string, options: { now?: Date } = {}): Promise<BookingView> {
  const row = await repo.findBooking(db(), id);
  if (!row || !mayBookFor(actor, row)) throw notFound("booking");
  const temperature = row.temperature as Temperature;
  const now = options.now ?? new Date();
  await withRetries(() => db().$transaction(async (tx) => {
    // Compare-and-swap first (a write, for SQLite): of two racing cancellations one wins.
    if (!(await repo.transitionBooking(tx, row.id, "confirmed", "cancelled", now))) throw new AppError("conflict", "booking_not_cancellable");
    await repo.lockDays(tx, row.warehouseId, temperature, row.fromDate, row.toDate);
    const days = eachDay(row.fromDate, row.toDate);
    const released = await repo.releaseDays(tx, row.warehouseId, temperature, days, row.volume);
    if (released !== days.length) throw new Error("ledger rows missing for a confirmed booking");
    await appendAudit(tx, { ...auditPeople(actor), action: "warehouse.booking.cancelled", targetType: "warehouse_booking", targetId: row.id, before: { status: row.status }, after: { status: "cancelled", reference: row.reference } });
  }, TX_OPTIONS));

  return getMyBooking(actor, id);
}

// --- operators -------------------------------------------------------------------------

async function operatedWarehouseIds(actor: Actor): Promise<string[]> {
  if (actorCan(actor, "warehouse.manage")) return (await repo.listWarehouses(db())).map((w) => w.id);
  if (!actorCan(actor, "warehouse.operate")) throw forbidden("warehouse.operate");

  return (await repo.operatorWarehouseIds(db(), actor.userId)).map((r) => r.warehouseId);
}

export async function listOperatedWarehouses(actor: Actor): Promise<WarehouseView[]> {
  const ids = await operatedWarehouseIds(actor);

  return (await repo.listWarehousesByIds(db(), ids)).map((row) => toView(row));
}

export async function listOperatorBookings(actor: Actor): Promise<BookingView[]> {
  if (!actorCan(actor, "warehouse.operate")) throw forbidden("warehouse.operate");
  const ids = await operatedWarehouseIds(actor);

  return (await repo.listBookingsAtWarehouses(db(), ids, ["confirmed", "arrived"])).map(toBookingView);
}

/**
 * Operators record the goods' arrival and departure at their own warehouses. A departure
 * before the booking's last day gives the days after the departure day back to capacity, in
 * the same transaction as the status change and its audit row (domain/departure.ts: the
 * departure day and the days before it stay held; the quote is unchanged).
 */
export async function recordMovement(actor: Actor, id: string, step: "arrive" | "depart", options: { now?: Date } = {}): Promise<void> {
  if (!actorCan(actor, "warehouse.operate")) throw forbidden("warehouse.operate");
  const row = await repo.findBooking(db(), id);
  const ids = await operatedWarehouseIds(actor);
  if (!row || !ids.includes(row.warehouseId)) throw notFound("booking");
  const { from, to } = operatorTransition(step);
  const now = options.now ?? new Date();
  const departedOn = step === "depart" ? todayIsoInChina(now) : undefined;
  const released = departedOn ? daysReleasedByDeparture(row, departedOn) : null;
  const temperature = row.temperature as Temperature;
  await withRetries(() => db().$transaction(async (tx) => {
    // Compare-and-swap first (a write, for SQLite): of two racing recordings one wins.
    if (!(await repo.transitionBooking(tx, row.id, from, to, now, departedOn))) throw new AppError("conflict", `booking_not_${from}`);
    if (released) {
      await repo.lockDays(tx, row.warehouseId, temperature, released.from, released.to);
      const days = eachDay(released.from, released.to);
      if ((await repo.releaseDays(tx, row.warehouseId, temperature, days, row.volume)) !== days.length) throw new Error("ledger rows missing for a booking in store");
    }
    const after = departedOn ? { status: to, departedOn, releasedFrom: released?.from ?? null, releasedTo: released?.to ?? null, releasedM3: released ? formatCentiM3(row.volume) : null } : { status: to };
    await appendAudit(tx, { ...auditPeople(actor), action: `warehouse.booking.${to}`, targetType: "warehouse_booking", targetId: row.id, before: { status: from }, after });
  }, TX_OPTIONS));
}

// --- maintenance ----------------------------------------------------------------------

async function requireMaintainable(actor: Actor, code: string): Promise<repo.WarehouseRow> {
  const warehouse = await requireWarehouse(code, { fresh: true });
  if (actorCan(actor, "warehouse.manage")) return warehouse;
  if (actorCan(actor, "warehouse.operate") && (await operatedWarehouseIds(actor)).includes(warehouse.id)) return warehouse;
  throw notFound("warehouse");
}

export async function getMaintainableWarehouse(actor: Actor, code: string): Promise<WarehouseView> {
  return toView(await requireMaintainable(actor, code));
}

export type CapacityConflict = { reference: string; subjectName: string; from: string; to: string; volume: number; status: string };

/**
 * Changes capacity from a day on (or for a range). Confirmed bookings are never invalidated:
 * a day whose booked volume exceeds the new capacity refuses the whole change, and the error
 * lists the bookings on those days.
 */
export async function changeCapacity(actor: Actor, code: string, input: unknown): Promise<{ daysChanged: number | null }> {
  const warehouse = await requireMaintainable(actor, code);
  const data = parseInput(ZCapacityChange, input);
  if (data.to && rangeLength(data.from, data.to) < 1) throw fieldError("to", "range_reversed");
  if (data.to && rangeLength(data.from, data.to) > MAX_CALENDAR_DAYS) throw fieldError("to", "calendar_too_long");
  const { temperature, capacityM3: capacity } = data;
  await withRetries(() => db().$transaction(async (tx) => {
    // The warehouse row first (a write; on PostgreSQL an exclusive lock that waits for bookers
    // creating ledger rows from the old default, and holds new ones off until we commit).
    const column = temperature === "cold" ? "coldCapacity" : "ambientCapacity";
    await repo.updateWarehouse(tx, warehouse.id, data.to ? { updatedAt: new Date() } : { [column]: capacity });
    if (data.to) await repo.materialiseDays(tx, warehouse.id, temperature, data.from, data.to, capacity);
    const lastDay = data.to ?? (await tx.warehouseCapacityDay.findFirst({ where: { warehouseId: warehouse.id, temperature }, orderBy: { day: "desc" }, select: { day: true } }))?.day;
    if (lastDay && lastDay >= data.from) await repo.lockDays(tx, warehouse.id, temperature, data.from, lastDay);
    const over = await repo.setCapacity(tx, warehouse.id, temperature, data.from, data.to ?? null, capacity);
    if (over.length > 0) {
      const bookings = await repo.bookingsCovering(tx, warehouse.id, temperature, over.map((d) => d.day), HOLDS_CAPACITY);
      const overDays = new Set(over.map((d) => d.day));
      const conflicts: CapacityConflict[] = bookings
        .filter((b) => {
          const held = heldDays(b);
          return held !== null && eachDay(held.from, held.to).some((d) => overDays.has(d));
        })
        .map((b) => ({ reference: b.reference, subjectName: b.subject.name, from: b.fromDate, to: b.toDate, volume: b.volume, status: b.status }));
      throw new AppError("conflict", "capacity_below_booked", { details: { firstDay: over[0]?.day, days: over.length, conflicts } });
    }
    await appendAudit(tx, { ...auditPeople(actor), action: "warehouse.capacity.changed", targetType: "warehouse", targetId: warehouse.id, before: { [temperature]: capacityOf(warehouse, temperature) }, after: { temperature, from: data.from, to: data.to ?? null, capacityM3: formatCentiM3(capacity) } });
  }, TX_OPTIONS));
  forgetWarehouses();

  return { daysChanged: data.to ? rangeLength(data.from, data.to) : null };
}

function warehouseData(data: TWarehouseForm): Omit<repo.WarehouseRow, "id"> {
  const priceList: PriceList = {
    ambient: { freeDays: data.ambientFreeDays, tiers: data.ambientTiers },
    cold: { freeDays: data.coldFreeDays, tiers: data.coldTiers },
    inboundFenPerM3: data.inboundYuanPerM3,
    outboundFenPerOrder: data.outboundYuanPerOrder,
  };

  return {
    code: data.code,
    nameZh: data.nameZh,
    nameEn: data.nameEn,
    countryCode: data.countryCode,
    cityZh: data.cityZh,
    cityEn: data.cityEn,
    operatorZh: data.operatorZh,
    operatorEn: data.operatorEn,
    kind: data.kind,
    ambientCapacity: data.ambientCapacityM3 * 100,
    coldCapacity: data.coldCapacityM3 * 100,
    openingDate: data.openingDate,
    priceList: JSON.stringify(priceList),
    // The public programme's subsidy applies to public warehouses only.
    subsidyBps: data.kind === "public" ? data.subsidyPercent * 100 : 0,
    subsidyCapFen: data.kind === "public" ? data.subsidyCapYuan : 0,
  };
}

/** Administrators add warehouses and edit their details and prices; capacity changes go through changeCapacity. */
export async function saveWarehouse(actor: Actor, input: unknown, existingCode?: string): Promise<WarehouseView> {
  if (!actorCan(actor, "warehouse.manage")) throw forbidden("warehouse.manage");
  const data = warehouseData(parseInput(ZWarehouseForm, input));
  if (!isIsoDate(data.openingDate)) throw fieldError("openingDate", "date_invalid");
  if (existingCode) {
    const existing = await requireWarehouse(existingCode, { fresh: true });
    // Capacity and code are not edited here: a reduction must be checked against bookings.
    const details = Object.fromEntries(Object.entries(data).filter(([key]) => !["code", "ambientCapacity", "coldCapacity"].includes(key)));
    const saved = await db().$transaction(async (tx) => {
      const row = await repo.updateWarehouse(tx, existing.id, details);
      await appendAudit(tx, { ...auditPeople(actor), action: "warehouse.updated", targetType: "warehouse", targetId: existing.id, before: { ...existing }, after: details });
      return row;
    });
    forgetWarehouses();

    return toView(saved);
  }
  if (await repo.findWarehouseByCode(db(), data.code)) throw fieldError("code", "warehouse_code_taken");
  const created = await db().$transaction(async (tx) => {
    const row = await repo.createWarehouse(tx, data);
    await appendAudit(tx, { ...auditPeople(actor), action: "warehouse.created", targetType: "warehouse", targetId: row.id, after: data });
    return row;
  });

  return toView(created);
}

// --- who operates a warehouse ------------------------------------------------------------

export type OperatorView = { userId: string; name: string; phoneMasked: string | null; disabled: boolean };

function requireManager(actor: Actor): void {
  // Operators run their warehouses' days; only administrators decide who operates which.
  if (!actorCan(actor, "warehouse.manage")) throw forbidden("warehouse.manage");
}

export async function listWarehouseOperators(actor: Actor, code: string): Promise<OperatorView[]> {
  requireManager(actor);
  const warehouse = await requireWarehouse(code, { fresh: true });

  return (await repo.listOperators(db(), warehouse.id)).map(({ user }) => ({ userId: user.id, name: user.name, phoneMasked: user.phone ? maskPhone(user.phone) : null, disabled: user.disabledAt !== null }));
}

/** Gives a warehouse-operator account (found by its phone) this warehouse. Audited. */
export async function assignWarehouseOperator(actor: Actor, code: string, input: { phone: string }): Promise<{ name: string }> {
  requireManager(actor);
  const warehouse = await requireWarehouse(code, { fresh: true });
  const { phone } = parseInput(z.object({ phone: ZPhone }), input);
  const operator = await findWarehouseOperatorByPhone(phone);
  if (!operator) throw fieldError("phone", "operator_not_found");
  await db().$transaction(async (tx) => {
    if ((await repo.addOperator(tx, warehouse.id, operator.id)) === 0) return;
    await appendAudit(tx, { ...auditPeople(actor), action: "warehouse.operator.assigned", targetType: "warehouse", targetId: warehouse.id, after: { code: warehouse.code, userId: operator.id } });
  });

  return { name: operator.name };
}

export async function removeWarehouseOperator(actor: Actor, code: string, userId: string): Promise<void> {
  requireManager(actor);
  const warehouse = await requireWarehouse(code, { fresh: true });
  await db().$transaction(async (tx) => {
    if ((await repo.removeOperator(tx, warehouse.id, userId)) === 0) throw notFound("operator");
    await appendAudit(tx, { ...auditPeople(actor), action: "warehouse.operator.removed", targetType: "warehouse", targetId: warehouse.id, before: { code: warehouse.code, userId } });
  });
}
