import { describe, expect, it } from "vitest";
import { answerToText, parseFactAnswer, yuanTextToFen } from "./answers";

describe("answers from one-question pages", () => {
  it("reads yuan as people write them and stores fen", () => {
    expect(yuanTextToFen("1,200")).toBe(120_000);
    expect(yuanTextToFen("1.5")).toBe(150);
    expect(yuanTextToFen("¥800000元")).toBe(80_000_000);
    expect(yuanTextToFen("1.234")).toBeNull();
    expect(parseFactAnswer("annualTurnoverFen", "2500000")).toEqual({ ok: true, value: 250_000_000 });
  });

  it("parses whole numbers, yes/no, dates, options and lists", () => {
    expect(parseFactAnswer("peopleTrained", "3")).toEqual({ ok: true, value: 3 });
    expect(parseFactAnswer("peopleTrained", "-3")).toEqual({ ok: false, reason: "answer_invalid" });
    expect(parseFactAnswer("holdsGreenCertification", "yes")).toEqual({ ok: true, value: true });
    expect(parseFactAnswer("registeredOn", "2020-02-29")).toEqual({ ok: true, value: "2020-02-29" });
    expect(parseFactAnswer("registeredOn", "2021-02-29")).toEqual({ ok: false, reason: "answer_invalid" });
    expect(parseFactAnswer("subjectType", "cooperative")).toEqual({ ok: true, value: "cooperative" });
    expect(parseFactAnswer("subjectType", "alien")).toEqual({ ok: false, reason: "answer_invalid" });
    expect(parseFactAnswer("fragileGoods", ["silverware", "batik"])).toEqual({ ok: true, value: ["silverware", "batik"] });
    expect(parseFactAnswer("fragileGoods", [])).toEqual({ ok: true, value: [] });
  });

  it("refuses an empty answer", () => {
    expect(parseFactAnswer("peopleTrained", "  ")).toEqual({ ok: false, reason: "answer_required" });
  });

  it("shows stored answers back as they were typed", () => {
    expect(answerToText("annualTurnoverFen", 250_000_050)).toBe("2500000.50");
    expect(answerToText("holdsGreenCertification", false)).toBe("no");
  });
});
