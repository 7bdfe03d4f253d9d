import { describe, expect, it } from "vitest";
import { PRODUCT_CODES, findProductCode, productCodesFromText } from "./product-codes";

describe("product codes", () => {
  it("are unique slugs with six-digit HS codes", () => {
    expect(new Set(PRODUCT_CODES.map((p) => p.code)).size).toBe(PRODUCT_CODES.length);
    for (const p of PRODUCT_CODES) {
      expect(p.code).toMatch(/^[a-z-]+$/);
      expect(p.hs6).toMatch(/^\d{6}$/);
    }
    expect(findProductCode("green-tea")?.nameZh).toBe("绿茶");
    expect(findProductCode("nope")).toBeUndefined();
  });

  it("recognises products in a subject's own words", () => {
    expect(productCodesFromText(["湄潭翠芽绿茶", "遵义红红茶"]).sort()).toEqual(["black-tea", "green-tea"]);
    expect(productCodesFromText(["干辣椒", "辣椒面", "糟辣椒酱"]).sort()).toEqual(["chili-sauce", "dried-chili", "ground-chili"]);
    expect(productCodesFromText(["苗绣挂件"])).toEqual(["miao-embroidery"]);
    expect(productCodesFromText(["牛肉干"])).toEqual([]);
  });
});
