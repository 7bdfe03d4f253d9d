import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/sqlite/client";
import { dbProvider, type Db, type Tx } from "@/server/db";
import type { LedgerDay, Temperature } from "./domain/ledger";

// The only Prisma importer of the warehouse module. The ledger statements are raw SQL because
// Prisma's query API has neither SELECT … FOR UPDATE nor a conditional increment that reports
// which rows it touched (shared/notes/reliability-anchors.md A3); every value is a bound
// parameter of a tagged template, never spliced text.
type Client = Db | Tx;

const isPostgres = () => dbProvider() === "postgresql";

export const warehouseSelect = {
  id: true,
  code: true,
  nameZh: true,
  nameEn: true,
  countryCode: true,
  cityZh: true,
  cityEn: true,
  operatorZh: true,
  operatorEn: true,
  kind: true,
  ambientCapacity: true,
  coldCapacity: true,
  openingDate: true,
  priceList: true,
  subsidyBps: true,
  subsidyCapFen: true,
} as const;

export type WarehouseRow = Prisma.WarehouseGetPayload<{ select: typeof warehouseSelect }>;

export function listWarehouses(client: Client, filter: { countryCode?: string; coldOnly?: boolean } = {}) {
  return client.warehouse.findMany({
    where: { ...(filter.countryCode ? { countryCode: filter.countryCode } : {}), ...(filter.coldOnly ? { coldCapacity: { gt: 0 } } : {}) },
    orderBy: [{ kind: "desc" }, { code: "asc" }],
    select: warehouseSelect,
  });
}

export function listWarehousesByIds(client: Client, ids: string[]) {
  return client.warehouse.findMany({ where: { id: { in: ids } }, orderBy: { code: "asc" }, select: warehouseSelect });
}

export function findWarehouseByCode(client: Client, code: string) {
  return client.warehouse.findUnique({ where: { code }, select: warehouseSelect });
}

export function listCountryCodes(client: Client) {
  return client.warehouse.findMany({ distinct: ["countryCode"], orderBy: { countryCode: "asc" }, select: { countryCode: true } });
}

export function createWarehouse(client: Client, data: Omit<WarehouseRow, "id">) {
  return client.warehouse.create({ data, select: warehouseSelect });
}

export function updateWarehouse(client: Client, id: string, data: Prisma.WarehouseUncheckedUpdateInput) {
  return client.warehouse.update({ where: { id }, data, select: warehouseSelect });
}

export function operatorWarehouseIds(client: Client, userId: string) {
  return client.warehouseOperator.findMany({ where: { userId }, select: { warehouseId: true } });
}

export function listOperators(client: Client, warehouseId: string) {
  return client.warehouseOperator.findMany({ where: { warehouseId }, select: { user: { select: { id: true, name: true, phone: true, disabledAt: true } } }, orderBy: { userId: "asc" } });
}

/** Adds an operator to a warehouse; 0 when they already work it. */
export async function addOperator(client: Client, warehouseId: string, userId: string): Promise<number> {
  const existing = await client.warehouseOperator.findUnique({ where: { warehouseId_userId: { warehouseId, userId } }, select: { userId: true } });
  if (existing) return 0;
  await client.warehouseOperator.create({ data: { warehouseId, userId }, select: { userId: true } });

  return 1;
}

export async function removeOperator(client: Client, warehouseId: string, userId: string): Promise<number> {
  return (await client.warehouseOperator.deleteMany({ where: { warehouseId, userId } })).count;
}

// --- the ledger ------------------------------------------------------------------------

/**
 * Existing ledger rows of a range, in day order (days without a row have the default capacity).
 * Raw: every refused booking and every calendar reads it.
 */
export function ledgerDays(client: Client, warehouseId: string, temperature: Temperature, from: string, to: string): Promise<LedgerDay[]> {
  return client.$queryRaw<LedgerDay[]>`
    SELECT "day", "capacity", "reserved" FROM "WarehouseCapacityDay"
    WHERE "warehouseId" = ${warehouseId} AND "temperature" = ${temperature} AND "day" BETWEEN ${from} AND ${to}
    ORDER BY "day"`;
}

