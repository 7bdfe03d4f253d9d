-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "prefectureCode" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "programmeVersion" INTEGER NOT NULL,
    "ruleSnapshot" TEXT NOT NULL,
    "reviewStages" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "screeningAnswers" TEXT,
    "subjectConfirmedAt" DATETIME,
    "bankAccountCiphertext" TEXT,
    "bankAccountMasked" TEXT,
    "bankName" TEXT,
    "accountHolder" TEXT,
    "declarationAcceptedAt" DATETIME,
    "declarationById" TEXT,
    "status" TEXT NOT NULL,
    "stage" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "recommendedAmountFen" INTEGER,
    "approvedAmountFen" INTEGER,
    "changeRequest" TEXT,
    "firstSubmittedAt" DATETIME,
    "submittedAt" DATETIME,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "MarketSubject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "applicationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "attachedById" TEXT NOT NULL,
    "attachedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("applicationId", "documentId"),
    CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApplicationDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "stage" INTEGER,
    "actorId" TEXT NOT NULL,
    "onBehalfOfId" TEXT,
    "reason" TEXT,
    "details" TEXT,
    "amountFen" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationCounter" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectId" TEXT NOT NULL,
    "ownerUserId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "validFrom" TEXT,
    "validTo" TEXT,
    "fileId" TEXT NOT NULL,
    "verifiedAt" DATETIME,
    "verifiedById" TEXT,
    "verifiedDepartment" TEXT,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "MarketSubject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Document_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Application_reference_key" ON "Application"("reference");

-- CreateIndex
CREATE INDEX "Application_applicantId_idx" ON "Application"("applicantId");

-- CreateIndex
CREATE INDEX "Application_prefectureCode_status_submittedAt_idx" ON "Application"("prefectureCode", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_countyCode_status_idx" ON "Application"("countyCode", "status");

-- CreateIndex
CREATE INDEX "Application_subjectId_idx" ON "Application"("subjectId");

-- CreateIndex
CREATE INDEX "ApplicationDocument_documentId_idx" ON "ApplicationDocument"("documentId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_at_idx" ON "ApplicationEvent"("applicationId", "at");

-- CreateIndex
CREATE INDEX "ApplicationEvent_actorId_idx" ON "ApplicationEvent"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_fileId_key" ON "Document"("fileId");

-- CreateIndex
CREATE INDEX "Document_subjectId_idx" ON "Document"("subjectId");

-- CreateIndex
CREATE INDEX "Document_ownerUserId_idx" ON "Document"("ownerUserId");
