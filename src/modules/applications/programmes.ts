import "server-only";
import { pickVersionForDate } from "@/modules/subsidy/domain";
import type { TIsoDate } from "@/modules/subsidy/domain";
import type { TProgramme, TProgrammeVersion } from "@/modules/subsidy/schemas";
import { parseSeedProgrammes } from "@/modules/subsidy/seed-programmes";

// Adapter over the programme catalogue. Until the programme tables land (issue 3, branch
// `subsidy`), versions come from the seed file; switching to the subsidy service changes
// only this file. Applications never read rules from here after filing: they keep the
// version's JSON snapshot.

let catalogue: { programmes: TProgramme[]; versions: TProgrammeVersion[] } | undefined;

function load() {
  catalogue ??= parseSeedProgrammes();

  return catalogue;
}

export function findProgrammeVersion(programmeId: string, version: number): TProgrammeVersion | null {
  return load().versions.find((v) => v.programmeId === programmeId && v.version === version) ?? null;
}

/** The published version in force on `date`; proposals cannot be applied for. */
export function versionInForce(programmeId: string, date: TIsoDate): TProgrammeVersion | null {
  return pickVersionForDate(load().versions.filter((v) => v.programmeId === programmeId), date, { includeProposed: false });
}

/** Every programme with a version in force on `date`, in catalogue order. */
export function versionsInForce(date: TIsoDate): TProgrammeVersion[] {
  return load()
    .programmes.map((p) => versionInForce(p.id, date))
    .filter((v): v is TProgrammeVersion => v !== null);
}

export function programmeName(programmeId: string, locale: "zh-CN" | "en"): string {
  return load().programmes.find((p) => p.id === programmeId)?.names[locale] ?? programmeId;
}

export function listProgrammeIds(): string[] {
  return load().programmes.map((p) => p.id);
}
