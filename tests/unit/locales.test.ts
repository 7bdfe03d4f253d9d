import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/settings";
import { NAMESPACES, RESOURCES } from "@/i18n/resources";

const ROOT = path.resolve(import.meta.dirname, "../..");

function flatten(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];

  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string, extensions: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full, extensions);

    return extensions.some((ext) => name.endsWith(ext)) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

function hasKey(ns: string, key: string): boolean {
  let node: unknown = RESOURCES["zh-CN"][ns as (typeof NAMESPACES)[number]];
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return false;
    node = (node as Record<string, unknown>)[part];
  }

  return typeof node === "string";
}

describe("locales", () => {
  it("has every namespace as a JSON file in every locale, and nothing unregistered", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(ROOT, "locales", locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)("namespace %s has the same keys in zh-CN and en, none empty", (ns) => {
    const zh = flatten(RESOURCES["zh-CN"][ns]).sort();
    const en = flatten(RESOURCES.en[ns]).sort();
    expect(en).toEqual(zh);
    for (const locale of LOCALES) {
      for (const key of flatten(RESOURCES[locale][ns])) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], RESOURCES[locale][ns]);
        expect(typeof value === "string" && value.trim().length > 0, `${locale}/${ns}:${key} is empty`).toBe(true);
      }
    }
  });

  it("every literal t() key used in the source exists in its namespace", () => {
    const missing: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, "src"), [".ts", ".tsx"])) {
      const text = readFileSync(file, "utf8");
      const namespaces = [...text.matchAll(/getT\("([a-z]+)"/g)].map((m) => m[1]!);
      if (namespaces.length === 0) continue;
      for (const match of text.matchAll(/\bt\("([^"$`]+)"/g)) {
        const raw = match[1]!;
        const [ns, key] = raw.includes(":") ? (raw.split(":") as [string, string]) : [null, raw];
        const found = ns ? hasKey(ns, key) : namespaces.some((candidate) => hasKey(candidate, key));
        if (!found) missing.push(`${path.relative(ROOT, file)}: ${raw}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("components and pages contain no hard-coded user-visible text", () => {
    const offenders: string[] = [];
    const visibleText = />\s*([^<>{}\s][^<>{}]*?)\s*</g;
    const visibleAttribute = /\b(?:aria-label|placeholder|title|alt)="([^"]*[A-Za-z\u4e00-\u9fff][^"]*)"/g;
    for (const file of sourceFiles(path.join(ROOT, "src"), [".tsx"])) {
      const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      for (const match of text.matchAll(visibleText)) {
        const candidate = match[1]!.trim();
        // Punctuation and separators between translated pieces are not words.
        // Type parameters and expressions also sit between > and <; words do not contain code punctuation.
        const looksLikeCode = /[;=(){}?`|&[\]]/.test(candidate) || /^[A-Z][A-Za-z]*$/.test(candidate);
        if (/[A-Za-z\u4e00-\u9fff]/.test(candidate) && !looksLikeCode) {
          offenders.push(`${path.relative(ROOT, file)}: ${candidate}`);
        }
      }
      for (const match of text.matchAll(visibleAttribute)) offenders.push(`${path.relative(ROOT, file)}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
