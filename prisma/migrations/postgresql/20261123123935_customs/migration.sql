-- CreateTable
CREATE TABLE "CustomsProduct" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "hs6" TEXT NOT NULL,
    "cn10" TEXT,
    "cn10VerifiedOn" TEXT,
    "isFood" BOOLEAN NOT NULL,
    "noteZh" TEXT NOT NULL DEFAULT '',
    "noteEn" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomsProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomsDestination" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "rcepMember" BOOLEAN NOT NULL,
    "rcepSince" TEXT,
    "aseanMember" BOOLEAN NOT NULL,
    "noteZh" TEXT NOT NULL DEFAULT '',
    "noteEn" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomsDestination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomsMode" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "whoZh" TEXT NOT NULL,
    "whoEn" TEXT NOT NULL,
    "declarationZh" TEXT NOT NULL,
    "declarationEn" TEXT NOT NULL,
    "filingsZh" TEXT NOT NULL,
    "filingsEn" TEXT NOT NULL,
    "documentsZh" TEXT NOT NULL,
    "documentsEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomsMode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BondedZone" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "noteZh" TEXT NOT NULL DEFAULT '',
    "noteEn" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BondedZone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BondedZoneMode" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "modeId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "noteZh" TEXT NOT NULL DEFAULT '',
    "noteEn" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BondedZoneMode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomsRequirement" (
    "id" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "categories" TEXT NOT NULL,
    "destinations" TEXT NOT NULL,
    "modes" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "issuerZh" TEXT NOT NULL,
    "issuerEn" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "timeZh" TEXT NOT NULL DEFAULT '',
    "timeEn" TEXT NOT NULL DEFAULT '',
    "costZh" TEXT NOT NULL DEFAULT '',
    "costEn" TEXT NOT NULL DEFAULT '',
    "detailZh" TEXT NOT NULL DEFAULT '',
    "detailEn" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomsRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomsTariff" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "destinationId" TEXT NOT NULL,
    "mfnPercent" TEXT,
    "mfnTextZh" TEXT NOT NULL DEFAULT '',
    "mfnTextEn" TEXT NOT NULL DEFAULT '',
    "agreement" TEXT,
    "preferentialPercent" TEXT,
    "additionalPercent" TEXT,
    "noteZh" TEXT NOT NULL DEFAULT '',
    "noteEn" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomsTariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "quotation" TEXT NOT NULL,
    "unit" INTEGER NOT NULL DEFAULT 1,
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FxRoute" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "howZh" TEXT NOT NULL,
    "howEn" TEXT NOT NULL,
    "limitsZh" TEXT NOT NULL DEFAULT '',
    "limitsEn" TEXT NOT NULL DEFAULT '',
    "tripCostFen" INTEGER,
    "feeBps" INTEGER,
    "annualQuotaUsd" INTEGER,
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FxRoute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnReliefRule" (
    "id" TEXT NOT NULL,
    "modes" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "exportFrom" TEXT NOT NULL,
    "exportUntil" TEXT,
    "excludesFood" BOOLEAN NOT NULL,
    "textZh" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReturnReliefRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndustryNote" (
    "id" TEXT NOT NULL,
    "products" TEXT NOT NULL,
    "destinations" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "verifiedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndustryNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BondedZoneMode_zoneId_modeId_key" ON "BondedZoneMode"("zoneId", "modeId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomsTariff_productId_destinationId_key" ON "CustomsTariff"("productId", "destinationId");

-- CreateIndex
CREATE INDEX "ExchangeRate_date_idx" ON "ExchangeRate"("date");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_date_key" ON "ExchangeRate"("currency", "date");
