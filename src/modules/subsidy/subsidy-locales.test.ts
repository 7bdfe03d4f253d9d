import { describe, expect, it } from "vitest";
import en from "../../../locales/en/subsidy.json";
import zh from "../../../locales/zh-CN/subsidy.json";
import { evaluateProgramme } from "./domain/evaluate-programme";
import { FACT_CATALOGUE, FACT_KEYS } from "./domain/facts";
import { CRITERION_MESSAGE_KEYS, TRACE_KEYS } from "./domain/messages";
import { formatBps } from "./domain/trace";
import type { TCriterion, TMessage } from "./schemas";
import { SEED_DEPARTMENTS, SEED_PROGRAMME_VERSIONS } from "./seed-programmes";

type TDict = Record<string, unknown>;
const LOCALES: Array<[string, TDict]> = [
  ["zh-CN", zh],
  ["en", en],
];

const listKeys = (dict: TDict, prefix = ""): string[] =>
  Object.entries(dict).flatMap(([key, value]) =>
    value && typeof value === "object" ? listKeys(value as TDict, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
const lookup = (dict: TDict, key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node as TDict | undefined)?.[part], dict);

// A stand-in for i18next with the formatters the UI registers (`money`, `bps`, and the
// built-in `number`): interpolate, then resolve `$t(...)` nesting, as i18next does.
const money = (fen: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(fen / 100);
const FORMATTERS: Record<string, (value: number) => string> = { money, number: (v) => new Intl.NumberFormat("en-US").format(v), bps: formatBps };
const render = (dict: TDict, key: string, params: TMessage["params"]): string => {
  const template = lookup(dict, key);
  if (typeof template !== "string") throw new Error(`missing key ${key}`);
  const interpolated = template.replace(/\{\{(\w+)(?:, (\w+))?\}\}/g, (_match, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${key} needs param ${name}`);

    return format ? (FORMATTERS[format] as (v: number) => string)(Number(value)) : String(value);
  });

  return interpolated.replace(/\$t\(([^)]+)\)/g, (_match, nested: string) => render(dict, nested, params));
};

const collectLabelKeys = (node: TCriterion): string[] => [
  ...(node.labelKey ? [node.labelKey] : []),
  ...(node.op === "all" || node.op === "any" ? node.of.flatMap(collectLabelKeys) : node.op === "not" ? collectLabelKeys(node.of) : []),
];

describe("subsidy locales", () => {
  it("zh-CN and en have identical key sets", () => {
    expect(listKeys(en).sort()).toEqual(listKeys(zh).sort());
  });

  it.each(LOCALES)("%s has every message and trace key the domain emits", (_locale, dict) => {
    for (const key of [...CRITERION_MESSAGE_KEYS, ...TRACE_KEYS]) expect(typeof lookup(dict, key), key).toBe("string");
  });

  it.each(LOCALES)("%s has a label and a question for every fact, options for every value, 'since' for dates", (_locale, dict) => {
    for (const key of FACT_KEYS) {
      const definition = FACT_CATALOGUE[key];
      expect(typeof lookup(dict, definition.labelKey), key).toBe("string");
      expect(typeof lookup(dict, definition.questionKey), key).toBe("string");
      if ("allowedValues" in definition) {
        for (const value of definition.allowedValues) expect(typeof lookup(dict, `facts.${key}.options.${value}`), value).toBe("string");
      }
      if (definition.type === "date") expect(typeof lookup(dict, `facts.${key}.since`)).toBe("string");
    }
  });

  it.each(LOCALES)("%s labels every seeded criterion and department", (_locale, dict) => {
    for (const version of SEED_PROGRAMME_VERSIONS) {
      for (const key of collectLabelKeys(version.criteria)) expect(typeof lookup(dict, key), key).toBe("string");
    }
    for (const department of SEED_DEPARTMENTS) expect(lookup(dict, `departments.${department.code}`)).toBe(department.names[_locale as "en"]);
  });

  it.each(LOCALES)("%s renders every message and trace step of every seed case completely", (_locale, dict) => {
    for (const version of SEED_PROGRAMME_VERSIONS) {
      for (const example of version.cases) {
        const outcome = evaluateProgramme(version, example.facts, example.date);
        for (const message of [...outcome.criteria.map((leaf) => leaf.message), ...outcome.benefit.trace]) {
          const text = render(dict, message.key, message.params);
          expect(text, `${version.programmeId}: ${message.key}`).not.toMatch(/\{\{|\$t\(|undefined/);
        }
      }
    }
  });

  it("reads 'annual CBEC turnover 800,000 is 4,200,000 short of 5,000,000' in English", () => {
    const reward = SEED_PROGRAMME_VERSIONS.find((v) => v.programmeId === "cbec-turnover-reward" && v.version === 2);
    if (!reward) throw new Error("not seeded");
    const outcome = evaluateProgramme(reward, { annualCbecTurnoverFen: 80_000_000 }, "2026-06-30");
    const leaf = outcome.criteria.find((l) => l.id === "cbec-turnover-over-5m");
    if (!leaf) throw new Error("no leaf");
    expect(render(en, leaf.message.key, leaf.message.params)).toBe("annual CBEC turnover 800,000 is 4,200,000 short of 5,000,000");
    expect(render(zh, leaf.message.key, leaf.message.params)).toBe("年跨境电商交易额 800,000，距 5,000,000 还差 4,200,000");
  });

  it("reads 'registered 7 months ago, needs 12; eligible from …' in English", () => {
    const warehouse = SEED_PROGRAMME_VERSIONS.find((v) => v.programmeId === "overseas-warehouse-build" && v.version === 2);
    if (!warehouse) throw new Error("not seeded");
    const outcome = evaluateProgramme(warehouse, { registeredOn: "2025-11-01" }, "2026-06-30");
    const leaf = outcome.criteria.find((l) => l.id === "common-registered-1y");
    if (!leaf) throw new Error("no leaf");
    expect(render(en, leaf.message.key, leaf.message.params)).toBe("registered 7 months ago, needs 12; eligible from 2026-11-01");
  });
});
