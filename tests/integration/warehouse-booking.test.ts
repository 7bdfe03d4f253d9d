// Warehouse booking against a real database (SQLite by default; PostgreSQL when DATABASE_URL
// is one), with real concurrency: dozens of bookings in flight at once through the service,
// exactly as route handlers call it. After every burst the ledger is replayed from the
// bookings: reserved == Σ active bookings per day, and never above capacity.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { isAppError } from "@/server/errors";
import { todayIsoInChina } from "@/i18n/format";
import { addDays, eachDay } from "@/modules/warehouse/domain/date-range";
import { heldDays } from "@/modules/warehouse/domain/departure";
import { reservedByDay } from "@/modules/warehouse/domain/ledger";
import { IDEMPOTENCY_TTL_MS, bookStorage, cancelBooking, changeCapacity, getAvailability, recordMovement, type BookingResponse } from "@/modules/warehouse/service";
import { seedDatabase } from "../../prisma/seed";
import { testDb } from "./support/db";

const TODAY = todayIsoInChina();
const PRICES = JSON.stringify({ ambient: { freeDays: 30, tiers: [{ fromDay: 31, fenPerM3Day: 220 }] }, cold: { freeDays: 0, tiers: [{ fromDay: 1, fenPerM3Day: 450 }] }, inboundFenPerM3: 1100, outboundFenPerOrder: 70 });

let applicant: Actor; // 13800000009, Weining apple grower
let subjectId: string;
let otherApplicant: Actor; // 13800000001, Meitan
let operator: Actor;
let admin: Actor;

async function actorOf(phone: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { phone } });
  return { userId: u.id, role: u.role as Actor["role"], name: u.name, countyCode: u.countyCode, prefectureCode: u.prefectureCode, stationId: u.stationId, actingFor: null, ip: "192.0.2.60" };
}

