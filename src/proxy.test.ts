import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { config, proxy } from "./proxy";
import { IDLE_TIMEOUT_SECONDS, nowSeconds, sessionCookieName, writeSessionToken } from "./server/session-token";

const SECRET = "proxy-test-secret-0123456789abcdef0123456789";
const NAME = sessionCookieName(false);

async function requestWithSession(method: string, lastSeenAgo: number): Promise<NextRequest> {
  const now = nowSeconds();
  const token = await writeSessionToken({ sub: "u1", role: "applicant", name: "测试", countyCode: "520328", prefectureCode: null, stationId: null, authTime: now - lastSeenAgo, lastSeen: now - lastSeenAgo }, SECRET);

  return new NextRequest("http://localhost/subjects", { method, headers: { cookie: `${NAME}=${token}` } });
}

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.COOKIE_SECURE = "false";
});

describe("proxy session rolling", () => {
  it("rolls an active session on a page read after a minute", async () => {
    const response = await proxy(await requestWithSession("GET", 120));
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`${NAME}=`) && !c.includes("Max-Age=0"))).toBe(true);
  });

  it("does not roll on a POST, so a logout's deletion is the only Set-Cookie", async () => {
    const response = await proxy(await requestWithSession("POST", 120));
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("clears a session idle for longer than 30 minutes", async () => {
    const response = await proxy(await requestWithSession("GET", IDLE_TIMEOUT_SECONDS + 5));
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`${NAME}=;`) && c.includes("Max-Age=0"))).toBe(true);
  });

  it("leaves a fresh session alone", async () => {
    const response = await proxy(await requestWithSession("GET", 5));
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe("proxy matcher", () => {
  // The JSON API reads sessions through getActor, which enforces the idle and absolute
  // limits itself; skipping the proxy there halves the per-request overhead of the public
  // screen endpoint (npm run bench:eligibility: 580 → 817 req/s at 50 clients).
  const matches = (path: string) => config.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(path));

  it("runs on pages and skips the API and static files", () => {
    expect(matches("/subjects")).toBe(true);
    expect(matches("/")).toBe(true);
    expect(matches("/api/v1/eligibility/screen")).toBe(false);
    expect(matches("/_next/static/chunks/app.js")).toBe(false);
    expect(matches("/robots.txt")).toBe(false);
  });
});
