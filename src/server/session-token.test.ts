import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS, judgeClaims, readSessionToken, writeSessionToken } from "./session-token";

const claims = { sub: "u1", role: "official", name: "李审核", countyCode: null, prefectureCode: "5203", stationId: null };

describe("session expiry (ASVS 3.3.2)", () => {
  const now = 1_800_000_000;

  it("is valid while active within 12 hours", () => {
    expect(judgeClaims({ ...claims, authTime: now - ABSOLUTE_TIMEOUT_SECONDS + 60, lastSeen: now - 60 }, now).status).toBe("valid");
  });

  it("expires after 30 minutes idle", () => {
    expect(judgeClaims({ ...claims, authTime: now - 3600, lastSeen: now - IDLE_TIMEOUT_SECONDS - 1 }, now).status).toBe("expired");
  });

  it("expires 12 hours after sign-in however active", () => {
    expect(judgeClaims({ ...claims, authTime: now - ABSOLUTE_TIMEOUT_SECONDS - 1, lastSeen: now }, now).status).toBe("expired");
  });

  it("treats a missing or forged token as no session", async () => {
    expect(judgeClaims(null, now).status).toBe("none");
    const token = await writeSessionToken({ ...claims, authTime: now, lastSeen: now }, "secret-a-0123456789abcdef0123456789");
    expect((await readSessionToken(token, "secret-b-0123456789abcdef0123456789", now)).status).toBe("none");
    expect((await readSessionToken(token, "secret-a-0123456789abcdef0123456789", now)).status).toBe("valid");
  });
});