let codeCounter = 0;
/** A fresh warehouse per test (codes Q??), so tests never share a ledger. */
async function freshWarehouse(capacity: { ambientM3: number; coldM3: number }, openingDate = "2024-01-01"): Promise<string> {
  const suffix = `${Date.now().toString(36)}${codeCounter++}`;
  const code = `Q${String.fromCharCode(65 + (codeCounter % 26))}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
  const taken = await testDb().warehouse.findUnique({ where: { code } });
  if (taken) return freshWarehouse(capacity, openingDate);
  await testDb().warehouse.create({
    data: { code, nameZh: `测试仓${suffix}`, nameEn: `Test ${suffix}`, countryCode: "VN", cityZh: "河内", cityEn: "Hanoi", operatorZh: "测试", operatorEn: "Test", kind: "public", ambientCapacity: capacity.ambientM3 * 100, coldCapacity: capacity.coldM3 * 100, openingDate, priceList: PRICES, subsidyBps: 5000, subsidyCapFen: 500_000 },
  });
  return code;
}

async function ledgerOf(code: string, temperature: "ambient" | "cold") {
  const w = await testDb().warehouse.findUniqueOrThrow({ where: { code } });
  const rows = await testDb().warehouseCapacityDay.findMany({ where: { warehouseId: w.id, temperature }, orderBy: { day: "asc" } });
  const bookings = await testDb().warehouseBooking.findMany({ where: { warehouseId: w.id, temperature, status: { not: "cancelled" } } });
  return { rows, bookings };
}

/** The invariant and the replay: every day within capacity and equal to its bookings (a departed one only up to its departure day). */
async function expectLedgerConsistent(code: string, temperature: "ambient" | "cold") {
  const { rows, bookings } = await ledgerOf(code, temperature);
  const spans = bookings.flatMap((b) => {
    const held = heldDays(b);
    return held ? [{ ...held, volume: b.volume }] : [];
  });
  const expected = reservedByDay(spans, eachDay);
  for (const row of rows) {
    expect(row.reserved, `day ${row.day}`).toBeLessThanOrEqual(row.capacity);
    expect(row.reserved, `day ${row.day} replay`).toBe(expected.get(row.day) ?? 0);
  }
  return { rows, bookings };
}

function created(r: BookingResponse) {
  return r.status === 201 ? (r.body as { id: string; reference: string }) : null;
}

beforeAll(async () => {
  await seedDatabase(testDb());
  applicant = await actorOf("13800000009");
  otherApplicant = await actorOf("13800000001");
  operator = await actorOf("13800000008");
  admin = await actorOf("13800000004");
  subjectId = (await testDb().marketSubject.findFirstOrThrow({ where: { ownerId: applicant.userId, type: "cooperative" } })).id;
});

describe("booking the last free cubic metres, in parallel", () => {
  it("of 40 parallel 0.01 m³ requests for the last 0.25 m³, exactly 25 succeed", async () => {
    const code = await freshWarehouse({ ambientM3: 5, coldM3: 5 });
    const from = addDays(TODAY, 3);
    const to = addDays(from, 2);
    const first = await bookStorage(applicant, code, { subjectId, from, to, volumeM3: "4.75", cold: true });
    expect(first.status).toBe(201);

    const results = await Promise.all(Array.from({ length: 40 }, () => bookStorage(applicant, code, { subjectId, from, to, volumeM3: "0.01", cold: true })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(25);
    const refusals = results.filter((r) => r.status === 409);
    expect(refusals).toHaveLength(15);
    for (const r of refusals) expect(r.body).toEqual({ error: "insufficient_capacity", date: from, freeM3: "0" });

    const { rows } = await expectLedgerConsistent(code, "cold");
    expect(rows.map((r) => r.reserved)).toEqual([500, 500, 500]);
    const references = new Set(results.map(created).filter(Boolean).map((b) => b!.reference));
    expect(references.size).toBe(25);
    // Numbered without gaps (refused and rolled-back attempts take no number), in one format.
    const numbers = [created(first)!.reference, ...references].map((r) => {
      expect(r).toMatch(/^WH-\d{4}-\d{6}$/);
      return Number(r.slice(8));
    });
    expect(Math.max(...numbers) - Math.min(...numbers)).toBe(25);
  });

  it("of 30 parallel 1 m³ requests over overlapping ranges, only what fits every day is taken", async () => {
    const code = await freshWarehouse({ ambientM3: 10, coldM3: 0 });
    const base = addDays(TODAY, 10);
    const requests = Array.from({ length: 30 }, (_, i) => ({ from: addDays(base, i % 5), to: addDays(base, (i % 5) + 1 + (i % 3)) }));
    const results = await Promise.all(requests.map((r) => bookStorage(applicant, code, { subjectId, ...r, volumeM3: 1, cold: false })));
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const { rows } = await expectLedgerConsistent(code, "ambient");
    // Every refusal names a day in its range that is really short (no cancellations here,
    // so what is free now is at most what was free when it was refused).
    const byDay = new Map(rows.map((r) => [r.day, r]));
    results.forEach((r, i) => {
      if (r.status !== 409) return;
      const body = r.body as { date: string; freeM3: string };
      expect(body.date >= requests[i]!.from && body.date <= requests[i]!.to).toBe(true);
      const row = byDay.get(body.date)!;
      expect(row.capacity - row.reserved).toBeLessThan(100);
      expect(Number(body.freeM3)).toBeLessThan(1);
    });
    // The busiest days are full: 10 m³ exactly.
    expect(Math.max(...rows.map((r) => r.reserved))).toBe(1000);
  });

  it("a one-day booking and a booking's last day count, the day after does not", async () => {
    const code = await freshWarehouse({ ambientM3: 2, coldM3: 0 });
    const day = addDays(TODAY, 20);
    expect((await bookStorage(applicant, code, { subjectId, from: day, to: day, volumeM3: "2", cold: false })).status).toBe(201);
    expect((await bookStorage(applicant, code, { subjectId, from: addDays(day, -3), to: day, volumeM3: "0.01", cold: false })).body).toEqual({ error: "insufficient_capacity", date: day, freeM3: "0" });
    expect((await bookStorage(applicant, code, { subjectId, from: addDays(day, 1), to: addDays(day, 1), volumeM3: "2", cold: false })).status).toBe(201);
    const { days } = await getAvailability(code, { from: addDays(day, -1), to: addDays(day, 2), cold: "false" });
    expect(days.map((d) => d.free)).toEqual([200, 0, 0, 200]);
  });
});

describe("cancellation", () => {
  it("frees the capacity at once; of 10 racing cancellations exactly one wins", async () => {
    const code = await freshWarehouse({ ambientM3: 3, coldM3: 0 });
    const from = addDays(TODAY, 5);
    const to = addDays(from, 6);
    const booking = created(await bookStorage(applicant, code, { subjectId, from, to, volumeM3: "3", cold: false }))!;
    expect((await bookStorage(applicant, code, { subjectId, from, to, volumeM3: "0.5", cold: false })).status).toBe(409);

    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => cancelBooking(applicant, booking.id)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.filter((x) => x.status === "rejected")) {
      const reason = (o as PromiseRejectedResult).reason;
      expect(isAppError(reason) && reason.message).toBe("booking_not_cancellable");
    }
    const { rows } = await expectLedgerConsistent(code, "ambient");
    expect(rows.every((r) => r.reserved === 0)).toBe(true);
    expect((await bookStorage(applicant, code, { subjectId, from, to, volumeM3: "3", cold: false })).status).toBe(201);
  });

  it("a cancellation racing 12 bookings for the space it frees: the ledger stays exact", async () => {
    const code = await freshWarehouse({ ambientM3: 4, coldM3: 0 });
    const from = addDays(TODAY, 8);
    const to = addDays(from, 3);
    const full = created(await bookStorage(applicant, code, { subjectId, from, to, volumeM3: "4", cold: false }))!;
    const [cancel, ...bookings] = await Promise.allSettled([
      cancelBooking(applicant, full.id),
      ...Array.from({ length: 12 }, () => bookStorage(applicant, code, { subjectId, from, to, volumeM3: "1", cold: false })),
    ]);
    expect(cancel!.status).toBe("fulfilled");
    const accepted = bookings.filter((b) => b.status === "fulfilled" && b.value.status === 201).length;
    expect(accepted).toBeLessThanOrEqual(4);
    const { rows } = await expectLedgerConsistent(code, "ambient");
    expect(rows.every((r) => r.reserved === accepted * 100)).toBe(true);
  });

  it("someone else's booking cannot be cancelled (not found), nor one whose goods arrived", async () => {
    const code = await freshWarehouse({ ambientM3: 4, coldM3: 0 });
    const booking = created(await bookStorage(applicant, code, { subjectId, from: TODAY, to: addDays(TODAY, 1), volumeM3: "1", cold: false }))!;
    await expect(cancelBooking(otherApplicant, booking.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(recordMovement(operator, booking.id, "arrive")).rejects.toMatchObject({ code: "not_found" }); // not his warehouse
    const w = await testDb().warehouse.findUniqueOrThrow({ where: { code } });
    await testDb().warehouseOperator.create({ data: { warehouseId: w.id, userId: operator.userId } });
    await expect(recordMovement(operator, booking.id, "depart")).rejects.toMatchObject({ code: "conflict" }); // not arrived yet
    await recordMovement(operator, booking.id, "arrive");
    await expect(cancelBooking(applicant, booking.id)).rejects.toMatchObject({ code: "conflict", message: "booking_not_cancellable" });
    await recordMovement(operator, booking.id, "depart");
    await expect(recordMovement(operator, booking.id, "depart")).rejects.toMatchObject({ code: "conflict" });
  });
});

/** Noon in China on an ISO day: what an operator's clock says when recording on that day. */
function chinaNoon(day: string): Date {
  return new Date(`${day}T12:00:00+08:00`);
}

describe("departure before the last day", () => {
  async function storedBooking(capacityM3: number, from: string, to: string, volumeM3: string) {
    const code = await freshWarehouse({ ambientM3: capacityM3, coldM3: 0 });
    const w = await testDb().warehouse.findUniqueOrThrow({ where: { code } });
    await testDb().warehouseOperator.create({ data: { warehouseId: w.id, userId: operator.userId } });
    const booking = created(await bookStorage(applicant, code, { subjectId, from, to, volumeM3, cold: false }))!;
    await recordMovement(operator, booking.id, "arrive", { now: chinaNoon(from) });
    return { code, booking };
  }

  it("gives the days after the departure day back, keeps that day and the days before, and audits it", async () => {
    const from = addDays(TODAY, 2);
    const to = addDays(TODAY, 9);
    const { code, booking } = await storedBooking(3, from, to, "3");
    expect((await bookStorage(applicant, code, { subjectId, from: addDays(TODAY, 7), to: addDays(TODAY, 7), volumeM3: "1", cold: false })).status).toBe(409);

    const departure = addDays(TODAY, 4);
    await recordMovement(operator, booking.id, "depart", { now: chinaNoon(departure) });
    const { days } = await getAvailability(code, { from, to, cold: "false" });
    expect(days.map((d) => d.free)).toEqual([0, 0, 0, 300, 300, 300, 300, 300]);
    const row = await testDb().warehouseBooking.findUniqueOrThrow({ where: { id: booking.id } });
    expect([row.status, row.departedOn, row.fromDate, row.toDate, row.totalFen]).toEqual(["departed", departure, from, to, row.totalFen]);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: booking.id, action: "warehouse.booking.departed" } });
    expect(JSON.parse(audit.after!)).toEqual({ status: "departed", departedOn: departure, releasedFrom: addDays(departure, 1), releasedTo: to, releasedM3: "3" });
    await expectLedgerConsistent(code, "ambient");

    // The freed days are bookable at once; the departure day is not.
    expect((await bookStorage(applicant, code, { subjectId, from: addDays(departure, 1), to, volumeM3: "3", cold: false })).status).toBe(201);
    expect((await bookStorage(applicant, code, { subjectId, from: departure, to: departure, volumeM3: "0.01", cold: false })).body).toMatchObject({ date: departure, freeM3: "0" });
    // A capacity reduction on the freed days no longer counts the departed booking.
    await expect(changeCapacity(admin, code, { temperature: "ambient", from: addDays(departure, 1), to, capacityM3: "2" })).rejects.toMatchObject({ details: { conflicts: [expect.not.objectContaining({ reference: row.reference })] } });
    await expectLedgerConsistent(code, "ambient");
  });

  it("on or after the last day gives nothing back", async () => {
    const from = addDays(TODAY, 1);
    const to = addDays(TODAY, 3);
    for (const departure of [to, addDays(to, 2)]) {
      const { code, booking } = await storedBooking(2, from, to, "2");
      const before = (await ledgerOf(code, "ambient")).rows.map((r) => r.reserved);
      await recordMovement(operator, booking.id, "depart", { now: chinaNoon(departure) });
      expect((await ledgerOf(code, "ambient")).rows.map((r) => r.reserved)).toEqual(before);
      expect(before).toEqual([200, 200, 200]);
      expect((await testDb().warehouseBooking.findUniqueOrThrow({ where: { id: booking.id } })).departedOn).toBe(departure);
      await expectLedgerConsistent(code, "ambient");
    }
  });

  it("is recorded once: a second departure is refused and frees nothing more", async () => {
    const from = addDays(TODAY, 1);
    const { code, booking } = await storedBooking(5, from, addDays(from, 5), "1.5");
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => recordMovement(operator, booking.id, "depart", { now: chinaNoon(addDays(from, 1)) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const { rows } = await expectLedgerConsistent(code, "ambient");
    expect(rows.map((r) => r.reserved)).toEqual([150, 150, 0, 0, 0, 0]);
  });
});

describe("idempotency keys", () => {
  it("10 concurrent retries with one key make one booking and get identical responses", async () => {
    const code = await freshWarehouse({ ambientM3: 50, coldM3: 0 });
    const key = randomUUID();
    const input = { subjectId, from: addDays(TODAY, 2), to: addDays(TODAY, 4), volumeM3: "2.5", cold: false };
    const results = await Promise.all(Array.from({ length: 10 }, () => bookStorage(applicant, code, input, { idempotencyKey: key })));
    expect(new Set(results.map((r) => JSON.stringify([r.status, r.body]))).size).toBe(1);
    expect(results[0]!.status).toBe(201);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const { bookings } = await expectLedgerConsistent(code, "ambient");
    expect(bookings).toHaveLength(1);

    // The same key with a different body is refused; the same body as a number is the same request.
    await expect(bookStorage(applicant, code, { ...input, volumeM3: "3" }, { idempotencyKey: key })).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { _form: ["idempotency_key_reused"] } });
    expect((await bookStorage(applicant, code, { ...input, volumeM3: 2.5 }, { idempotencyKey: key })).body).toEqual(results[0]!.body);
    // Keys belong to one user: another user's identical key is a different request.
    const other = await testDb().marketSubject.findFirstOrThrow({ where: { ownerId: otherApplicant.userId } });
    expect((await bookStorage(otherApplicant, code, { ...input, subjectId: other.id }, { idempotencyKey: key })).replayed).toBe(false);
  });

  it("replays a refusal, and forgets a key after 24 hours", async () => {
    const code = await freshWarehouse({ ambientM3: 1, coldM3: 0 });
    const from = addDays(TODAY, 30);
    const blocker = created(await bookStorage(applicant, code, { subjectId, from, to: from, volumeM3: "1", cold: false }))!;
    const key = `retry-${randomUUID()}`;
    const input = { subjectId, from, to: from, volumeM3: "1", cold: false };
    const refused = await bookStorage(applicant, code, input, { idempotencyKey: key });
    expect(refused.status).toBe(409);
    await cancelBooking(applicant, blocker.id);
    // Space is free now, but the key answers as it first did.
    const replay = await bookStorage(applicant, code, input, { idempotencyKey: key });
    expect(replay).toEqual({ ...refused, replayed: true });
    // A day later the key has expired: the same key is a new request.
    const later = new Date(Date.now() + IDEMPOTENCY_TTL_MS + 60_000);
    const fresh = await bookStorage(applicant, code, input, { idempotencyKey: key, now: later });
    expect(fresh.status).toBe(201);
    expect(fresh.replayed).toBe(false);
    expect(await testDb().idempotencyKey.count({ where: { userId: applicant.userId, key } })).toBe(1);
  });
});

describe("capacity maintenance", () => {
  it("refuses a reduction below what is booked, listing the bookings; accepts one that fits", async () => {
    const code = await freshWarehouse({ ambientM3: 10, coldM3: 0 });
    const from = addDays(TODAY, 12);
    const a = created(await bookStorage(applicant, code, { subjectId, from, to: addDays(from, 2), volumeM3: "4", cold: false }))!;
    const b = created(await bookStorage(applicant, code, { subjectId, from: addDays(from, 2), to: addDays(from, 5), volumeM3: "3", cold: false }))!;
    const error = await changeCapacity(admin, code, { temperature: "ambient", from: TODAY, capacityM3: "5" }).catch((e: unknown) => e);
    expect(isAppError(error) && error.message).toBe("capacity_below_booked");
    const details = (error as { details: { firstDay: string; conflicts: { reference: string }[] } }).details;
    expect(details.firstDay).toBe(addDays(from, 2));
    expect(details.conflicts.map((c) => c.reference).sort()).toEqual([a.reference, b.reference].sort());
    const w = await testDb().warehouse.findUniqueOrThrow({ where: { code } });
    expect(w.ambientCapacity).toBe(1000); // nothing changed

    // 7 m³ still holds every booking; later days get the new default when first booked.
    await changeCapacity(admin, code, { temperature: "ambient", from: TODAY, capacityM3: "7" });
    const { rows } = await expectLedgerConsistent(code, "ambient");
    expect(rows.every((r) => r.capacity === 700)).toBe(true);
    const far = addDays(TODAY, 100);
    expect((await bookStorage(applicant, code, { subjectId, from: far, to: far, volumeM3: "7.01", cold: false })).body).toMatchObject({ date: far, freeM3: "7" });
    // A range change (a week of maintenance) creates its days at the given capacity.
    await changeCapacity(admin, code, { temperature: "ambient", from: addDays(TODAY, 40), to: addDays(TODAY, 46), capacityM3: "0" });
    expect((await getAvailability(code, { from: addDays(TODAY, 39), to: addDays(TODAY, 47) })).days.map((d) => d.capacity)).toEqual([700, 0, 0, 0, 0, 0, 0, 0, 700]);
  });

  it("operators maintain only their own warehouses", async () => {
    const code = await freshWarehouse({ ambientM3: 10, coldM3: 0 });
    await expect(changeCapacity(operator, code, { temperature: "ambient", from: TODAY, capacityM3: "9" })).rejects.toMatchObject({ code: "not_found" });
    await changeCapacity(operator, "HAN", { temperature: "ambient", from: addDays(TODAY, 300), to: addDays(TODAY, 300), capacityM3: "799" });
    await expect(changeCapacity(applicant, "HAN", { temperature: "ambient", from: TODAY, capacityM3: "1" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("the database itself refuses an overbooking UPDATE (CHECK constraint)", async () => {
    const code = await freshWarehouse({ ambientM3: 1, coldM3: 0 });
    const day = addDays(TODAY, 3);
    await bookStorage(applicant, code, { subjectId, from: day, to: day, volumeM3: "0.5", cold: false });
    const w = await testDb().warehouse.findUniqueOrThrow({ where: { code } });
    await expect(testDb().$executeRaw`UPDATE "WarehouseCapacityDay" SET "reserved" = "capacity" + 1 WHERE "warehouseId" = ${w.id}`).rejects.toThrow(/constraint|CHECK/i);
    await expect(testDb().$executeRaw`UPDATE "WarehouseCapacityDay" SET "reserved" = -1 WHERE "warehouseId" = ${w.id}`).rejects.toThrow(/constraint|CHECK/i);
    await expect(testDb().$executeRaw`UPDATE "WarehouseCapacityDay" SET "capacity" = 10 WHERE "warehouseId" = ${w.id}`).rejects.toThrow(/constraint|CHECK/i);
    await expectLedgerConsistent(code, "ambient");
  });
});

describe("who may book", () => {
  it("validates volumes, dates and cold chain before touching the ledger", async () => {
    const code = await freshWarehouse({ ambientM3: 10, coldM3: 0 });
    const from = addDays(TODAY, 1);
    const bad = (over: Record<string, unknown>) => bookStorage(applicant, code, { subjectId, from, to: from, volumeM3: "1", cold: false, ...over });
    await expect(bad({ volumeM3: "1.001" })).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { volumeM3: ["volume_too_precise"] } });
    await expect(bad({ volumeM3: 0.1 + 0.2 })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(bad({ to: addDays(from, 180) })).rejects.toMatchObject({ fieldErrors: { to: ["range_too_long"] } });
    await expect(bad({ from: addDays(TODAY, -1) })).rejects.toMatchObject({ fieldErrors: { from: ["start_in_past"] } });
    await expect(bad({ cold: true })).rejects.toMatchObject({ fieldErrors: { cold: ["no_cold_chain"] } });
    expect((await bad({ to: addDays(from, 179) })).status).toBe(201);
  });

  it("someone else's subject is not found; station staff book only while acting with the warehouse scope", async () => {
    const code = await freshWarehouse({ ambientM3: 10, coldM3: 0 });
    const from = addDays(TODAY, 1);
    await expect(bookStorage(otherApplicant, code, { subjectId, from, to: from, volumeM3: "1" })).rejects.toMatchObject({ code: "not_found" });
    const staff = await actorOf("13800000006");
    await expect(bookStorage(staff, code, { subjectId, from, to: from, volumeM3: "1" })).rejects.toMatchObject({ code: "forbidden" });
    const acting = { ...staff, actingFor: { applicantId: applicant.userId, applicantName: applicant.name, delegationId: "d", scope: ["warehouse"] } };
    const booked = await bookStorage(acting, code, { subjectId, from, to: from, volumeM3: "1" });
    expect(booked.status).toBe(201);
    const row = await testDb().warehouseBooking.findUniqueOrThrow({ where: { id: created(booked)!.id } });
    expect([row.bookedById, row.onBehalfOfId]).toEqual([staff.userId, applicant.userId]);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: row.id } });
    expect([audit.actorId, audit.onBehalfOfId, audit.action]).toEqual([staff.userId, applicant.userId, "warehouse.booking.created"]);
    const subjectsOnly = { ...acting, actingFor: { ...acting.actingFor, scope: ["subjects"] } };
    await expect(bookStorage(subjectsOnly, code, { subjectId, from, to: from, volumeM3: "1" })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("demo data", () => {
  it("seeds the four public and five partner warehouses, the operator of HAN and BKK, and the Weining grower's login", async () => {
    const warehouses = await testDb().warehouse.findMany({ orderBy: { code: "asc" } });
    const seeded = warehouses.filter((w) => !w.code.startsWith("Q"));
    expect(seeded.map((w) => `${w.code}:${w.kind}`)).toEqual(["BKK:public", "EWR:partner", "HAM:public", "HAN:public", "HKG:partner", "LAX:public", "NBO:partner", "RGN:partner", "WAW:partner"]);
    expect(seeded.filter((w) => w.kind === "partner").every((w) => w.subsidyBps === 0)).toBe(true);
    const assigned = await testDb().warehouseOperator.findMany({ where: { userId: operator.userId }, select: { warehouse: { select: { code: true } } } });
    expect(assigned.map((a) => a.warehouse.code).filter((c) => !c.startsWith("Q")).sort()).toEqual(["BKK", "HAN"]);
    const coop = await testDb().marketSubject.findFirstOrThrow({ where: { name: "威宁县迤那苹果种植专业合作社" } });
    expect(coop.ownerId).toBe(applicant.userId);
  });
});
