import { FACT_CATALOGUE, type TFactKey, type TFactValue } from "@/modules/subsidy/domain/facts";

// One question per page (GOV.UK): a form posts text, this turns it into a fact value.
// Money is asked in yuan, as people say it, and stored in fen; "1.5" yuan is 150 fen.

export type TAnswerResult = { ok: true; value: TFactValue } | { ok: false; reason: "answer_required" | "answer_invalid" };

const YUAN = /^\d{1,13}(\.\d{1,2})?$/;

export function yuanTextToFen(text: string): number | null {
  const compact = text.replace(/[,，\s¥元]/g, "");
  if (!YUAN.test(compact)) return null;
  const [whole = "0", fraction = ""] = compact.split(".");

  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export function fenToYuanText(fen: number): string {
  const fraction = fen % 100;

  return fraction === 0 ? String(Math.floor(fen / 100)) : `${Math.floor(fen / 100)}.${String(fraction).padStart(2, "0")}`;
}

// Date.parse rolls 30 February over to March; a real date survives the round trip.
const isRealDate = (text: string): boolean => {
  const time = Date.parse(`${text}T00:00:00Z`);

  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
};

export function parseFactAnswer(fact: TFactKey, raw: string | readonly string[]): TAnswerResult {
  const definition = FACT_CATALOGUE[fact];
  const list = typeof raw === "string" ? [raw] : [...raw];
  const text = (list[0] ?? "").trim();
  if (definition.type !== "string_list" && text === "") return { ok: false, reason: "answer_required" };
  switch (definition.type) {
    case "money_fen": {
      const fen = yuanTextToFen(text);

      return fen === null ? { ok: false, reason: "answer_invalid" } : { ok: true, value: fen };
    }
    case "integer":
      return /^\d{1,9}$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, reason: "answer_invalid" };
    case "boolean":
      return text === "yes" || text === "no" ? { ok: true, value: text === "yes" } : { ok: false, reason: "answer_invalid" };
    case "date":
      return isRealDate(text) ? { ok: true, value: text } : { ok: false, reason: "answer_invalid" };
    case "enum":
      return (definition.allowedValues as readonly string[]).includes(text) ? { ok: true, value: text } : { ok: false, reason: "answer_invalid" };
    case "string_list": {
      const values = list.map((v) => v.trim()).filter(Boolean);

      return values.every((v) => (definition.allowedValues as readonly string[]).includes(v)) ? { ok: true, value: values } : { ok: false, reason: "answer_invalid" };
    }
    case "code":
      return definition.pattern.test(text) ? { ok: true, value: text } : { ok: false, reason: "answer_invalid" };
  }
}

/** The text a question page shows back for a stored answer. */
export function answerToText(fact: TFactKey, value: unknown): string {
  if (value === undefined || value === null) return "";
  const definition = FACT_CATALOGUE[fact];
  if (definition.type === "money_fen" && typeof value === "number") return fenToYuanText(value);
  if (definition.type === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.join(",");

  return String(value);
}
