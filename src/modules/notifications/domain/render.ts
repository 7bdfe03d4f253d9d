// Pure helpers for notifications: no Prisma, no i18next instance.
import type { Locale } from "@/i18n/settings";

/** A param value: plain, or one text per locale ({ "zh-CN": "…", "en": "…" }) resolved at read time. */
export type NotificationParam = string | number | Partial<Record<Locale, string>>;
export type NotificationParams = Record<string, NotificationParam>;

const KEY_PATTERN = /^[a-z_]+:[a-z0-9_.]+$/;

/** Keys are "<namespace>:<dotted.key>" so the inbox can translate them with the right namespace. */
export function splitKey(key: string): { ns: string; key: string } {
  if (!KEY_PATTERN.test(key)) throw new Error(`notification key must look like "ns:some.key" (got ${key})`);
  const [ns = "", rest = ""] = key.split(/:(.*)/s);

  return { ns, key: rest };
}

/** Picks the reader's language from per-locale params; falls back to Chinese, then to any text given. */
export function resolveParams(params: NotificationParams, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" || typeof value === "number") out[name] = value;
    else out[name] = value[locale] ?? value["zh-CN"] ?? Object.values(value).find((v) => typeof v === "string") ?? "";
  }

  return out;
}

export function parseParams(json: string): NotificationParams {
  try {
    const value: unknown = JSON.parse(json);

    return value && typeof value === "object" && !Array.isArray(value) ? (value as NotificationParams) : {};
  } catch {
    return {};
  }
}

/** Only same-site paths: a notification link must never send someone off the portal. */
export function isSafeLink(link: string | null | undefined): link is string {
  return typeof link === "string" && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
}
