-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeVersion" (
    "id" TEXT NOT NULL,
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
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreeningAnswers" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "savedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScreeningAnswers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeVersion_programmeId_status_idx" ON "ProgrammeVersion"("programmeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeVersion_programmeId_version_key" ON "ProgrammeVersion"("programmeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ScreeningAnswers_subjectId_key" ON "ScreeningAnswers"("subjectId");

-- AddForeignKey
ALTER TABLE "ProgrammeVersion" ADD CONSTRAINT "ProgrammeVersion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreeningAnswers" ADD CONSTRAINT "ScreeningAnswers_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "MarketSubject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (issue #3): rules are versioned rows. A published (or retired, or seeded
-- proposed) version never changes: its rules, range start and authorship are frozen;
-- status may only move to 'retired', and an open-ended range may be closed once, when
-- a successor is published ("continued until a successor policy is issued"). Published
-- versions of one programme never overlap; an advisory lock per programme makes the
-- overlap check race-free under READ COMMITTED. Prisma does not model functions or
-- triggers: keep in step with the SQLite history.
CREATE FUNCTION "programme_version_guard"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD."status" <> 'draft' THEN
            RAISE EXCEPTION 'published programme versions never change' USING ERRCODE = 'P0001';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW."status" NOT IN ('draft', 'published', 'retired', 'proposed')
       OR (NEW."effectiveTo" IS NOT NULL AND NEW."effectiveTo" < NEW."effectiveFrom") THEN
        RAISE EXCEPTION 'invalid programme version status or effective range' USING ERRCODE = 'P0001';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."status" IN ('published', 'retired', 'proposed') AND (
           NEW."programmeId" IS DISTINCT FROM OLD."programmeId"
        OR NEW."version" IS DISTINCT FROM OLD."version"
        OR NEW."effectiveFrom" IS DISTINCT FROM OLD."effectiveFrom"
        OR NEW."legalRef" IS DISTINCT FROM OLD."legalRef"
        OR NEW."criteria" IS DISTINCT FROM OLD."criteria"
        OR NEW."benefit" IS DISTINCT FROM OLD."benefit"
        OR NEW."texts" IS DISTINCT FROM OLD."texts"
        OR NEW."cases" IS DISTINCT FROM OLD."cases"
        OR NEW."basedOnVersion" IS DISTINCT FROM OLD."basedOnVersion"
        OR NEW."draftedById" IS DISTINCT FROM OLD."draftedById"
        OR NEW."editorIds" IS DISTINCT FROM OLD."editorIds"
        OR NEW."publishedById" IS DISTINCT FROM OLD."publishedById"
        OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt"
        OR (OLD."effectiveTo" IS NOT NULL AND NEW."effectiveTo" IS DISTINCT FROM OLD."effectiveTo")
        OR (NEW."status" IS DISTINCT FROM OLD."status" AND NEW."status" <> 'retired')
    ) THEN
        RAISE EXCEPTION 'published programme versions never change' USING ERRCODE = 'P0001';
    END IF;
    IF NEW."status" = 'published' THEN
        PERFORM pg_advisory_xact_lock(hashtext('ProgrammeVersion:' || NEW."programmeId"));
        IF EXISTS (
            SELECT 1 FROM "ProgrammeVersion" AS o
            WHERE o."programmeId" = NEW."programmeId" AND o."status" = 'published' AND o."id" <> NEW."id"
              AND o."effectiveFrom" <= COALESCE(NEW."effectiveTo", '9999-12-31')
              AND NEW."effectiveFrom" <= COALESCE(o."effectiveTo", '9999-12-31')
        ) THEN
            RAISE EXCEPTION 'overlapping effective ranges of one programme' USING ERRCODE = 'P0001';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "ProgrammeVersion_guard" BEFORE INSERT OR UPDATE OR DELETE ON "ProgrammeVersion"
    FOR EACH ROW EXECUTE FUNCTION "programme_version_guard"();
