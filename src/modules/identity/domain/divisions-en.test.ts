import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import divisionsEn from "../../../../prisma/seed-data/divisions-en.json";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");
// The repo's own copy, so a clean clone tests without ../shared.
const CSV_PATH = path.join(REPO_ROOT, "prisma/seed-data/guizhou-divisions.csv");
const SHARED_CSV_PATH = path.resolve(REPO_ROOT, "../shared/reference/guizhou-divisions.csv");

type DivisionRow = { countyCode: string; countyName: string; prefectureCode: string; prefectureName: string };

function parseDivisionsCsv(text: string): DivisionRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  expect(header).toBe("county_code,county_name,prefecture_code,prefecture_name");
  return lines.map((line) => {
    // The file quotes names but no field contains a comma.
    const [countyCode = "", countyName = "", prefectureCode = "", prefectureName = ""] = line
      .split(",")
      .map((f) => f.replace(/^"|"$/g, ""));
    return { countyCode, countyName, prefectureCode, prefectureName };
  });
}

const rows = parseDivisionsCsv(readFileSync(CSV_PATH, "utf8"));
const prefectures: Record<string, string> = divisionsEn.prefectures;
const counties: Record<string, string> = divisionsEn.counties;

// 民族 in autonomous-area names → customary English ethnonym.
const ETHNIC_GROUPS: ReadonlyArray<[string, string]> = [
  ["苗族", "Miao"],
  ["布依族", "Buyei"],
  ["侗族", "Dong"],
  ["仡佬族", "Gelao"],
  ["土家族", "Tujia"],
  ["彝族", "Yi"],
  ["回族", "Hui"],
  ["水族", "Shui"],
];

function ethnicGroupsInOrder(chineseName: string): string[] {
  return ETHNIC_GROUPS.map(([zh, en]) => ({ en, at: chineseName.indexOf(zh) }))
    .filter((g) => g.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((g) => g.en);
}

function expectedCountySuffix(chineseName: string): string {
  if (chineseName.endsWith("自治县")) return "Autonomous County";
  if (chineseName.endsWith("特区")) return "Special District";
  if (chineseName.endsWith("区")) return "District";
  if (chineseName.endsWith("县")) return "County";
  if (chineseName.endsWith("市")) return "City";
  throw new Error(`Unexpected county-level name: ${chineseName}`);
}

describe("divisions-en.json", () => {
  it("covers the 88 counties and 9 prefectures of the reference CSV", () => {
    expect(rows).toHaveLength(88);
    expect(new Set(rows.map((r) => r.prefectureCode)).size).toBe(9);
  });

  it("has an English name for every county and prefecture code in the CSV", () => {
    for (const row of rows) {
      expect(counties[row.countyCode], `${row.countyCode} ${row.countyName}`).toBeTruthy();
      expect(prefectures[row.prefectureCode], `${row.prefectureCode} ${row.prefectureName}`).toBeTruthy();
    }
  });

  it("has no codes that are not in the CSV", () => {
    expect(Object.keys(counties).sort()).toEqual(rows.map((r) => r.countyCode).sort());
    expect(Object.keys(prefectures).sort()).toEqual([...new Set(rows.map((r) => r.prefectureCode))].sort());
  });

  it("matches the administrative level of each Chinese name", () => {
    for (const row of rows) {
      expect(counties[row.countyCode]?.endsWith(expectedCountySuffix(row.countyName)), row.countyName).toBe(true);
    }
    for (const row of rows) {
      const en = prefectures[row.prefectureCode] ?? "";
      expect(en.endsWith("Autonomous Prefecture"), row.prefectureName).toBe(row.prefectureName.endsWith("自治州"));
    }
  });

  it("names the same ethnic groups, in the same order, as the Chinese name", () => {
    const named = [
      ...rows.map((r) => [r.countyName, counties[r.countyCode] ?? ""] as const),
      ...rows.map((r) => [r.prefectureName, prefectures[r.prefectureCode] ?? ""] as const),
    ];
    for (const [zh, en] of named) {
      const expected = ethnicGroupsInOrder(zh);
      const actual = ETHNIC_GROUPS.map(([, e]) => ({ e, at: en.search(new RegExp(`\\b${e}\\b`)) }))
        .filter((g) => g.at >= 0)
        .sort((a, b) => a.at - b.at)
        .map((g) => g.e);
      expect(actual, `${zh} → ${en}`).toEqual(expected);
    }
  });

  it("uses the customary forms", () => {
    expect(counties["520526"]).toBe("Weining Yi, Hui and Miao Autonomous County");
    expect(counties["520328"]).toBe("Meitan County");
    expect(counties["520382"]).toBe("Renhuai City");
    expect(counties["520304"]).toBe("Bozhou District");
    expect(prefectures["5226"]).toBe("Qiandongnan Miao and Dong Autonomous Prefecture");
    expect(prefectures["5201"]).toBe("Guiyang");
  });

  it.skipIf(!existsSync(SHARED_CSV_PATH))("keeps the repo copy identical to shared/reference when present", () => {
    expect(readFileSync(CSV_PATH, "utf8")).toBe(readFileSync(SHARED_CSV_PATH, "utf8"));
  });
});
