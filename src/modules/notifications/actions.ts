"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/server/session";
import * as notifications from "./service";
import { attempt } from "@/server/form-action";

function safeBack(value: FormDataEntryValue | null): string {
  return typeof value === "string" && /^\/inbox(\?page=\d+)?$/.test(value) ? value : "/inbox";
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/login?next=%2Finbox");
  await attempt(() => notifications.markNotificationRead(actor, String(formData.get("notificationId") ?? "")));
  redirect(safeBack(formData.get("back")));
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/login?next=%2Finbox");
  await notifications.markAllNotificationsRead(actor);
  redirect("/inbox");
}
