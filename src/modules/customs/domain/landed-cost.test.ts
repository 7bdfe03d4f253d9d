import { describe, expect, it } from "vitest";
import { computeLandedCost, priceToMinor, type LandedCostInput } from "./landed-cost";
import { MissingRateError, type RateQuote } from "./rates";

// CFETS central parity of 2 Jan 2025 and Vietcombank's CNY sell rate of 14 Jan 2025
// (shared/reference/customs-fx-markets.md §4).
const RATES: RateQuote[] = [
  { currency: "USD", date: "2025-01-02", rate: "7.1879", quotation: "direct", unit: 1 },
  { currency: "EUR", date: "2025-01-02", rate: "7.4910", quotation: "direct", unit: 1 },
  { currency: "JPY", date: "2025-01-02", rate: "4.6123", quotation: "direct", unit: 100 },
  { currency: "MYR", date: "2025-01-02", rate: "0.61866", quotation: "indirect", unit: 1 },
  { currency: "THB", date: "2025-01-02", rate: "4.7132", quotation: "indirect", unit: 1 },
  { currency: "VND", date: "2025-01-14", rate: "3519", quotation: "indirect", unit: 1 },
  { currency: "USD", date: "2025-07-16", rate: "7.1526", quotation: "direct", unit: 1 },
];

const base: LandedCostInput = {
  quantity: 1,
  unitPrice: "0",
  currency: "CNY",
  rateDate: "2025-01-02",
  goodsCostFen: 0,
  domesticHaulFen: 0,
  internationalFreightFen: 0,
  warehouseFeesFen: 0,
  dutyPercent: "0",
  destinationTaxPercent: "0",
  platformFeePercent: "0",
  insurancePercent: "0",
};

const revenueOf = (input: Partial<LandedCostInput>) => computeLandedCost({ ...base, ...input }, RATES).revenueFen;

describe("landed cost", () => {
  it("USD: a hand-checked shipment with rounding, margin, logistics share and break-even", () => {
    const result = computeLandedCost(
      { ...base, quantity: 100, unitPrice: "12.50", currency: "USD", goodsCostFen: 300_000, domesticHaulFen: 5_000, internationalFreightFen: 80_000, platformFeePercent: "8", insurancePercent: "0.3" },
      RATES,
    );
    // 1,250 USD × 7.1879 = 8,984.875 CNY = 898,487.5 fen → 898,488 (half up)
    expect(result.revenueFen).toBe(898_488);
    // platform 8% of 898,487.5 = 71,879; insurance 0.3% = 2,695.4625 → 2,695
    expect(result.lines.find((l) => l.key === "platform_fee")?.fen).toBe(71_879);
    expect(result.lines.find((l) => l.key === "insurance")?.fen).toBe(2_695);
    expect(result.totalCostFen).toBe(459_574);
    expect(result.marginFen).toBe(438_914);
    expect(result.marginBps).toBe(4885);
    expect(result.logisticsFen).toBe(85_000);
    expect(result.logisticsShareBps).toBe(1850);
    expect(result.benchmarks).toEqual({ guizhouBps: 2300, coastBps: 1200 });
    // 385,000 fen / 0.917 = 419,847.3 fen needed; one cent × 100 units = 718.79 fen → 584.1 → 585 cents
    expect(result.breakEvenUnitPrice).toBe("5.85");
  });

  it("a break-even price really breaks even and a cent less does not", () => {
    const input = { ...base, quantity: 100, unitPrice: "5.85", currency: "USD", goodsCostFen: 300_000, domesticHaulFen: 5_000, internationalFreightFen: 80_000, platformFeePercent: "8", insurancePercent: "0.3" };
    expect(computeLandedCost(input, RATES).marginFen).toBeGreaterThanOrEqual(0);
    expect(computeLandedCost({ ...input, unitPrice: "5.84" }, RATES).marginFen).toBeLessThan(0);
  });

  it("JPY is quoted per 100 yen and has no minor unit", () => {
    // 15,000 JPY × 4.6123 / 100 = 691.845 CNY → 69,185 fen
    const result = computeLandedCost({ ...base, quantity: 10, unitPrice: "1500", currency: "JPY", goodsCostFen: 20_000 }, RATES);
    expect(result.revenueFen).toBe(69_185);
    expect(result.marginFen).toBe(49_185);
    // 20,000 fen / (10 × 4.6123 fen per yen) = 433.6 → 434 yen
    expect(result.breakEvenUnitPrice).toBe("434");
  });

  it("EUR, MYR, THB, VND and CNY by hand", () => {
    expect(revenueOf({ currency: "EUR", unitPrice: "10.00", quantity: 3 })).toBe(22_473); // 30 × 7.4910
    expect(revenueOf({ currency: "MYR", unitPrice: "100.00" })).toBe(16_164); // 100 / 0.61866 = 161.6397 CNY
    expect(revenueOf({ currency: "THB", unitPrice: "1000" })).toBe(21_217); // 1000 / 4.7132 = 212.1701 CNY
    expect(revenueOf({ currency: "VND", unitPrice: "351900", rateDate: "2025-01-14" })).toBe(10_000); // 351,900 / 3,519 = 100 CNY
    expect(revenueOf({ currency: "CNY", unitPrice: "88.88", quantity: 2 })).toBe(17_776);
  });

  it("a change of date uses that date's rate", () => {
    expect(revenueOf({ currency: "USD", unitPrice: "100.00", rateDate: "2025-01-02" })).toBe(71_879);
    expect(revenueOf({ currency: "USD", unitPrice: "100.00", rateDate: "2025-07-16" })).toBe(71_526);
  });

  it("duty is taken on the sale value and VAT on value plus duty", () => {
    const result = computeLandedCost({ ...base, unitPrice: "1000.00", dutyPercent: "15", destinationTaxPercent: "10" }, RATES);
    expect(result.lines.find((l) => l.key === "duty")?.fen).toBe(15_000);
    expect(result.lines.find((l) => l.key === "destination_tax")?.fen).toBe(11_500);
  });

  it("a missing rate for the chosen date is an error, never zero or a neighbour's rate", () => {
    expect(() => computeLandedCost({ ...base, currency: "USD", unitPrice: "1.00", rateDate: "2025-01-03" }, RATES)).toThrow(MissingRateError);
    expect(() => computeLandedCost({ ...base, currency: "LAK", unitPrice: "1000", rateDate: "2025-01-02" }, RATES)).toThrow(MissingRateError);
  });

  it("refuses prices more precise than the currency", () => {
    expect(priceToMinor("12.5", "USD")).toBe(1250n);
    expect(() => priceToMinor("12.505", "USD")).toThrow("price_too_precise");
    expect(() => priceToMinor("1.5", "JPY")).toThrow("price_too_precise");
  });

  it("has no break-even price when percentages take the whole sale", () => {
    expect(computeLandedCost({ ...base, unitPrice: "10", goodsCostFen: 1, platformFeePercent: "100" }, RATES).breakEvenUnitPrice).toBeNull();
  });
});

describe("decimal helpers", () => {
  it("adds percentages exactly", async () => {
    const { addDecimalStrings } = await import("./decimal");
    expect(addDecimalStrings(["0", "7.5"])).toBe("7.5");
    expect(addDecimalStrings(["0.1", "0.2"])).toBe("0.3");
    expect(addDecimalStrings(["10", "20"])).toBe("30");
  });
});