/**
 * Creates the missing ledger rows of a range at `capacity` (or, when null, at the warehouse's
 * default capacity read in the same statement). One INSERT … ON CONFLICT DO NOTHING, so on
 * SQLite the transaction's first statement is a write. On PostgreSQL a shared lock on the
 * warehouse row first waits for a capacity change in progress (which holds it exclusively),
 * so no row is ever created from a default that is being replaced.
 */
export async function materialiseDays(tx: Tx, warehouseId: string, temperature: Temperature, from: string, to: string, capacity: number | null): Promise<void> {
  const column = temperature === "cold" ? Prisma.sql`w."coldCapacity"` : Prisma.sql`w."ambientCapacity"`;
  const value = capacity === null ? column : Prisma.sql`${capacity}`;
  if (isPostgres()) {
    const pgValue = capacity === null ? column : Prisma.sql`${capacity}::int`;
    await tx.$queryRaw`SELECT 1 FROM "Warehouse" WHERE "id" = ${warehouseId} FOR SHARE`;
    await tx.$executeRaw`
      INSERT INTO "WarehouseCapacityDay" ("warehouseId", "temperature", "day", "capacity", "reserved")
      SELECT w."id", ${temperature}::text, to_char(d, 'YYYY-MM-DD'), ${pgValue}, 0
      FROM "Warehouse" w CROSS JOIN generate_series(${from}::date, ${to}::date, interval '1 day') AS d
      WHERE w."id" = ${warehouseId}
      ORDER BY 3
      ON CONFLICT DO NOTHING`;
    return;
  }
  await tx.$executeRaw`
    WITH RECURSIVE d(day) AS (SELECT ${from} UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < ${to})
    INSERT INTO "WarehouseCapacityDay" ("warehouseId", "temperature", "day", "capacity", "reserved")
    SELECT w."id", ${temperature}, d.day, ${value}, 0
    FROM "Warehouse" w, d
    WHERE w."id" = ${warehouseId}
    ON CONFLICT DO NOTHING`;
}

/**
 * PostgreSQL only: row-locks a range in day order, so two transactions that overlap always
 * lock their shared days in the same order and cannot deadlock. (SQLite has one writer.)
 */
export async function lockDays(tx: Tx, warehouseId: string, temperature: Temperature, from: string, to: string): Promise<void> {
  if (!isPostgres()) return;
  await tx.$queryRaw`
    SELECT "day" FROM "WarehouseCapacityDay"
    WHERE "warehouseId" = ${warehouseId} AND "temperature" = ${temperature} AND "day" BETWEEN ${from} AND ${to}
    ORDER BY "day" FOR UPDATE`;
}

/**
 * The conditional write, all or nothing: adds `volume` to every day of the range only if every
 * day has room (and a ledger row), and otherwise changes nothing. Returns whether it reserved,
 * and when it did not, the range's rows as they stand (to say which day is short).
 *
 * PostgreSQL, one statement: the range is row-locked in day order (no deadlocks between
 * overlapping bookings) and, under READ COMMITTED, a row read FOR UPDATE is its latest
 * committed version; the UPDATE runs only if every locked row fits, and it cannot start before
 * all of them are locked, because it joins the count over all of them. The rows it returns are
 * the locked ones, from before the update.
 *
 * SQLite: the UPDATE is the transaction's first statement (a deferred transaction that reads
 * first gets SQLITE_BUSY when it writes) and runs under the single write lock; only a refusal
 * reads the rows afterwards, still under that lock.
 */
