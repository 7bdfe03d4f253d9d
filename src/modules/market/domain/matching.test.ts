import { describe, expect, it } from "vitest";
import { defaultFollows, isFollowerOf, matchesFollows } from "./matching";

const chiliJapan = { products: ["dried-chili"], countries: ["JP"] };

describe("matching items to followers", () => {
  it("matches on a shared product when the person follows no country", () => {
    expect(matchesFollows(chiliJapan, { products: ["dried-chili", "chili-sauce"], countries: [] })).toBe(true);
    expect(isFollowerOf(chiliJapan, { products: ["dried-chili"], countries: [] })).toBe(true);
  });

  it("does not match another product", () => {
    expect(matchesFollows(chiliJapan, { products: ["green-tea"], countries: [] })).toBe(false);
    expect(isFollowerOf(chiliJapan, { products: ["green-tea"], countries: [] })).toBe(false);
  });

  it("needs both dimensions to agree when both are followed", () => {
    expect(matchesFollows(chiliJapan, { products: ["dried-chili"], countries: ["VN"] })).toBe(false);
    expect(matchesFollows(chiliJapan, { products: ["dried-chili"], countries: ["VN", "JP"] })).toBe(true);
  });

  it("shows general news (no product) to everyone who follows its country, but pushes it only to those who name one of its tags", () => {
    const usTariff = { products: [], countries: ["US"] };
    expect(matchesFollows(usTariff, { products: ["matcha"], countries: [] })).toBe(true);
    expect(isFollowerOf(usTariff, { products: ["matcha"], countries: [] })).toBe(false);
    expect(isFollowerOf(usTariff, { products: ["matcha"], countries: ["US"] })).toBe(true);
  });

  it("matches everything for someone who follows nothing, but pushes nothing to them", () => {
    expect(matchesFollows(chiliJapan, { products: [], countries: [] })).toBe(true);
    expect(isFollowerOf(chiliJapan, { products: [], countries: [] })).toBe(false);
  });

  it("derives default follows from the products a seller's subjects list", () => {
    expect([...defaultFollows([["干辣椒", "辣椒面", "糟辣椒酱"], ["朝天椒"]]).products].sort()).toEqual(["chili-sauce", "dried-chili", "ground-chili"]);
    expect(defaultFollows([]).products).toEqual([]);
  });
});
