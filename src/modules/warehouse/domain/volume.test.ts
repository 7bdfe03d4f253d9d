import { describe, expect, it } from "vitest";
import { formatCentiM3, parseVolumeM3 } from "./volume";

describe("parseVolumeM3", () => {
  it("reads decimal strings and numbers in 0.01 m³ steps, exactly", () => {
    expect(parseVolumeM3("3")).toEqual({ ok: true, centi: 300 });
    expect(parseVolumeM3(" 3.5 ")).toEqual({ ok: true, centi: 350 });
    expect(parseVolumeM3("0.01")).toEqual({ ok: true, centi: 1 });
    expect(parseVolumeM3(0.07)).toEqual({ ok: true, centi: 7 });
    expect(parseVolumeM3(12.25)).toEqual({ ok: true, centi: 1225 });
    expect(parseVolumeM3(1.1)).toEqual({ ok: true, centi: 110 });
  });

  it("refuses a third decimal and float noise instead of rounding", () => {
    expect(parseVolumeM3("0.005")).toEqual({ ok: false, reason: "volume_too_precise" });
    expect(parseVolumeM3(0.1 + 0.2)).toEqual({ ok: false, reason: "volume_too_precise" });
    expect(parseVolumeM3(1e-7)).toEqual({ ok: false, reason: "volume_too_precise" });
  });

  it("refuses zero, negatives, junk and absurd sizes", () => {
    expect(parseVolumeM3("0")).toEqual({ ok: false, reason: "volume_not_positive" });
    expect(parseVolumeM3("0.00")).toEqual({ ok: false, reason: "volume_not_positive" });
    expect(parseVolumeM3(-1)).toEqual({ ok: false, reason: "volume_invalid" });
    expect(parseVolumeM3("3 m3")).toEqual({ ok: false, reason: "volume_invalid" });
    expect(parseVolumeM3("1,5")).toEqual({ ok: false, reason: "volume_invalid" });
    expect(parseVolumeM3(null)).toEqual({ ok: false, reason: "volume_invalid" });
    expect(parseVolumeM3(Number.NaN)).toEqual({ ok: false, reason: "volume_invalid" });
    expect(parseVolumeM3("10000.01")).toEqual({ ok: false, reason: "volume_too_large" });
  });

  it("formats back to the shortest exact decimal", () => {
    expect(formatCentiM3(300)).toBe("3");
    expect(formatCentiM3(350)).toBe("3.5");
    expect(formatCentiM3(1)).toBe("0.01");
    expect(formatCentiM3(1225)).toBe("12.25");
    expect(formatCentiM3(0)).toBe("0");
  });

  it("a hundred 0.01 m³ steps make exactly 1 m³", () => {
    let total = 0;
    for (let i = 0; i < 100; i += 1) {
      const step = parseVolumeM3("0.01");
      if (step.ok) total += step.centi;
    }
    expect(formatCentiM3(total)).toBe("1");
  });
});
