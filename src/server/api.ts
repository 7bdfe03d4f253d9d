import "server-only";
import { cookies } from "next/headers";
import { translatorFor } from "@/i18n/server";
import { toLocale, type Locale } from "@/i18n/settings";
import { userForApiToken, type SessionUser } from "@/modules/identity/service";
import { actorCan, type Actor } from "./actor";
import { AppError, isAppError } from "./errors";
import type { Permission } from "./permissions";
import { clientIpFromRequest } from "./request-context";
import { ACTING_COOKIE, actorFor, getSessionUser } from "./session";

type Handler<P> = (context: { request: Request; actor: Actor; params: P; locale: Locale }) => Promise<Response>;
type PublicHandler<P> = (context: { request: Request; params: P; locale: Locale }) => Promise<Response>;

export function requestLocale(request: Request, user?: SessionUser | null): Locale {
  const header = request.headers.get("accept-language")?.split(",")[0]?.trim().toLowerCase();
  if (header?.startsWith("en")) return "en";
  if (header?.startsWith("zh")) return "zh-CN";

  return toLocale(user?.locale);
}

export function jsonError(code: string, message: string, status: number, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: code, message, ...extra }, { status });
}

/** Maps any failure to `{ error, message }`: typed errors keep their status, the rest is a logged 500. */
export function errorResponse(error: unknown, locale: Locale): Response {
  const t = translatorFor(locale, "errors");
  if (isAppError(error)) {
    const firstFieldKey = error.fieldErrors ? Object.values(error.fieldErrors)[0]?.[0] : undefined;
    const message = firstFieldKey ? t(firstFieldKey) : t(error.message, { defaultValue: t(error.code), seconds: error.details?.retryAfterSeconds, minutes: Math.ceil(Number(error.details?.retryAfterSeconds ?? 0) / 60) });
    const fields = error.fieldErrors ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((key) => t(key))])) : undefined;
    const response = jsonError(error.code, message, error.status, { ...(fields ? { fields } : {}), ...(error.details ?? {}) });
    if ((error.code === "rate_limited" || error.code === "unavailable") && error.details?.retryAfterSeconds) response.headers.set("retry-after", String(error.details.retryAfterSeconds));

    return response;
  }
  console.error("api handler failed:", error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : typeof error);

  return jsonError("internal_error", t("unexpected"), 500);
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "invalid_json");
  }
}

async function resolveUser(request: Request): Promise<SessionUser | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);

    return match?.[1] ? userForApiToken(match[1]) : null;
  }

  return getSessionUser();
}

// The gzip module's own threshold leaves bodies under 1 kB uncompressed, but Next streams a
// route handler's body without its length, so the threshold never applies and a 100-byte
// booking answer is gzipped: more server CPU than the bytes it saves (a few per cent of a
// booking's). Small JSON answers are therefore sent with `no-transform`, which that module
// (and any proxy) honours; larger ones are compressed as before.
const SMALL_BODY_BYTES = 1024;

async function uncompressedWhenSmall(response: Response): Promise<Response> {
  if (!response.body || !response.headers.get("content-type")?.startsWith("application/json")) return response;
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  if (body.byteLength < SMALL_BODY_BYTES) headers.set("cache-control", [headers.get("cache-control"), "no-transform"].filter(Boolean).join(", "));

  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** Dub-style wrapper: resolves a bearer token or the browser session, checks the permission, maps errors. */
export function withApi<P = Record<string, never>>(handler: Handler<P>, options: { permission?: Permission } = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let locale = requestLocale(request);
    try {
      const user = await resolveUser(request);
      locale = requestLocale(request, user);
      if (!user) throw new AppError("unauthenticated", "unauthenticated");
      const usesBearer = request.headers.has("authorization");
      const acting = usesBearer ? undefined : (await cookies()).get(ACTING_COOKIE)?.value;
      const actor = await actorFor(user, acting, clientIpFromRequest(request));
      if (options.permission && !actorCan(actor, options.permission)) throw new AppError("forbidden", "forbidden");

      return await uncompressedWhenSmall(await handler({ request, actor, params: await context.params, locale }));
    } catch (error) {
      return uncompressedWhenSmall(errorResponse(error, locale));
    }
  };
}

export function withPublicApi<P = Record<string, never>>(handler: PublicHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const locale = requestLocale(request);
    try {
      return await uncompressedWhenSmall(await handler({ request, params: await context.params, locale }));
    } catch (error) {
      return uncompressedWhenSmall(errorResponse(error, locale));
    }
  };
}
