import "server-only";
import type { Db, Tx } from "@/server/db";

// The only Prisma importer of the subsidy module. Rule columns are JSON text here; the
// service parses them with the module's zod schemas on the way out.

type Client = Db | Tx;

export const VERSION_SELECT = {
  id: true,
  programmeId: true,
  version: true,
  status: true,
  effectiveFrom: true,
  effectiveTo: true,
  legalRef: true,
  criteria: true,
  benefit: true,
  texts: true,
  cases: true,
  basedOnVersion: true,
  draftedById: true,
  editorIds: true,
  publishedById: true,
  publishedAt: true,
  updatedAt: true,
} as const;

export type VersionRow = {
  id: string;
  programmeId: string;
  version: number;
  status: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  legalRef: string;
  criteria: string;
  benefit: string;
  texts: string;
  cases: string;
  basedOnVersion: number | null;
  draftedById: string | null;
  editorIds: string;
  publishedById: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
};

export type VersionData = Pick<VersionRow, "effectiveFrom" | "effectiveTo" | "legalRef" | "criteria" | "benefit" | "texts" | "cases">;

export function listProgrammes(client: Client) {
  return client.programme.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, department: true, nameZh: true, nameEn: true, versions: { select: VERSION_SELECT, orderBy: { version: "asc" } } },
  });
}

/** Ids and names only, in catalogue order (other modules' lists and filters). */
export function listProgrammeNames(client: Client) {
  return client.programme.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}

export function findProgramme(client: Client, id: string) {
  return client.programme.findUnique({
    where: { id },
    select: { id: true, department: true, nameZh: true, nameEn: true, versions: { select: VERSION_SELECT, orderBy: { version: "asc" } } },
  });
}

/** Versions that may screen applicants: published and proposed (never drafts or retired). */
export function listScreenableVersions(client: Client): Promise<VersionRow[]> {
  return client.programmeVersion.findMany({
    where: { status: { in: ["published", "proposed"] } },
    select: VERSION_SELECT,
    orderBy: [{ programmeId: "asc" }, { version: "asc" }],
  });
}

/** Changes whenever any version row changes: count and latest update. */
export async function versionsFingerprint(client: Client): Promise<string> {
  const aggregate = await client.programmeVersion.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });

  return `${aggregate._count._all}:${aggregate._max.updatedAt?.toISOString() ?? ""}`;
}

export function findVersion(client: Client, id: string): Promise<VersionRow | null> {
  return client.programmeVersion.findUnique({ where: { id }, select: VERSION_SELECT });
}

/** The conditional write that opens every version-changing transaction (serialises per programme). */
export async function bumpProgrammeRevision(tx: Tx, programmeId: string): Promise<boolean> {
  const { count } = await tx.programme.updateMany({ where: { id: programmeId }, data: { revision: { increment: 1 } } });

  return count === 1;
}

export function createVersion(
  tx: Tx,
  data: VersionData & { programmeId: string; version: number; status: string; basedOnVersion: number | null; draftedById: string | null; editorIds: string },
): Promise<VersionRow> {
  return tx.programmeVersion.create({ data, select: VERSION_SELECT });
}

/** Only a draft can be edited; a version published meanwhile is not touched (count 0). */
export async function updateDraft(tx: Tx, id: string, data: VersionData & { editorIds: string }): Promise<number> {
  const { count } = await tx.programmeVersion.updateMany({ where: { id, status: "draft" }, data });

  return count;
}

export async function deleteDraft(tx: Tx, id: string): Promise<number> {
  const { count } = await tx.programmeVersion.deleteMany({ where: { id, status: "draft" } });

  return count;
}

export async function markPublished(tx: Tx, id: string, publishedById: string, at: Date): Promise<number> {
  const { count } = await tx.programmeVersion.updateMany({ where: { id, status: "draft" }, data: { status: "published", publishedById, publishedAt: at } });

  return count;
}

/** Closes an open-ended published range when its successor is published (the only change a published row allows besides retiring). */
export async function closeVersion(tx: Tx, id: string, effectiveTo: string): Promise<number> {
  const { count } = await tx.programmeVersion.updateMany({ where: { id, status: "published", effectiveTo: null }, data: { effectiveTo } });

  return count;
}

/** Retires a published or proposed version; an open range is closed on the same write (the trigger allows both). */
export async function markRetired(tx: Tx, id: string, closeOpenRangeOn: string | null): Promise<number> {
  const { count } = await tx.programmeVersion.updateMany({
    where: { id, status: { in: ["published", "proposed"] } },
    data: { status: "retired", ...(closeOpenRangeOn ? { effectiveTo: closeOpenRangeOn } : {}) },
  });

  return count;
}

// --- market subjects and their saved answers -------------------------------------------

const SUBJECT_SELECT = {
  id: true,
  ownerId: true,
  name: true,
  type: true,
  countyCode: true,
  registeredOn: true,
  county: { select: { nameZh: true, nameEn: true, prefectureCode: true } },
  screeningAnswers: { select: { facts: true, asOf: true, updatedAt: true } },
} as const;

export function findSubjectForScreening(client: Client, id: string) {
  return client.marketSubject.findUnique({ where: { id }, select: SUBJECT_SELECT });
}

/** Every market subject in the portal, with saved answers: the simulation's population. */
export function listSubjectsForSimulation(client: Client) {
  return client.marketSubject.findMany({ select: SUBJECT_SELECT, orderBy: { createdAt: "asc" } });
}

export function listCounties(client: Client, codes: string[]) {
  return client.county.findMany({ where: { code: { in: codes } }, select: { code: true, nameZh: true, nameEn: true, prefectureCode: true } });
}

export function upsertScreeningAnswers(tx: Tx, data: { subjectId: string; facts: string; asOf: string; savedById: string }) {
  const { subjectId, ...rest } = data;

  return tx.screeningAnswers.upsert({ where: { subjectId }, create: data, update: rest, select: { id: true, updatedAt: true } });
}

