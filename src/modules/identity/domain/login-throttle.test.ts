import { describe, expect, it } from "vitest";
import { checkLoginThrottle, THROTTLE_LOOKBACK_MS } from "./login-throttle";

const NOW = new Date("2025-06-01T08:00:00.000Z");
const SECOND = 1000;
const MINUTE = 60 * SECOND;

function ago(ms: number): Date {
  return new Date(NOW.getTime() - ms);
}

/** `count` failures, the newest `newestAgo` before NOW, spaced `gap` apart. */
function failures(count: number, newestAgo: number, gap = SECOND): Date[] {
  return Array.from({ length: count }, (_, i) => ago(newestAgo + i * gap));
}

describe("checkLoginThrottle — burst rule (5 in 15 minutes)", () => {
  it("allows with no failures", () => {
    expect(checkLoginThrottle({ account: [], ip: [] }, NOW)).toEqual({ allowed: true });
  });

  it("allows 4 recent account failures and locks on the 5th", () => {
    expect(checkLoginThrottle({ account: failures(4, 0), ip: [] }, NOW)).toEqual({ allowed: true });
    // 5th-most-recent was 4 s ago → locked for 15 min − 4 s.
    expect(checkLoginThrottle({ account: failures(5, 0), ip: [] }, NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 60 - 4,
    });
  });

  it("unlocks exactly when the 5th-most-recent failure is 15 minutes old", () => {
    const edge = [ago(15 * MINUTE), ago(1 * MINUTE), ago(2 * MINUTE), ago(3 * MINUTE), ago(4 * MINUTE)];
    expect(checkLoginThrottle({ account: edge, ip: [] }, NOW)).toEqual({ allowed: true });
    const justInside = [ago(15 * MINUTE - 1), ...edge.slice(1)];
    expect(checkLoginThrottle({ account: justInside, ip: [] }, NOW)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("anchors on the 5th-most-recent, not the oldest, failure", () => {
    // Seven failures: the 5th-newest is 10 min ago, the oldest 14 min ago.
    const account = [0, 2, 4, 6, 10, 12, 14].map((m) => ago(m * MINUTE));
    expect(checkLoginThrottle({ account, ip: [] }, NOW)).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
  });

  it("is independent of input order", () => {
    const account = [10, 0, 14, 4, 2, 12, 6].map((m) => ago(m * MINUTE));
    expect(checkLoginThrottle({ account, ip: [] }, NOW)).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
  });

  it("ignores failures older than the window", () => {
    expect(checkLoginThrottle({ account: failures(50, 15 * MINUTE), ip: [] }, NOW)).toEqual({ allowed: true });
  });

  it("locks on 5 failures from one IP even across accounts (password spraying)", () => {
    expect(checkLoginThrottle({ account: [], ip: failures(5, 30 * SECOND, MINUTE) }, NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 60 - 30 - 4 * 60,
    });
    expect(checkLoginThrottle({ account: [], ip: failures(4, 0) }, NOW)).toEqual({ allowed: true });
  });

  it("reports the later unlock when account and IP are both locked", () => {
    const result = checkLoginThrottle({ account: failures(5, 10 * MINUTE), ip: failures(5, 1 * MINUTE) }, NOW);
    expect(result).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 - 4 });
  });

  it("rounds a sub-second remainder up to 1 second", () => {
    const account = [ago(15 * MINUTE - 200), ...failures(4, 0)];
    expect(checkLoginThrottle({ account, ip: [] }, NOW)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe("checkLoginThrottle — hard cap (100 per hour per account, ASVS V2.2.1)", () => {
  // 4 failures every 15 minutes never trips the burst rule; the cap catches
  // what slips through if the burst rule is bypassed or loosened.
  function spread(count: number, oldestAgo: number): Date[] {
    const gap = (oldestAgo - 16 * MINUTE) / (count - 1);
    return Array.from({ length: count }, (_, i) => ago(16 * MINUTE + i * gap));
  }

  it("allows 99 failures in the last hour", () => {
    expect(checkLoginThrottle({ account: spread(99, 59 * MINUTE), ip: [] }, NOW)).toEqual({ allowed: true });
  });

  it("locks on the 100th until the oldest of those 100 is an hour old", () => {
    expect(checkLoginThrottle({ account: spread(100, 59 * MINUTE), ip: [] }, NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
    });
  });

  it("unlocks at exactly one hour", () => {
    expect(checkLoginThrottle({ account: spread(100, 60 * MINUTE), ip: [] }, NOW)).toEqual({ allowed: true });
  });

  it("does not apply the hourly cap to IPs (a station shares one address)", () => {
    expect(checkLoginThrottle({ account: [], ip: spread(100, 59 * MINUTE) }, NOW)).toEqual({ allowed: true });
  });

  it("tells callers to load an hour of history", () => {
    expect(THROTTLE_LOOKBACK_MS).toBe(60 * MINUTE);
  });
});
