import { describe, expect, it } from "vitest";
import {
  computeResidentIdCheckDigit,
  computeUsccCheckChar,
  isValidResidentId,
  isValidUscc,
  parseSubjectIdentifier,
} from "./identifiers";

const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const TODAY = new Date("2025-06-01T00:00:00Z");

// Codes published on business licences / the national enterprise credit
// information publicity system.
const PUBLISHED_USCCS = [
  "91350100M000100Y43", // the textbook example
  "9144030071526726XG", // Shenzhen Tencent Computer Systems Co., Ltd.
  "914403001922038216", // Huawei Technologies Co., Ltd.
  "91110108551385082Q", // Xiaomi Technology Co., Ltd.
];

function withCheckChar(first17: string): string {
  return first17 + computeUsccCheckChar(first17);
}

function withCheckDigit(first17: string): string {
  return first17 + computeResidentIdCheckDigit(first17);
}

/** Every string that differs from `code` in exactly one position, over `alphabet`. */
function singleCharMutations(code: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 1) {
    for (const char of alphabet) {
      if (char !== code[i]) out.push(code.slice(0, i) + char + code.slice(i + 1));
    }
  }
  return out;
}

describe("computeUsccCheckChar", () => {
  it("reproduces the check char of published codes", () => {
    for (const code of PUBLISHED_USCCS) {
      expect(computeUsccCheckChar(code.slice(0, 17))).toBe(code.slice(17));
    }
  });

  it("maps a remainder of 0 to '0' and a value of 30 to 'Y'", () => {
    // Search the digit in position 17 that yields each edge value.
    const results = [...USCC_CHARSET].map((c) => computeUsccCheckChar(`9152032800000000${c}`));
    expect(results).toContain("0");
    expect(results).toContain("Y");
    expect(results.every((r) => USCC_CHARSET.includes(r))).toBe(true);
  });

  it("rejects input that is not 17 charset characters", () => {
    expect(() => computeUsccCheckChar("9135010")).toThrow(RangeError);
    expect(() => computeUsccCheckChar("91350100M00010OY4")).toThrow(RangeError); // letter O
  });
});

