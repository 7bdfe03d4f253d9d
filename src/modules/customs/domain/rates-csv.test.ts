import { describe, expect, it } from "vitest";
import { parseRatesCsv } from "./rates-csv";

const HEADER = "currency,date,rate,quotation,unit,source,verified_on";

describe("exchange-rate CSV", () => {
  it("reads valid lines exactly as written", () => {
    const result = parseRatesCsv(`${HEADER}\nUSD,2025-01-02,7.1879,direct,1,https://japannews24.com/market-exchange-rates-in-china-jan-2,2026-11-23\nJPY,2025-01-02,4.6123,direct,100,"CFETS, via news",\n`);
    expect(result).toEqual({
      ok: true,
      rows: [
        { currency: "USD", date: "2025-01-02", rate: "7.1879", quotation: "direct", unit: 1, source: "https://japannews24.com/market-exchange-rates-in-china-jan-2", verifiedOn: "2026-11-23" },
        { currency: "JPY", date: "2025-01-02", rate: "4.6123", quotation: "direct", unit: 100, source: "CFETS, via news", verifiedOn: null },
      ],
    });
  });

  it("reports every bad line with its number and field, and returns no rows", () => {
    const result = parseRatesCsv(`${HEADER}\nUSD,2025-01-02,7.1879,direct,1,src,\nXXX,2025-02-30,abc,sideways,7,,\nUSD,2025-01-02,7.2,direct,1,src,\nEUR,2025-01-02,0,direct,1,src,2025-13-01`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, field: "currency", key: "csv_currency" },
      { line: 3, field: "date", key: "csv_date" },
      { line: 3, field: "rate", key: "csv_rate" },
      { line: 3, field: "quotation", key: "csv_quotation" },
      { line: 3, field: "unit", key: "csv_unit" },
      { line: 3, field: "source", key: "csv_source" },
      { line: 4, field: "date", key: "csv_duplicate" },
      { line: 5, field: "rate", key: "csv_rate" },
      { line: 5, field: "verified_on", key: "csv_date" },
    ]);
  });

  it("refuses a wrong header, an empty file and a float-looking rate", () => {
    expect(parseRatesCsv("date,currency\n")).toEqual({ ok: false, errors: [{ line: 1, field: "header", key: "csv_header" }] });
    expect(parseRatesCsv(`${HEADER}\n\n`)).toEqual({ ok: false, errors: [{ line: 1, field: "line", key: "csv_empty" }] });
    expect(parseRatesCsv(`${HEADER}\nUSD,2025-01-02,7.18e0,direct,1,src,`).ok).toBe(false);
  });
});
