// The session is a next-auth v4 JWT (encrypted, in an HttpOnly cookie). Shared by the
// proxy (which rolls the idle timer) and the server (which reads it); no server-only here.
import { decode, encode, type JWT } from "next-auth/jwt";

// ASVS 3.3.2 / MLPS 2.0: re-authenticate after 30 minutes idle or 12 hours in all.
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;
// Rolling the cookie on every request would re-encrypt it on every page; once a minute is enough.
export const ROLL_AFTER_SECONDS = 60;

export type SessionClaims = {
  sub: string;
  role: string;
  name: string;
  countyCode: string | null;
  prefectureCode: string | null;
  stationId: string | null;
  authTime: number;
  lastSeen: number;
};

export function sessionCookieName(secure: boolean): string {
  // ASVS 3.4.4: the __Host- prefix pins the cookie to this host and path, and needs Secure.
  return secure ? "__Host-qkt.session" : "qkt.session";
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

export function nowSeconds(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000);
}

export type SessionState = { status: "valid"; claims: SessionClaims } | { status: "expired" } | { status: "none" };

export function judgeClaims(token: JWT | null, now: number): SessionState {
  if (!token || typeof token.sub !== "string") return { status: "none" };
  const authTime = Number(token.authTime);
  const lastSeen = Number(token.lastSeen);
  if (!Number.isFinite(authTime) || !Number.isFinite(lastSeen)) return { status: "none" };
  if (now - lastSeen > IDLE_TIMEOUT_SECONDS || now - authTime > ABSOLUTE_TIMEOUT_SECONDS) return { status: "expired" };

  return {
    status: "valid",
    claims: {
      sub: token.sub,
      role: String(token.role),
      name: String(token.name ?? ""),
      countyCode: typeof token.countyCode === "string" ? token.countyCode : null,
      prefectureCode: typeof token.prefectureCode === "string" ? token.prefectureCode : null,
      stationId: typeof token.stationId === "string" ? token.stationId : null,
      authTime,
      lastSeen,
    },
  };
}

export async function readSessionToken(raw: string | undefined, secret: string, now: number): Promise<SessionState> {
  if (!raw) return { status: "none" };
  try {
    return judgeClaims(await decode({ token: raw, secret }), now);
  } catch {
    return { status: "none" };
  }
}

export async function writeSessionToken(claims: SessionClaims, secret: string): Promise<string> {
  return encode({ token: { ...claims }, secret, maxAge: ABSOLUTE_TIMEOUT_SECONDS });
}