export async function reserveRange(tx: Tx, warehouseId: string, temperature: Temperature, from: string, to: string, days: number, volume: number): Promise<{ reserved: boolean; rows: LedgerDay[] }> {
  if (isPostgres()) {
    const rows = await tx.$queryRaw<(LedgerDay & { updated: bigint | number })[]>`
      WITH locked AS (
        SELECT "day", "capacity", "reserved" FROM "WarehouseCapacityDay"
        WHERE "warehouseId" = ${warehouseId} AND "temperature" = ${temperature} AND "day" BETWEEN ${from} AND ${to}
        ORDER BY "day" FOR UPDATE
      ), fits AS (
        SELECT COUNT(*) AS n FROM locked WHERE "reserved" + ${volume}::int <= "capacity"
      ), updated AS (
        UPDATE "WarehouseCapacityDay" d SET "reserved" = d."reserved" + ${volume}::int
        FROM fits
        WHERE d."warehouseId" = ${warehouseId} AND d."temperature" = ${temperature} AND d."day" BETWEEN ${from} AND ${to} AND fits.n = ${days}::bigint
        RETURNING d."day"
      )
      SELECT l."day", l."capacity", l."reserved", (SELECT COUNT(*) FROM updated) AS "updated" FROM locked l ORDER BY l."day"`;
    const updated = Number(rows[0]?.updated ?? 0);

    return { reserved: updated === days, rows: rows.map(({ day, capacity, reserved }) => ({ day, capacity, reserved })) };
  }
  const changed = await tx.$queryRaw<{ day: string }[]>`
    UPDATE "WarehouseCapacityDay" SET "reserved" = "reserved" + ${volume}
    WHERE "warehouseId" = ${warehouseId} AND "temperature" = ${temperature} AND "day" BETWEEN ${from} AND ${to}
      AND (SELECT COUNT(*) FROM "WarehouseCapacityDay" f
           WHERE f."warehouseId" = ${warehouseId} AND f."temperature" = ${temperature} AND f."day" BETWEEN ${from} AND ${to}
             AND f."reserved" + ${volume} <= f."capacity") = ${days}
    RETURNING "day"`;
  if (changed.length === days) return { reserved: true, rows: [] };
  if (changed.length !== 0) throw new Error("conditional reservation changed part of a range");

  return { reserved: false, rows: await ledgerDays(tx, warehouseId, temperature, from, to) };
}

/** Takes `volume` back off the given days (a cancellation, or undoing a partial reservation). */
export function releaseDays(tx: Tx, warehouseId: string, temperature: Temperature, days: string[], volume: number): Promise<number> {
  if (days.length === 0) return Promise.resolve(0);

  return tx.$executeRaw`
    UPDATE "WarehouseCapacityDay" SET "reserved" = "reserved" - ${volume}
    WHERE "warehouseId" = ${warehouseId} AND "temperature" = ${temperature} AND "day" IN (${Prisma.join(days)})`;
}

/** Sets a range's capacity where the booked volume still fits; returns the days that did not. */
export async function setCapacity(tx: Tx, warehouseId: string, temperature: Temperature, from: string, to: string | null, capacity: number): Promise<LedgerDay[]> {
  const until = to ?? "9999-12-31";
  await tx.$executeRaw`
    UPDATE "WarehouseCapacityDay" SET "capacity" = ${capacity}
    WHERE "warehouseId" = ${warehouseId} AND "temperature" = ${temperature} AND "day" BETWEEN ${from} AND ${until}
      AND "reserved" <= ${capacity}`;

  return tx.warehouseCapacityDay.findMany({
    where: { warehouseId, temperature, day: { gte: from, lte: until }, reserved: { gt: capacity } },
    orderBy: { day: "asc" },
    select: { day: true, capacity: true, reserved: true },
  });
}

/** The next number of a named counter: one atomic upsert on both providers. */
export async function nextCounter(tx: Tx, name: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number | bigint }[]>`
    INSERT INTO "WarehouseCounter" ("name", "value") VALUES (${name}, 1)
    ON CONFLICT ("name") DO UPDATE SET "value" = "WarehouseCounter"."value" + 1
    RETURNING "value"`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error("counter upsert returned nothing");

  return Number(value);
}

// --- bookings --------------------------------------------------------------------------

