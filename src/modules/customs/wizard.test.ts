import { describe, expect, it } from "vitest";
import { answersBefore, currentStep, readAnswers, readSubjectParam, toQuery, volumeErrors } from "./wizard";

const known = { products: ["green-tea"], destinations: ["VN"] };

describe("guidance wizard", () => {
  it("asks one question at a time, in order", () => {
    expect(currentStep({}, known)).toBe("product");
    expect(currentStep({ product: "nope" }, known)).toBe("product");
    expect(currentStep({ product: "green-tea" }, known)).toBe("destination");
    expect(currentStep({ product: "green-tea", destination: "VN", channel: "ship" }, known)).toBe("channel");
    expect(currentStep({ product: "green-tea", destination: "VN", channel: "b2c" }, known)).toBe("volume");
    expect(currentStep({ product: "green-tea", destination: "VN", channel: "b2c", step: "volume" }, known)).toBeNull();
  });

  it("takes volume and price together or not at all", () => {
    expect(volumeErrors({})).toEqual({});
    expect(volumeErrors({ quantity: "500", unitPrice: "12.50", currency: "USD" })).toEqual({});
    expect(volumeErrors({ quantity: "0", unitPrice: "1.234", currency: "USD" })).toEqual({ quantity: "quantity_invalid", unitPrice: "price_too_precise" });
    expect(volumeErrors({ quantity: "5", currency: "USD" })).toEqual({ unitPrice: "price_invalid" });
  });

  it("carries earlier answers forward", () => {
    const a = { product: "green-tea", destination: "VN", channel: "b2c", quantity: "5", unitPrice: "3", currency: "USD" };
    expect(toQuery(answersBefore(a, "channel"))).toBe("product=green-tea&destination=VN");
    expect(toQuery(answersBefore(a, "result"))).toBe("product=green-tea&destination=VN&channel=b2c&quantity=5&unitPrice=3&currency=USD");
  });

  it("reads the subject apart from the answers, so the shared link never carries it", () => {
    const query = { product: "green-tea", destination: "VN", channel: "b2c", subject: "cmabc123" };
    expect(readSubjectParam(query)).toBe("cmabc123");
    expect(toQuery(answersBefore(readAnswers(query), "result"))).not.toContain("subject");
    expect(readSubjectParam({ subject: ["cm1", "cm2"] })).toBe("cm1");
    expect(readSubjectParam({ subject: "../x" })).toBeUndefined();
    expect(readSubjectParam({})).toBeUndefined();
  });
});
