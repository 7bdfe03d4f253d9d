import "server-only";
import type { Locale } from "@/i18n/settings";
import { pickVersionForDate } from "@/modules/subsidy/domain";
import type { TIsoDate } from "@/modules/subsidy/domain";
import type { TProgrammeVersion } from "@/modules/subsidy/schemas";
import { listProgrammeNames, loadScreenableVersions } from "@/modules/subsidy/service";

// The programme catalogue, read through the subsidy service: a version an official publishes
// is the one the next application is filed under. Applications never read rules from here
// after filing — they keep the version's JSON snapshot (Application.ruleSnapshot).

const inForce = (versions: readonly TProgrammeVersion[], programmeId: string, date: TIsoDate) =>
  // Proposals (not yet adopted) can be screened "if adopted" but not applied for.
  pickVersionForDate(versions.filter((v) => v.programmeId === programmeId), date, { includeProposed: false });

/** The published version in force on `date`, or null. */
export async function versionInForce(programmeId: string, date: TIsoDate): Promise<TProgrammeVersion | null> {
  return inForce(await loadScreenableVersions(), programmeId, date);
}

/** Every programme with a version in force on `date`, in catalogue order. */
export async function versionsInForce(date: TIsoDate): Promise<TProgrammeVersion[]> {
  const [programmes, versions] = await Promise.all([listProgrammeNames(), loadScreenableVersions()]);

  return programmes.map((p) => inForce(versions, p.id, date)).filter((v): v is TProgrammeVersion => v !== null);
}

export type ProgrammeNames = { ids: string[]; nameOf: (programmeId: string) => string };

/** One read per page: programme ids in catalogue order and a name lookup in `locale`. */
export async function loadProgrammeNames(locale: Locale): Promise<ProgrammeNames> {
  const programmes = await listProgrammeNames();
  const names = new Map(programmes.map((p) => [p.id, locale === "en" ? p.nameEn : p.nameZh]));

  return { ids: programmes.map((p) => p.id), nameOf: (programmeId) => names.get(programmeId) ?? programmeId };
}
