import { describe, expect, it } from "vitest";
import { ROLES } from "@/server/permissions";
import { COMMON_PASSWORDS_ZH } from "./common-passwords-zh";
import { checkPassword, isCommonPassword, minimumPasswordLength, PASSWORD_MAX_LENGTH } from "./password-policy";

// Not in any dictionary; long enough for every role.
const GOOD = "tea-terraces-at-dawn";

describe("COMMON_PASSWORDS_ZH", () => {
  it("has at least 100 unique lowercase entries", () => {
    expect(COMMON_PASSWORDS_ZH.length).toBeGreaterThanOrEqual(100);
    expect(new Set(COMMON_PASSWORDS_ZH).size).toBe(COMMON_PASSWORDS_ZH.length);
    for (const p of COMMON_PASSWORDS_ZH) expect(p).toBe(p.toLowerCase());
  });
});

describe("minimumPasswordLength", () => {
  it("is 8 for applicants and 12 for every other role (ASVS V2.1.1)", () => {
    expect(minimumPasswordLength("applicant")).toBe(8);
    for (const role of ROLES.filter((r) => r !== "applicant")) {
      expect(minimumPasswordLength(role)).toBe(12);
    }
  });
});

describe("checkPassword — length", () => {
  it("applies the role's minimum at the boundary", () => {
    expect(checkPassword("kx7#mq2v", "applicant")).toEqual({ ok: true });
    expect(checkPassword("kx7#mq2", "applicant")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPassword("kx7#mq2vlp9w", "official")).toEqual({ ok: true });
    expect(checkPassword("kx7#mq2vlp9", "official")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPassword("kx7#mq2vlp9", "station_staff")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPassword("kx7#mq2vlp9", "administrator")).toEqual({ ok: false, reason: "too_short" });
  });

  it("allows 128 characters and rejects 129", () => {
    const max = "rice-".repeat(26).slice(0, PASSWORD_MAX_LENGTH);
    expect(max).toHaveLength(128);
    expect(checkPassword(max, "official")).toEqual({ ok: true });
    expect(checkPassword(`${max}x`, "official")).toEqual({ ok: false, reason: "too_long" });
  });

  it("counts characters, not UTF-16 units or bytes", () => {
    expect(checkPassword("湄潭翠芽明前茶", "applicant")).toEqual({ ok: false, reason: "too_short" }); // 7
    expect(checkPassword("湄潭翠芽明前好茶", "applicant")).toEqual({ ok: true }); // 8
    expect(checkPassword("🍵🍵🍵🍵🍵🍵🍵", "applicant")).toEqual({ ok: false, reason: "too_short" }); // 14 units
  });

  it("has no composition rules (ASVS V2.1.9)", () => {
    expect(checkPassword("alllowercaseletters", "official")).toEqual({ ok: true });
    expect(checkPassword("spaces are fine here", "official")).toEqual({ ok: true });
  });
});

describe("checkPassword — common passwords", () => {
  it.each(["woaini1314", "5201314520", "qq123456", "123456789", "a1234567", "zhang123", "88888888", "1qaz2wsx", "iloveyou"])(
    "rejects %s",
    (password) => {
      expect(checkPassword(password, "applicant")).toEqual({ ok: false, reason: "common" });
    },
  );

  it("rejects entries from the general dictionary", () => {
    expect(checkPassword("password", "applicant")).toEqual({ ok: false, reason: "common" });
    expect(checkPassword("baseball", "applicant")).toEqual({ ok: false, reason: "common" });
    expect(checkPassword("superman", "applicant")).toEqual({ ok: false, reason: "common" });
  });

  it("compares case-insensitively", () => {
    expect(isCommonPassword("WoAiNi1314")).toBe(true);
    expect(isCommonPassword("PASSWORD")).toBe(true);
    expect(checkPassword("1QAZ2WSX", "applicant")).toEqual({ ok: false, reason: "common" });
  });

  it("rejects every long-enough entry of the Chinese list", () => {
    for (const p of COMMON_PASSWORDS_ZH.filter((x) => [...x].length >= 8)) {
      expect(checkPassword(p, "applicant"), p).toEqual({ ok: false, reason: "common" });
    }
  });

  it("lets an uncommon password through", () => {
    expect(isCommonPassword(GOOD)).toBe(false);
    expect(checkPassword(GOOD, "administrator")).toEqual({ ok: true });
  });
});

describe("checkPassword — personal data", () => {
  const phone = "13800000001";

  it("rejects the phone number itself and passwords containing it", () => {
    expect(checkPassword(phone, "applicant", { phone })).toEqual({ ok: false, reason: "contains_personal" });
    expect(checkPassword(`tea${phone}`, "applicant", { phone })).toEqual({ ok: false, reason: "contains_personal" });
    expect(checkPassword(`138-0000-0001x`, "applicant", { phone })).toEqual({ ok: false, reason: "contains_personal" });
  });

  it("normalises a stored +86 phone", () => {
    expect(checkPassword(`${phone}!`, "applicant", { phone: "+86 138 0000 0001" })).toEqual({
      ok: false,
      reason: "contains_personal",
    });
  });

  it("allows the phone number when no context is given, and other numbers", () => {
    expect(checkPassword(phone, "applicant")).toEqual({ ok: true });
    expect(checkPassword("13900000002", "applicant", { phone })).toEqual({ ok: true });
  });

  it("rejects passwords containing the user's name", () => {
    expect(checkPassword("王芳的茶园2024", "applicant", { name: "王芳" })).toEqual({ ok: false, reason: "contains_personal" });
    expect(checkPassword("zhangwei-meitan", "applicant", { name: "Zhang Wei" })).toEqual({
      ok: false,
      reason: "contains_personal",
    });
  });

  it("does not match very short Latin names inside unrelated words", () => {
    expect(checkPassword("climbing-rocks", "applicant", { name: "Li" })).toEqual({ ok: true });
  });

  it("reports length before content", () => {
    expect(checkPassword("1380000", "applicant", { phone })).toEqual({ ok: false, reason: "too_short" });
  });
});
