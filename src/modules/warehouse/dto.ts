import type { Locale } from "@/i18n/settings";
import { formatCentiM3 } from "./domain/volume";
import { ZAvailabilityDto, ZBookingDto, ZWarehouseDto } from "./schemas";
import type { AvailabilityDay, BookingView, WarehouseView } from "./service";

// Outgoing JSON shapes of /api/v1, parsed with their zod schemas so a DTO never leaks a field.
export function warehouseDto(w: WarehouseView, locale: Locale) {
  const en = locale === "en";

  return ZWarehouseDto.parse({
    code: w.code,
    name: en ? w.nameEn : w.nameZh,
    country: w.countryCode,
    city: en ? w.cityEn : w.cityZh,
    operator: en ? w.operatorEn : w.operatorZh,
    kind: w.kind,
    coldChain: w.coldChain,
    openingDate: w.openingDate,
    ambientCapacityM3: formatCentiM3(w.ambientCapacity),
    coldCapacityM3: formatCentiM3(w.coldCapacity),
    subsidyPercent: w.subsidyBps / 100,
  });
}

export function availabilityDto(code: string, cold: boolean, days: AvailabilityDay[]) {
  return ZAvailabilityDto.parse({
    code,
    cold,
    days: days.map((d) => ({ date: d.day, capacityM3: formatCentiM3(d.capacity), reservedM3: formatCentiM3(d.reserved), freeM3: formatCentiM3(d.free) })),
  });
}

export function bookingDto(b: BookingView) {
  return ZBookingDto.parse({
    id: b.id,
    reference: b.reference,
    status: b.status,
    warehouse: b.warehouse.code,
    subjectId: b.subjectId,
    from: b.fromDate,
    to: b.toDate,
    volumeM3: formatCentiM3(b.volume),
    cold: b.temperature === "cold",
    totalFen: b.totalFen,
    subsidyFen: b.subsidyFen,
    departedOn: b.departedOn,
  });
}
