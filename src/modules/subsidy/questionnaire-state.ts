import { FACT_KEYS, getFactDefinition, isFactKey, type TFactKey, type TFacts } from "./domain/facts";
import { ZFacts } from "./schemas";
import { parseYuanToFen } from "./api-facts";

// The questionnaire keeps its answers in the URL (no login, no server-side draft): each
// answer posts, and the redirect carries every answer so far, so a dropped 3G connection
// or a reload loses nothing and the page works without JavaScript.

export type TQuestionnaireState = { facts: TFacts; dontKnow: TFactKey[] };

export const EMPTY_STATE: TQuestionnaireState = { facts: {}, dontKnow: [] };

export function encodeState(state: TQuestionnaireState): string {
  return Buffer.from(JSON.stringify({ f: state.facts, u: state.dontKnow }), "utf8").toString("base64url");
}

/** Anything unreadable (an edited or truncated link) starts afresh rather than failing. */
export function decodeState(text: string | null | undefined): TQuestionnaireState {
  if (!text || text.length > 8_000) return EMPTY_STATE;
  try {
    const raw = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as { f?: unknown; u?: unknown };
    const facts = ZFacts.safeParse(raw.f ?? {});
    const dontKnow = Array.isArray(raw.u) ? raw.u.filter((key): key is TFactKey => typeof key === "string" && isFactKey(key)) : [];

    return { facts: facts.success ? facts.data : {}, dontKnow: [...new Set(dontKnow)] };
  } catch {
    return EMPTY_STATE;
  }
}

export function withAnswer(state: TQuestionnaireState, fact: TFactKey, value: TFacts[TFactKey]): TQuestionnaireState {
  return { facts: { ...state.facts, [fact]: value }, dontKnow: state.dontKnow.filter((key) => key !== fact) };
}

export function withDontKnow(state: TQuestionnaireState, fact: TFactKey): TQuestionnaireState {
  const facts = Object.fromEntries(Object.entries(state.facts).filter(([key]) => key !== fact)) as TFacts;

  return { facts, dontKnow: [...new Set([...state.dontKnow, fact])] };
}

/** Answered facts in catalogue order, for "check your answers". */
export function listAnswered(state: TQuestionnaireState): TFactKey[] {
  return FACT_KEYS.filter((key) => state.facts[key] !== undefined && state.facts[key] !== null);
}

// ───────────── reading one answer from a form ─────────────

export type TAnswerResult = { ok: true; value: TFacts[TFactKey] } | { ok: false; error: "answer_none" | "answer_money" | "answer_integer" | "answer_date" };

const WAN = 10_000;

/**
 * Yuan as people type them: "800000", "800,000", "80万", "80.5万元", "¥1,200.50".
 * 万 multiplies by 10,000 exactly (decimal text, no floating point).
 */
export function parseYuanAnswer(text: string): number | null {
  const cleaned = text.trim().replace(/[,，\s¥￥]/g, "").replace(/元$/, "");
  const wan = /^(\d{1,12})(?:\.(\d{1,4}))?万$/.exec(cleaned);
  if (wan) {
    const fen = BigInt(wan[1] as string) * BigInt(WAN * 100) + BigInt((wan[2] ?? "").padEnd(4, "0")) * 100n;

    return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : null;
  }

  return parseYuanToFen(cleaned);
}

/** One question's form fields → the fact's value (`values` holds every value of a repeated field). */
export function readAnswer(fact: TFactKey, values: readonly string[]): TAnswerResult {
  const definition = getFactDefinition(fact);
  const first = (values[0] ?? "").trim();
  switch (definition.type) {
    case "money_fen": {
      if (first === "") return { ok: false, error: "answer_none" };
      const fen = parseYuanAnswer(first);

      return fen === null ? { ok: false, error: "answer_money" } : { ok: true, value: fen };
    }
    case "integer": {
      if (first === "") return { ok: false, error: "answer_none" };
      const cleaned = first.replace(/[,，\s]/g, "");

      return /^\d{1,9}$/.test(cleaned) ? { ok: true, value: Number(cleaned) } : { ok: false, error: "answer_integer" };
    }
    case "boolean":
      return first === "yes" ? { ok: true, value: true } : first === "no" ? { ok: true, value: false } : { ok: false, error: "answer_none" };
    case "date": {
      if (first === "") return { ok: false, error: "answer_none" };
      const parsed = ZFacts.safeParse({ [fact]: first });

      return parsed.success ? { ok: true, value: first } : { ok: false, error: "answer_date" };
    }
    case "enum":
      return definition.allowedValues.includes(first) ? { ok: true, value: first } : { ok: false, error: "answer_none" };
    case "string_list": {
      const chosen = values.filter((value) => definition.allowedValues.includes(value));
      if (chosen.length > 0) return { ok: true, value: [...new Set(chosen)] as TFacts[TFactKey] };

      return values.includes("none") ? { ok: true, value: [] } : { ok: false, error: "answer_none" };
    }
    case "code":
      return definition.pattern.test(first) ? { ok: true, value: first } : { ok: false, error: "answer_none" };
  }
}
