import { describe, expect, it } from "vitest";
import { decodeState, encodeState, listAnswered, parseYuanAnswer, readAnswer, withAnswer, withDontKnow } from "./questionnaire-state";

describe("questionnaire state in the URL", () => {
  it("round-trips answers and don't-knows", () => {
    const state = withDontKnow(withAnswer(withAnswer({ facts: {}, dontKnow: [] }, "subjectType", "cooperative"), "annualCbecTurnoverFen", 80_000_000), "peopleTrained");
    expect(decodeState(encodeState(state))).toEqual({ facts: { subjectType: "cooperative", annualCbecTurnoverFen: 80_000_000 }, dontKnow: ["peopleTrained"] });
    expect(listAnswered(state)).toEqual(["subjectType", "annualCbecTurnoverFen"]);
  });

  it("answering a don't-know removes it, and saying don't-know drops the answer", () => {
    const state = withDontKnow({ facts: { peopleTrained: 2 }, dontKnow: [] }, "peopleTrained");
    expect(state).toEqual({ facts: {}, dontKnow: ["peopleTrained"] });
    expect(withAnswer(state, "peopleTrained", 3)).toEqual({ facts: { peopleTrained: 3 }, dontKnow: [] });
  });

  it("starts afresh from a tampered, invalid or oversized link", () => {
    for (const bad of ["%%%", "bm90IGpzb24", Buffer.from('{"f":{"nope":1},"u":["x"]}').toString("base64url"), "a".repeat(9000), null, undefined]) {
      expect(decodeState(bad as string)).toMatchObject({ facts: {} });
    }
    expect(decodeState(Buffer.from('{"f":{},"u":["peopleTrained","bogus"]}').toString("base64url")).dontKnow).toEqual(["peopleTrained"]);
  });
});

describe("reading answers", () => {
  it("reads yuan the way people type them, exactly, into fen", () => {
    expect(parseYuanAnswer("800000")).toBe(80_000_000);
    expect(parseYuanAnswer("800,000")).toBe(80_000_000);
    expect(parseYuanAnswer("80万")).toBe(80_000_000);
    expect(parseYuanAnswer("80.5万元")).toBe(80_500_000);
    expect(parseYuanAnswer("0.0001万")).toBe(100);
    expect(parseYuanAnswer("¥1,200.50")).toBe(120_050);
    expect(parseYuanAnswer("1.234")).toBeNull();
    expect(parseYuanAnswer("很多")).toBeNull();
    expect(parseYuanAnswer("-5")).toBeNull();
  });

  it("reads each kind of question and says what is wrong", () => {
    expect(readAnswer("annualCbecTurnoverFen", ["80万"])).toEqual({ ok: true, value: 80_000_000 });
    expect(readAnswer("annualCbecTurnoverFen", [""])).toEqual({ ok: false, error: "answer_none" });
    expect(readAnswer("annualCbecTurnoverFen", ["abc"])).toEqual({ ok: false, error: "answer_money" });
    expect(readAnswer("peopleTrained", ["3"])).toEqual({ ok: true, value: 3 });
    expect(readAnswer("peopleTrained", ["2.5"])).toEqual({ ok: false, error: "answer_integer" });
    expect(readAnswer("isReturningYouth", ["no"])).toEqual({ ok: true, value: false });
    expect(readAnswer("isReturningYouth", [])).toEqual({ ok: false, error: "answer_none" });
    expect(readAnswer("registeredOn", ["2024-02-29"])).toEqual({ ok: true, value: "2024-02-29" });
    expect(readAnswer("registeredOn", ["2025-02-29"])).toEqual({ ok: false, error: "answer_date" });
    expect(readAnswer("subjectType", ["cooperative"])).toEqual({ ok: true, value: "cooperative" });
    expect(readAnswer("subjectType", ["company"])).toEqual({ ok: false, error: "answer_none" });
    expect(readAnswer("fragileGoods", ["silverware", "batik", "silverware"])).toEqual({ ok: true, value: ["silverware", "batik"] });
    expect(readAnswer("fragileGoods", ["none"])).toEqual({ ok: true, value: [] });
    expect(readAnswer("fragileGoods", [])).toEqual({ ok: false, error: "answer_none" });
  });
});
