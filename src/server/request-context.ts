import "server-only";
import { headers } from "next/headers";
import { env } from "./env";

/** Client IP for throttling and audit: X-Forwarded-For is trusted only behind a configured proxy. */
export async function clientIp(): Promise<string> {
  const h = await headers();
  if (env().TRUST_PROXY === "1") {
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }

  return h.get("x-real-ip") ?? "local";
}

export function clientIpFromRequest(request: Request): string {
  if (env().TRUST_PROXY === "1") {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }

  return request.headers.get("x-real-ip") ?? "local";
}