export const bookingSelect = {
  id: true,
  reference: true,
  warehouseId: true,
  subjectId: true,
  fromDate: true,
  toDate: true,
  days: true,
  volume: true,
  temperature: true,
  status: true,
  quote: true,
  totalFen: true,
  subsidyFen: true,
  bookedById: true,
  onBehalfOfId: true,
  arrivedAt: true,
  departedAt: true,
  departedOn: true,
  cancelledAt: true,
  createdAt: true,
  warehouse: { select: { code: true, nameZh: true, nameEn: true, cityZh: true, cityEn: true } },
  subject: { select: { name: true, ownerId: true, countyCode: true } },
} as const;

export type BookingRow = Prisma.WarehouseBookingGetPayload<{ select: typeof bookingSelect }>;

export type NewBooking = {
  warehouseId: string;
  subjectId: string;
  fromDate: string;
  toDate: string;
  days: number;
  volume: number;
  temperature: Temperature;
  status: string;
  quote: string;
  totalFen: number;
  subsidyFen: number;
  bookedById: string;
  onBehalfOfId: string | null;
};

/**
 * Numbers and inserts a booking: the year's counter goes up by one and the booking takes
 * `reference(year, number)` (domain/status.ts bookingReference). Raw, with the id and
 * timestamps given (a Prisma model write costs about three times the CPU of a raw statement);
 * Date values are stored exactly as Prisma's own writes store them.
 *
 * PostgreSQL does both in one statement (a data-modifying WITH), so the counter row — which
 * every booking of the year locks until it commits — and the booked days are held one round
 * trip less; its SQL spells the same reference as bookingReference. SQLite cannot modify data
 * in WITH, and has one writer anyway: two statements.
 */
export async function createBooking(tx: Tx, data: NewBooking, year: number, reference: (year: number, sequence: number) => string, now: Date): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const counter = `booking-${year}`;
  if (isPostgres()) {
    const rows = await tx.$queryRaw<{ reference: string }[]>`
      WITH c AS (
        INSERT INTO "WarehouseCounter" ("name", "value") VALUES (${counter}, 1)
        ON CONFLICT ("name") DO UPDATE SET "value" = "WarehouseCounter"."value" + 1
        RETURNING "value"::text AS n
      )
      INSERT INTO "WarehouseBooking" ("id", "reference", "warehouseId", "subjectId", "fromDate", "toDate", "days", "volume", "temperature", "status", "quote", "totalFen", "subsidyFen", "bookedById", "onBehalfOfId", "createdAt", "updatedAt")
      SELECT ${id}, 'WH-' || ${String(year)}::text || '-' || CASE WHEN length(c.n) >= 6 THEN c.n ELSE lpad(c.n, 6, '0') END,
             ${data.warehouseId}, ${data.subjectId}, ${data.fromDate}, ${data.toDate}, ${data.days}::int, ${data.volume}::int, ${data.temperature}, ${data.status}, ${data.quote}, ${data.totalFen}::int, ${data.subsidyFen}::int, ${data.bookedById}, ${data.onBehalfOfId}::text, ${now}, ${now}
      FROM c
      RETURNING "reference"`;
    const stored = rows[0]?.reference;
    if (!stored) throw new Error("booking insert returned nothing");

    return { id, reference: stored };
  }
  const numbered = reference(year, await nextCounter(tx, counter));
  await tx.$executeRaw`
    INSERT INTO "WarehouseBooking" ("id", "reference", "warehouseId", "subjectId", "fromDate", "toDate", "days", "volume", "temperature", "status", "quote", "totalFen", "subsidyFen", "bookedById", "onBehalfOfId", "createdAt", "updatedAt")
    VALUES (${id}, ${numbered}, ${data.warehouseId}, ${data.subjectId}, ${data.fromDate}, ${data.toDate}, ${data.days}, ${data.volume}, ${data.temperature}, ${data.status}, ${data.quote}, ${data.totalFen}, ${data.subsidyFen}, ${data.bookedById}, ${data.onBehalfOfId}, ${now}, ${now})`;

  return { id, reference: numbered };
}

