import { isDecimalString, parseDecimal } from "./decimal";
import { CURRENCIES, QUOTATIONS, type Quotation } from "./rates";

export const RATES_CSV_HEADER = ["currency", "date", "rate", "quotation", "unit", "source", "verified_on"] as const;

export type ImportedRate = { currency: string; date: string; rate: string; quotation: Quotation; unit: number; source: string; verifiedOn: string | null };
export type CsvLineError = { line: number; field: string; key: string };
export type CsvResult = { ok: true; rows: ImportedRate[] } | { ok: false; errors: CsvLineError[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ROWS = 5000;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);

  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Splits one CSV line, honouring double quotes ("a, b" and "" inside quotes). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);

  return cells.map((c) => c.trim());
}

function checkRow(cells: string[], line: number): { row?: ImportedRate; errors: CsvLineError[] } {
  const [currency = "", date = "", rate = "", quotation = "", unit = "", source = "", verifiedOn = ""] = cells;
  const errors: CsvLineError[] = [];
  const fail = (field: string, key: string) => errors.push({ line, field, key });
  if (cells.length !== RATES_CSV_HEADER.length) fail("line", "csv_columns");
  if (!CURRENCIES.includes(currency) || currency === "CNY") fail("currency", "csv_currency");
  if (!isIsoDate(date)) fail("date", "csv_date");
  if (!isDecimalString(rate) || parseDecimal(rate).n === 0n) fail("rate", "csv_rate");
  if (!(QUOTATIONS as readonly string[]).includes(quotation)) fail("quotation", "csv_quotation");
  if (unit !== "1" && unit !== "100") fail("unit", "csv_unit");
  if (!source) fail("source", "csv_source");
  if (verifiedOn && !isIsoDate(verifiedOn)) fail("verified_on", "csv_date");
  if (errors.length > 0) return { errors };

  return { errors, row: { currency, date, rate, quotation: quotation as Quotation, unit: Number(unit), source, verifiedOn: verifiedOn || null } };
}

/**
 * Parses an exchange-rate CSV completely before anything is written: either every line is
 * valid and the rows come back, or every bad line is reported (line numbers as in the file).
 */
export function parseRatesCsv(text: string): CsvResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? "").map((h) => h.toLowerCase());
  if (header.join(",") !== RATES_CSV_HEADER.join(",")) return { ok: false, errors: [{ line: 1, field: "header", key: "csv_header" }] };
  const errors: CsvLineError[] = [];
  const rows: ImportedRate[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === "") return;
    const checked = checkRow(splitCsvLine(raw), line);
    errors.push(...checked.errors);
    if (!checked.row) return;
    const key = `${checked.row.currency}|${checked.row.date}`;
    if (seen.has(key)) errors.push({ line, field: "date", key: "csv_duplicate" });
    seen.add(key);
    rows.push(checked.row);
  });
  if (rows.length + errors.length === 0) return { ok: false, errors: [{ line: 1, field: "line", key: "csv_empty" }] };
  if (rows.length > MAX_ROWS) return { ok: false, errors: [{ line: 1, field: "line", key: "csv_too_many" }] };

  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
