import "server-only";
import { cookies } from "next/headers";
import { notFound as nextNotFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadSessionUser, resolveActingFor, type SessionUser } from "@/modules/identity/service";
import { actorCan, type Actor } from "./actor";
import { env, secureCookies } from "./env";
import type { Permission } from "./permissions";
import { clientIp } from "./request-context";
import { nowSeconds, readSessionToken, sessionCookieName, sessionCookieOptions, writeSessionToken, type SessionClaims } from "./session-token";

export const ACTING_COOKIE = "qkt_acting";

/** Signs `user` in on this device. `authTime` (seconds) is for a session re-issued after a password change. */
export async function startSession(user: SessionUser, authTime?: number): Promise<void> {
  const now = nowSeconds();
  const claims: SessionClaims = { sub: user.id, role: user.role, name: user.name, countyCode: user.countyCode, prefectureCode: user.prefectureCode, stationId: user.stationId, authTime: authTime ?? now, lastSeen: now };
  const secure = secureCookies();
  const jar = await cookies();
  jar.set(sessionCookieName(secure), await writeSessionToken(claims, env().NEXTAUTH_SECRET), sessionCookieOptions(secure));
  jar.delete(ACTING_COOKIE);
}

export async function endSession(): Promise<void> {
  const secure = secureCookies();
  const jar = await cookies();
  // A __Host- cookie is only replaced by a Set-Cookie with the same Secure and Path attributes.
  jar.set(sessionCookieName(secure), "", { ...sessionCookieOptions(secure), maxAge: 0 });
  jar.delete(ACTING_COOKIE);
}

/** The signed-in user, re-read from the database so a disabled account or changed role takes effect at once. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const state = await readSessionToken(jar.get(sessionCookieName(secureCookies()))?.value, env().NEXTAUTH_SECRET, nowSeconds());
  if (state.status !== "valid") return null;

  return loadSessionUser(state.claims.sub, state.claims.authTime);
});

export async function actorFor(user: SessionUser, actingApplicantId: string | undefined, ip: string): Promise<Actor> {
  const actingFor = actingApplicantId ? await resolveActingFor(user, actingApplicantId) : null;

  return { userId: user.id, role: user.role, name: user.name, countyCode: user.countyCode, prefectureCode: user.prefectureCode, stationId: user.stationId, actingFor, ip };
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await getSessionUser();
  if (!user) return null;

  return actorFor(user, (await cookies()).get(ACTING_COOKIE)?.value, await clientIp());
});

/** Every page authorises itself (cal.com's page-level rule); a layout never does. */
export async function requireActor(nextPath: string, permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(nextPath)}`);
  // A page for a role you don't have is as absent as someone else's record.
  if (permission && !actorCan(actor, permission)) nextNotFound();

  return actor;
}
