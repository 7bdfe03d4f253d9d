-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "department" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ProgrammeVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "effectiveTo" TEXT,
    "legalRef" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "benefit" TEXT NOT NULL,
    "texts" TEXT NOT NULL,
    "cases" TEXT NOT NULL,
    "basedOnVersion" INTEGER,
    "draftedById" TEXT,
    "editorIds" TEXT NOT NULL DEFAULT '[]',
    "publishedById" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProgrammeVersion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScreeningAnswers" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectId" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "savedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScreeningAnswers_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "MarketSubject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProgrammeVersion_programmeId_status_idx" ON "ProgrammeVersion"("programmeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeVersion_programmeId_version_key" ON "ProgrammeVersion"("programmeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ScreeningAnswers_subjectId_key" ON "ScreeningAnswers"("subjectId");

-- Hand-written (issue #3): rules are versioned rows. A published (or retired, or seeded
-- proposed) version never changes: its rules, range start and authorship are frozen;
-- status may only move to 'retired', and an open-ended range may be closed once, when
-- a successor is published ("continued until a successor policy is issued"). Published
-- versions of one programme never overlap. Prisma does not model triggers: keep in step
-- with the PostgreSQL history, and re-create them if a later migration rebuilds the table.
CREATE TRIGGER "ProgrammeVersion_shape_insert" BEFORE INSERT ON "ProgrammeVersion"
WHEN NEW."status" NOT IN ('draft', 'published', 'retired', 'proposed')
  OR (NEW."effectiveTo" IS NOT NULL AND NEW."effectiveTo" < NEW."effectiveFrom")
BEGIN
    SELECT RAISE(ABORT, 'invalid programme version status or effective range');
END;

CREATE TRIGGER "ProgrammeVersion_shape_update" BEFORE UPDATE ON "ProgrammeVersion"
WHEN NEW."status" NOT IN ('draft', 'published', 'retired', 'proposed')
  OR (NEW."effectiveTo" IS NOT NULL AND NEW."effectiveTo" < NEW."effectiveFrom")
BEGIN
    SELECT RAISE(ABORT, 'invalid programme version status or effective range');
END;

CREATE TRIGGER "ProgrammeVersion_published_immutable" BEFORE UPDATE ON "ProgrammeVersion"
WHEN OLD."status" IN ('published', 'retired', 'proposed') AND (
       NEW."programmeId" IS NOT OLD."programmeId"
    OR NEW."version" IS NOT OLD."version"
    OR NEW."effectiveFrom" IS NOT OLD."effectiveFrom"
    OR NEW."legalRef" IS NOT OLD."legalRef"
    OR NEW."criteria" IS NOT OLD."criteria"
    OR NEW."benefit" IS NOT OLD."benefit"
    OR NEW."texts" IS NOT OLD."texts"
    OR NEW."cases" IS NOT OLD."cases"
    OR NEW."basedOnVersion" IS NOT OLD."basedOnVersion"
    OR NEW."draftedById" IS NOT OLD."draftedById"
    OR NEW."editorIds" IS NOT OLD."editorIds"
    OR NEW."publishedById" IS NOT OLD."publishedById"
    OR NEW."publishedAt" IS NOT OLD."publishedAt"
    OR (OLD."effectiveTo" IS NOT NULL AND NEW."effectiveTo" IS NOT OLD."effectiveTo")
    OR (NEW."status" IS NOT OLD."status" AND NEW."status" IS NOT 'retired')
)
BEGIN
    SELECT RAISE(ABORT, 'published programme versions never change');
END;

CREATE TRIGGER "ProgrammeVersion_published_no_delete" BEFORE DELETE ON "ProgrammeVersion"
WHEN OLD."status" <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'published programme versions never change');
END;

CREATE TRIGGER "ProgrammeVersion_no_overlap_insert" BEFORE INSERT ON "ProgrammeVersion"
WHEN NEW."status" = 'published' AND EXISTS (
    SELECT 1 FROM "ProgrammeVersion" AS o
    WHERE o."programmeId" = NEW."programmeId" AND o."status" = 'published'
      AND o."effectiveFrom" <= COALESCE(NEW."effectiveTo", '9999-12-31')
      AND NEW."effectiveFrom" <= COALESCE(o."effectiveTo", '9999-12-31')
)
BEGIN
    SELECT RAISE(ABORT, 'overlapping effective ranges of one programme');
END;

CREATE TRIGGER "ProgrammeVersion_no_overlap_update" BEFORE UPDATE ON "ProgrammeVersion"
WHEN NEW."status" = 'published' AND EXISTS (
    SELECT 1 FROM "ProgrammeVersion" AS o
    WHERE o."programmeId" = NEW."programmeId" AND o."status" = 'published' AND o."id" <> NEW."id"
      AND o."effectiveFrom" <= COALESCE(NEW."effectiveTo", '9999-12-31')
      AND NEW."effectiveFrom" <= COALESCE(o."effectiveTo", '9999-12-31')
)
BEGIN
    SELECT RAISE(ABORT, 'overlapping effective ranges of one programme');
END;