export function findBooking(client: Client, id: string) {
  return client.warehouseBooking.findUnique({ where: { id }, select: bookingSelect });
}

export function listBookingsOfOwner(client: Client, ownerId: string) {
  return client.warehouseBooking.findMany({ where: { subject: { ownerId } }, orderBy: [{ fromDate: "desc" }, { createdAt: "desc" }], take: 200, select: bookingSelect });
}

export function listBookingsAtWarehouses(client: Client, warehouseIds: string[], statuses: string[]) {
  return client.warehouseBooking.findMany({ where: { warehouseId: { in: warehouseIds }, status: { in: statuses } }, orderBy: [{ fromDate: "asc" }, { reference: "asc" }], take: 300, select: bookingSelect });
}

/** Bookings holding capacity on any of `days`. */
export function bookingsCovering(client: Client, warehouseId: string, temperature: Temperature, days: string[], statuses: readonly string[]) {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return Promise.resolve([]);

  return client.warehouseBooking.findMany({
    where: { warehouseId, temperature, status: { in: [...statuses] }, fromDate: { lte: last }, toDate: { gte: first } },
    orderBy: { fromDate: "asc" },
    select: bookingSelect,
  });
}

/** Compare-and-swap on status (cal.com's confirm path): the count says whether we won. A departure also records its China calendar day. */
export async function transitionBooking(tx: Tx, id: string, from: string, to: string, at: Date, departedOn?: string): Promise<boolean> {
  const stamp = to === "cancelled" ? { cancelledAt: at } : to === "arrived" ? { arrivedAt: at } : to === "departed" ? { departedAt: at, departedOn } : {};
  const { count } = await tx.warehouseBooking.updateMany({ where: { id, status: from }, data: { status: to, ...stamp } });

  return count === 1;
}

export function subjectsOfOwner(client: Client, ownerId: string) {
  return client.marketSubject.findMany({ where: { ownerId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, ownerId: true, countyCode: true, products: true } });
}

/** Who owns a subject (every booking checks it; raw for the same reason as createBooking). */
export async function findSubjectOwner(client: Client, id: string): Promise<{ id: string; ownerId: string } | null> {
  const rows = await client.$queryRaw<{ id: string; ownerId: string }[]>`SELECT "id", "ownerId" FROM "MarketSubject" WHERE "id" = ${id}`;

  return rows[0] ?? null;
}

// --- idempotency keys ------------------------------------------------------------------

/**
 * Stores a key with its response in one statement: inserted, or written over an expired copy
 * of the same key. False when a live copy exists (committed by a concurrent request with the
 * same key: PostgreSQL waits for it at the unique index, SQLite has one writer), so the caller
 * rolls back and replays it.
 */
export async function claimKey(client: Client, data: { userId: string; key: string; scope: string; requestHash: string; expiresAt: Date; status: number; responseBody: string }, now: Date): Promise<boolean> {
  const changed = await client.$executeRaw`
    INSERT INTO "IdempotencyKey" ("id", "key", "userId", "scope", "requestHash", "status", "responseBody", "createdAt", "expiresAt")
    VALUES (${randomUUID()}, ${data.key}, ${data.userId}, ${data.scope}, ${data.requestHash}, ${data.status}, ${data.responseBody}, ${now}, ${data.expiresAt})
    ON CONFLICT ("userId", "key") DO UPDATE SET
      "scope" = excluded."scope", "requestHash" = excluded."requestHash", "status" = excluded."status",
      "responseBody" = excluded."responseBody", "createdAt" = excluded."createdAt", "expiresAt" = excluded."expiresAt"
    WHERE "IdempotencyKey"."expiresAt" <= ${now}`;

  return changed === 1;
}

export function findKey(client: Client, userId: string, key: string) {
  return client.idempotencyKey.findUnique({ where: { userId_key: { userId, key } }, select: { scope: true, requestHash: true, status: true, responseBody: true, expiresAt: true } });
}
