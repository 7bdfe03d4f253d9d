import { NextResponse, type NextRequest } from "next/server";
import { ROLL_AFTER_SECONDS, nowSeconds, readSessionToken, sessionCookieName, sessionCookieOptions, writeSessionToken } from "./server/session-token";

// The proxy only keeps the session cookie honest: it rolls the idle timer and clears an
// expired session. Authorisation happens in every page and service, never here.
// It cannot import server-only modules, so it reads the two variables it needs directly.
function secure(): boolean {
  const setting = process.env.COOKIE_SECURE ?? "auto";

  return setting === "auto" ? process.env.NODE_ENV === "production" : setting === "true";
}

export async function proxy(request: NextRequest) {
  const secret = process.env.NEXTAUTH_SECRET;
  const name = sessionCookieName(secure());
  const raw = request.cookies.get(name)?.value;
  if (!secret || !raw) return NextResponse.next();

  const now = nowSeconds();
  const state = await readSessionToken(raw, secret, now);
  // Roll only on reads: a POST may be the logout whose cookie deletion a rolled cookie would
  // overwrite, and every form post is followed by a GET that rolls the timer anyway.
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (state.status === "valid" && (!isRead || now - state.claims.lastSeen < ROLL_AFTER_SECONDS)) return NextResponse.next();

  // Pages read cookies from the request, so the refreshed or cleared cookie must be on it too.
  if (state.status === "valid") {
    const token = await writeSessionToken({ ...state.claims, lastSeen: now }, secret);
    request.cookies.set(name, token);
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.cookies.set(name, token, sessionCookieOptions(secure()));

    return response;
  }
  request.cookies.delete(name);
  const response = NextResponse.next({ request: { headers: request.headers } });
  // A __Host- cookie is only replaced by a Set-Cookie with the same Secure and Path attributes.
  response.cookies.set(name, "", { ...sessionCookieOptions(secure()), maxAge: 0 });

  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
