"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/form-state";
import { getT } from "@/i18n/server";
import { isAppError } from "@/server/errors";
import { formError, formValues } from "@/server/form-action";
import { getActor } from "@/server/session";
import { fieldError } from "@/server/validation";
import * as warehouse from "./service";

async function requireFormActor() {
  const actor = await getActor();
  if (!actor) redirect("/login");

  return actor;
}

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** Step 1 → check your answers: validates and prices the booking, then shows it before anything is reserved. */
export async function reviewBookingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const code = field(formData, "code");
  let query: string;
  try {
    const actor = await requireFormActor();
    const input = { subjectId: field(formData, "subjectId"), from: field(formData, "from"), to: field(formData, "to"), volumeM3: field(formData, "volumeM3"), cold: field(formData, "cold") || "false" };
    const subjects = await warehouse.listBookableSubjects(actor);
    if (!subjects.some((s) => s.id === input.subjectId)) throw fieldError("subjectId", "subject_required");
    await warehouse.getQuote(code, input);
    query = new URLSearchParams(input).toString();
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/warehouses/${encodeURIComponent(code)}/book/check?${query}`);
}

/** Confirms: reserves the capacity. The hidden idempotency key makes a double tap on a slow phone book once. */
export async function confirmBookingAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const actor = await requireFormActor();
    const input = { subjectId: field(formData, "subjectId"), from: field(formData, "from"), to: field(formData, "to"), volumeM3: field(formData, "volumeM3"), cold: field(formData, "cold") };
    const result = await warehouse.bookStorage(actor, field(formData, "code"), input, { idempotencyKey: field(formData, "idempotencyKey") || null });
    if (!("id" in result.body)) {
      const { t } = await getT("errors");
      return { status: "error", message: t("insufficient_capacity", { date: result.body.date, free: result.body.freeM3 }), values: formValues(formData) };
    }
    id = result.body.id;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/bookings/${id}?booked=1`);
}

export async function cancelBookingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = field(formData, "bookingId");
  try {
    await warehouse.cancelBooking(await requireFormActor(), id);
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/bookings/${id}?cancelled=1`);
}

export async function recordMovementAction(_state: FormState, formData: FormData): Promise<FormState> {
  const step = field(formData, "step") === "depart" ? "depart" : "arrive";
  try {
    await warehouse.recordMovement(await requireFormActor(), field(formData, "bookingId"), step);
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/manage/bookings?done=${step}`);
}

export async function changeCapacityAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor();
    await warehouse.changeCapacity(actor, field(formData, "code"), { temperature: field(formData, "temperature"), from: field(formData, "from"), to: field(formData, "to"), capacityM3: field(formData, "capacityM3") });
    const { t } = await getT("warehouse");

    return { status: "ok", message: t("manage.capacity_saved") };
  } catch (error) {
    const state = await formError(error, formData);
    if (isAppError(error) && error.message === "capacity_below_booked") {
      const { t } = await getT("errors");
      const details = error.details as { firstDay: string; days: number; conflicts: warehouse.CapacityConflict[] };
      return { ...state, message: t("capacity_below_booked", { date: details.firstDay, days: details.days }), data: { conflicts: JSON.stringify(details.conflicts) } };
    }
    return state;
  }
}

export async function saveWarehouseAction(_state: FormState, formData: FormData): Promise<FormState> {
  const existing = field(formData, "existingCode") || undefined;
  let code: string;
  try {
    code = (await warehouse.saveWarehouse(await requireFormActor(), { ...formValues(formData), code: existing ?? field(formData, "code") }, existing)).code;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/manage/warehouses/${code}?saved=1`);
}

export async function assignOperatorAction(_state: FormState, formData: FormData): Promise<FormState> {
  const code = field(formData, "code");
  let name: string;
  try {
    const actor = await requireFormActor();
    name = (await warehouse.assignWarehouseOperator(actor, code, { phone: field(formData, "phone") })).name;
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/manage/warehouses/${encodeURIComponent(code)}?operator=${encodeURIComponent(name)}#operators`);
}

export async function removeOperatorAction(_state: FormState, formData: FormData): Promise<FormState> {
  const code = field(formData, "code");
  try {
    const actor = await requireFormActor();
    await warehouse.removeWarehouseOperator(actor, code, field(formData, "userId"));
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/manage/warehouses/${encodeURIComponent(code)}?removed=1#operators`);
}
