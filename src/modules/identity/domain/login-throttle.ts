/**
 * Login throttling policy (OWASP ASVS 4.0.3 V2.2.1, NIST SP 800-63B §5.2.2).
 * Pure: the caller loads recent failed attempts and passes `now`; this decides.
 *
 * Two rules, both as sliding windows anchored on real failures so a lock
 * always ends at a time we can tell the user:
 *  1. Burst: 5 failures within 15 minutes — for the account, or from one IP
 *     (password spraying across accounts) — locks until the 5th-most-recent
 *     failure is 15 minutes old.
 *  2. Hard cap (V2.2.1: "no more than 100 failed attempts per hour"): 100
 *     account failures within an hour lock until the oldest of them is an hour
 *     old. Rule 1 alone already keeps a steady attacker well below this; the
 *     cap is the backstop if the burst rule is ever loosened.
 */

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type LoginFailures = {
  /** Failed attempts against this account (any IP). */
  account: readonly Date[];
  /** Failed attempts from this IP (any account). */
  ip: readonly Date[];
};

type WindowRule = { maxFailures: number; windowMs: number };

const MINUTE_MS = 60_000;

export const BURST_RULE: WindowRule = { maxFailures: 5, windowMs: 15 * MINUTE_MS };
export const HOURLY_CAP_RULE: WindowRule = { maxFailures: 100, windowMs: 60 * MINUTE_MS };

/** How far back the caller must load failures for the decision to be exact. */
export const THROTTLE_LOOKBACK_MS = Math.max(BURST_RULE.windowMs, HOURLY_CAP_RULE.windowMs);

/**
 * When `rule` stops blocking, or null if it does not block at `now`.
 * The Nth-most-recent failure (N = maxFailures) is the one that must age out
 * of the window before fewer than N remain inside it.
 */
function lockedUntil(failures: readonly Date[], rule: WindowRule, now: Date): number | null {
  if (failures.length < rule.maxFailures) return null;
  const newestFirst = failures.map((d) => d.getTime()).sort((a, b) => b - a);
  const nth = newestFirst[rule.maxFailures - 1];
  if (nth === undefined) return null;
  const until = nth + rule.windowMs;
  return until > now.getTime() ? until : null;
}

export function checkLoginThrottle(failures: LoginFailures, now: Date): ThrottleDecision {
  const locks = [
    lockedUntil(failures.account, BURST_RULE, now),
    lockedUntil(failures.ip, BURST_RULE, now),
    lockedUntil(failures.account, HOURLY_CAP_RULE, now),
  ].filter((until): until is number => until !== null);
  if (locks.length === 0) return { allowed: true };
  const latest = Math.max(...locks);
  // Round up so a client that waits exactly this long is let in.
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((latest - now.getTime()) / 1000)) };
}