describe("isValidUscc", () => {
  it.each(PUBLISHED_USCCS)("accepts published code %s", (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  it("accepts derived codes for Guizhou authorities and entity types", () => {
    const derived = [
      withCheckChar("92520328MA6H00000"), // Meitan individual business
      withCheckChar("93522732MA6DK1234"), // Sandu farmers' cooperative
      withCheckChar("12520000MB1234567"), // Guizhou public institution
      withCheckChar("N2520328MF0000012"), // village collective economic organisation
    ];
    for (const code of derived) expect(isValidUscc(code)).toBe(true);
  });

  it("normalises whitespace and lowercase", () => {
    expect(isValidUscc("  91350100m000100y43\n")).toBe(true);
    expect(parseSubjectIdentifier("uscc", " 9144030071526726xg ")).toEqual({
      ok: true,
      normalised: "9144030071526726XG",
    });
  });

  it.each(PUBLISHED_USCCS)("rejects every single-character mutation of %s", (code) => {
    const mutations = singleCharMutations(code, USCC_CHARSET + "IOZSV");
    expect(mutations.length).toBe(18 * 35);
    const accepted = mutations.filter((m) => isValidUscc(m));
    expect(accepted).toEqual([]);
  });

  it("rejects wrong lengths", () => {
    expect(isValidUscc("")).toBe(false);
    expect(isValidUscc("91350100M000100Y4")).toBe(false);
    expect(isValidUscc("91350100M000100Y430")).toBe(false);
  });

  it("rejects characters outside the charset as a format error", () => {
    for (const bad of ["I", "O", "Z", "S", "V", "-", " ", "中"]) {
      const code = `91350100M0001${bad}0Y43`;
      expect(parseSubjectIdentifier("uscc", code)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("rejects an unknown authority, type, or non-numeric division code as format", () => {
    expect(parseSubjectIdentifier("uscc", withCheckChar("B1350100M000100Y4"))).toEqual({ ok: false, reason: "format" });
    expect(parseSubjectIdentifier("uscc", withCheckChar("90350100M000100Y4"))).toEqual({ ok: false, reason: "format" });
    expect(parseSubjectIdentifier("uscc", withCheckChar("913501A0M000100Y4"))).toEqual({ ok: false, reason: "format" });
  });

  it("reports a wrong check character as checksum", () => {
    expect(parseSubjectIdentifier("uscc", "91350100M000100Y44")).toEqual({ ok: false, reason: "checksum" });
  });

  it("detects an adjacent transposition of distinct characters", () => {
    const code = "9144030071526726XG";
    const swapped = code.slice(0, 9) + code[10] + code[9] + code.slice(11);
    expect(isValidUscc(swapped)).toBe(false);
  });
});

describe("computeResidentIdCheckDigit", () => {
  it("matches the worked examples of GB 11643-1999", () => {
    expect(computeResidentIdCheckDigit("11010519491231002")).toBe("X");
    expect(computeResidentIdCheckDigit("44052418800101001")).toBe("4");
  });

  it("rejects non-digit or wrong-length input", () => {
    expect(() => computeResidentIdCheckDigit("1101051949123100")).toThrow(RangeError);
    expect(() => computeResidentIdCheckDigit("1101051949123100X")).toThrow(RangeError);
  });
});

describe("isValidResidentId", () => {
  const valid = "11010519491231002X"; // GB 11643-1999's own example
  const guizhou = withCheckDigit("52032819800101123"); // Meitan, 1 Jan 1980

  it("accepts the standard's example and derived Guizhou numbers", () => {
    expect(isValidResidentId(valid, { today: TODAY })).toBe(true);
    expect(isValidResidentId(guizhou, { today: TODAY })).toBe(true);
    expect(isValidResidentId(withCheckDigit("52273220000229456"), { today: TODAY })).toBe(true); // leap day
  });

  it("accepts a lowercase x and normalises it", () => {
    expect(parseSubjectIdentifier("resident_id", " 11010519491231002x ", { today: TODAY })).toEqual({
      ok: true,
      normalised: valid,
    });
  });

  it("rejects every single-character mutation", () => {
    for (const id of [valid, guizhou]) {
      const accepted = singleCharMutations(id, "0123456789X").filter((m) =>
        isValidResidentId(m, { today: TODAY }),
      );
      expect(accepted).toEqual([]);
    }
  });

  it("rejects wrong length, letters, and the 15-digit first-generation format", () => {
    for (const bad of ["", "11010519491231002", "11010519491231002X1", "110105491231002", "1101051949123100AX", "X1010519491231002X"]) {
      expect(parseSubjectIdentifier("resident_id", bad, { today: TODAY })).toEqual({ ok: false, reason: "format" });
    }
  });

  it("rejects a checksum mismatch as checksum", () => {
    expect(parseSubjectIdentifier("resident_id", "110105194912310021", { today: TODAY })).toEqual({
      ok: false,
      reason: "checksum",
    });
  });

  it("rejects non-calendar dates as birthdate even with a correct check digit", () => {
    for (const body of [
      "52032819801301123", // month 13
      "52032819800001123", // month 0
      "52032819800100123", // day 0
      "52032819800431123", // 31 April
      "52032819010229123", // 29 Feb in a common year
      "52032819000229123", // 1900 is not a leap year
    ]) {
      expect(parseSubjectIdentifier("resident_id", withCheckDigit(body), { today: TODAY })).toEqual({
        ok: false,
        reason: "birthdate",
      });
    }
    expect(isValidResidentId(withCheckDigit("52032820000229123"), { today: TODAY })).toBe(true); // 2000 is
  });

  it("rejects births before 1900 (the standard's own 1880 example included)", () => {
    expect(parseSubjectIdentifier("resident_id", "440524188001010014", { today: TODAY })).toEqual({
      ok: false,
      reason: "birthdate",
    });
    expect(isValidResidentId(withCheckDigit("52032818991231123"), { today: TODAY })).toBe(false);
    expect(isValidResidentId(withCheckDigit("52032819000101123"), { today: TODAY })).toBe(true);
  });

  it("rejects a birth date after today, judged at China time (UTC+8)", () => {
    const bornToday = withCheckDigit("52032820250601123");
    const bornTomorrow = withCheckDigit("52032820250602123");
    expect(isValidResidentId(bornToday, { today: TODAY })).toBe(true);
    expect(parseSubjectIdentifier("resident_id", bornTomorrow, { today: TODAY })).toEqual({
      ok: false,
      reason: "birthdate",
    });
    // 2025-06-01T16:00Z is already 2 June in Beijing.
    expect(isValidResidentId(bornTomorrow, { today: new Date("2025-06-01T16:00:00Z") })).toBe(true);
    expect(isValidResidentId(bornTomorrow, { today: new Date("2025-06-01T15:59:59Z") })).toBe(false);
  });

  it("rejects province codes that do not exist", () => {
    for (const prefix of ["00", "10", "16", "20", "24", "30", "38", "47", "55", "60", "66", "70", "72", "80", "83", "99"]) {
      expect(
        parseSubjectIdentifier("resident_id", withCheckDigit(`${prefix}032819800101123`), { today: TODAY }),
      ).toEqual({ ok: false, reason: "region" });
    }
    for (const prefix of ["11", "46", "50", "52", "65", "71", "81", "82"]) {
      expect(isValidResidentId(withCheckDigit(`${prefix}032819800101123`), { today: TODAY })).toBe(true);
    }
  });

  it("defaults today to the real clock", () => {
    expect(isValidResidentId(valid)).toBe(true);
    expect(isValidResidentId(withCheckDigit("52032830000101123"))).toBe(false);
  });
});

describe("parseSubjectIdentifier", () => {
  it("dispatches on kind", () => {
    expect(parseSubjectIdentifier("uscc", "11010519491231002X").ok).toBe(false);
    expect(parseSubjectIdentifier("resident_id", "91350100M000100Y43").ok).toBe(false);
  });
});
