import type { TProgrammeOutcome, TProgrammeVersion } from "../schemas";
import type { TIsoDate } from "./dates";
import { evaluateProgramme, isInEffect } from "./evaluate-programme";
import type { TFacts } from "./facts";

export type TScreenOptions = {
  // Proposals (the papers' recommendations) are shown "if adopted" by default, so
  // applicants and officials see what a reform would change (seed 002 §5.1).
  includeProposed?: boolean;
};

const byVersionDescending = (a: TProgrammeVersion, b: TProgrammeVersion): number => b.version - a.version;

/**
 * The version to screen a programme with on `date`: the published version in force
 * (Salesforce BRE picks by effectiveDate the same way); failing that, for a programme
 * that exists only as a proposal, its latest proposed version. Drafts and retired
 * versions never screen applicants.
 */
export const pickVersionForDate = (
  versions: readonly TProgrammeVersion[],
  date: TIsoDate,
  options: TScreenOptions = {},
): TProgrammeVersion | null => {
  // One pass for the highest-numbered match of each kind: this runs per programme per screening.
  let inForce: TProgrammeVersion | null = null;
  let proposed: TProgrammeVersion | null = null;
  for (const version of versions) {
    if (version.status === "published" && isInEffect(version, date) && (!inForce || byVersionDescending(version, inForce) < 0)) inForce = version;
    if (version.status === "proposed" && (!proposed || byVersionDescending(version, proposed) < 0)) proposed = version;
  }
  if (inForce) return inForce;

  return options.includeProposed === false ? null : proposed;
};

const groupByProgramme = (versions: readonly TProgrammeVersion[]): Map<string, TProgrammeVersion[]> => {
  const groups = new Map<string, TProgrammeVersion[]>();
  for (const version of versions) {
    const group = groups.get(version.programmeId);
    if (group) group.push(version);
    else groups.set(version.programmeId, [version]);
  }

  return groups;
};

/** Screens every programme at once from one set of answers; programmes keep the input order. */
export const screenAll = (
  versions: readonly TProgrammeVersion[],
  facts: TFacts,
  date: TIsoDate,
  options: TScreenOptions = {},
): TProgrammeOutcome[] =>
  [...groupByProgramme(versions).values()]
    .map((programmeVersions) => pickVersionForDate(programmeVersions, date, options))
    .filter((version): version is TProgrammeVersion => version !== null)
    .map((version) => evaluateProgramme(version, facts, date));
