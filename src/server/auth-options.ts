import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/modules/identity/service";
import { env, secureCookies } from "./env";
import { ABSOLUTE_TIMEOUT_SECONDS, nowSeconds, sessionCookieName, sessionCookieOptions } from "./session-token";

/**
 * next-auth v4 with the credentials provider and JWT sessions. The portal's own login form
 * is a server action (it works without JavaScript and needs no CSRF round trip); both paths
 * call the same `authenticate` and write the same cookie and claims.
 */
export function authOptions(): NextAuthOptions {
  return {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_SECONDS },
  pages: { signIn: "/login" },
  cookies: {
    sessionToken: { name: sessionCookieName(secureCookies()), options: sessionCookieOptions(secureCookies()) },
  },
  providers: [
    CredentialsProvider({
      name: "phone",
      credentials: { phone: { label: "phone", type: "tel" }, password: { label: "password", type: "password" } },
      async authorize(credentials, request) {
        const forwarded = env().TRUST_PROXY === "1" ? String(request.headers?.["x-forwarded-for"] ?? "").split(",")[0]?.trim() : "";
        try {
          const user = await authenticate({ phone: credentials?.phone, password: credentials?.password }, { ip: forwarded || "local" });

          return { id: user.id, name: user.name, role: user.role, countyCode: user.countyCode, prefectureCode: user.prefectureCode, stationId: user.stationId };
        } catch {
          return null;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const now = nowSeconds();
        const u = user as { role?: string; countyCode?: string | null; prefectureCode?: string | null; stationId?: string | null };

        return { ...token, sub: user.id, role: u.role, countyCode: u.countyCode ?? null, prefectureCode: u.prefectureCode ?? null, stationId: u.stationId ?? null, authTime: now, lastSeen: now };
      }

      return { ...token, lastSeen: nowSeconds() };
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, role: token.role, countyCode: token.countyCode } };
    },
  },
};
}
