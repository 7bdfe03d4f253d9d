"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/form-state";
import { getT } from "@/i18n/server";
import { attempt, formError, formValues } from "@/server/form-action";
import { getActor } from "@/server/session";
import { gatherOneFeed } from "./feeds/gather";
import * as market from "./service";

async function requireFormActor(next: string) {
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(next)}`);

  return actor;
}

/** A failed submit keeps the ticked checkboxes: lists travel back as "<name>[]" = "a,b". */
async function failed(error: unknown, formData: FormData, lists: string[]): Promise<FormState> {
  const state = await formError(error, formData);
  const values = { ...state.values };
  for (const name of lists) values[`${name}[]`] = formData.getAll(name).map(String).join(",");

  return { ...state, values };
}

/** Item form fields, with multi-value checkboxes kept as lists. */
function itemInput(formData: FormData) {
  return { ...formValues(formData), products: formData.getAll("products"), countries: formData.getAll("countries") };
}

export async function createItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const actor = await requireFormActor("/market/manage/new");
    id = (await market.createItem(actor, itemInput(formData), { publish: formData.get("intent") === "publish" })).id;
  } catch (error) {
    return failed(error, formData, ["products", "countries"]);
  }
  redirect(`/market/manage/${id}?saved=1`);
}

export async function updateItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("itemId") ?? "");
  try {
    const actor = await requireFormActor(`/market/manage/${id}`);
    await market.updateItem(actor, id, itemInput(formData));
  } catch (error) {
    return failed(error, formData, ["products", "countries"]);
  }
  redirect(`/market/manage/${id}?saved=1`);
}

export async function publishItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("itemId") ?? "");
  try {
    await market.publishItem(await requireFormActor(`/market/manage/${id}`), id);
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/market/manage/${id}?published=1`);
}

export async function retractItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("itemId") ?? "");
  try {
    await market.retractItem(await requireFormActor(`/market/manage/${id}`), id, { reason: formData.get("reason") });
  } catch (error) {
    return formError(error, formData);
  }
  redirect(`/market/manage/${id}?retracted=1`);
}

export async function saveFollowsAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor("/market/follow");
    await market.setMyFollows(actor, { products: formData.getAll("products"), countries: formData.getAll("countries") });
  } catch (error) {
    return failed(error, formData, ["products", "countries"]);
  }
  redirect("/market/follow?saved=1");
}

export async function createFeedTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor("/market/follow");
    const token = await market.createMyFeedToken(actor);
    const { t } = await getT("market");

    return { status: "ok", message: t("feed.created"), data: { token } };
  } catch (error) {
    return formError(error, formData);
  }
}

export async function revokeFeedTokenAction(): Promise<void> {
  const actor = await requireFormActor("/market/follow");
  const revoked = await attempt(() => market.revokeMyFeedToken(actor));
  redirect(revoked ? "/market/follow?revoked=1" : "/market/follow");
}

export async function registerSourceAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor("/market/sources");
    await market.registerFeedSource(actor, { ...formValues(formData), defaultProducts: formData.getAll("defaultProducts"), defaultCountries: formData.getAll("defaultCountries") });
  } catch (error) {
    return failed(error, formData, ["defaultProducts", "defaultCountries"]);
  }
  redirect("/market/sources?registered=1");
}

export async function toggleSourceAction(formData: FormData): Promise<void> {
  const actor = await requireFormActor("/market/sources");
  await attempt(() => market.setFeedSourceActive(actor, String(formData.get("sourceId") ?? ""), formData.get("active") === "1"));
  redirect("/market/sources");
}

export async function fetchSourceNowAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireFormActor("/market/sources");
    market.assertCanPublish(actor);
    const outcome = await gatherOneFeed(String(formData.get("sourceId") ?? ""));
    const { t } = await getT("market");
    if (!outcome) return { status: "error", message: t("sources.fetch_not_found") };
    if (outcome.status === "error") return { status: "error", message: t("sources.fetch_failed", { error: outcome.error }) };

    return { status: "ok", message: t("sources.fetched", outcome) };
  } catch (error) {
    return formError(error, formData);
  }
}
