-- Hand-written: no module stored idempotency keys before this migration re-keys them per user.
DELETE FROM "IdempotencyKey";

-- CreateTable
CREATE TABLE "Warehouse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "cityZh" TEXT NOT NULL,
    "cityEn" TEXT NOT NULL,
    "operatorZh" TEXT NOT NULL,
    "operatorEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ambientCapacity" INTEGER NOT NULL,
    "coldCapacity" INTEGER NOT NULL,
    "openingDate" TEXT NOT NULL,
    "priceList" TEXT NOT NULL,
    "subsidyBps" INTEGER NOT NULL DEFAULT 0,
    "subsidyCapFen" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WarehouseCapacityDay" (
    "warehouseId" TEXT NOT NULL,
    "temperature" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("warehouseId", "temperature", "day"),
    -- Hand-written (both providers): a day can never hold more than its capacity (issue #6).
    CONSTRAINT "WarehouseCapacityDay_reserved_within_capacity" CHECK ("reserved" >= 0 AND "reserved" <= "capacity"),
    CONSTRAINT "WarehouseCapacityDay_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WarehouseBooking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "toDate" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "volume" INTEGER NOT NULL,
    "temperature" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "totalFen" INTEGER NOT NULL,
    "subsidyFen" INTEGER NOT NULL,
    "bookedById" TEXT NOT NULL,
    "onBehalfOfId" TEXT,
    "arrivedAt" DATETIME,
    "departedAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WarehouseBooking_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WarehouseBooking_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "MarketSubject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WarehouseOperator" (
    "warehouseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("warehouseId", "userId"),
    CONSTRAINT "WarehouseOperator_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WarehouseOperator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WarehouseCounter" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IdempotencyKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "responseBody" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);
INSERT INTO "new_IdempotencyKey" ("createdAt", "expiresAt", "key", "requestHash", "responseBody", "scope", "status", "userId") SELECT "createdAt", "expiresAt", "key", "requestHash", "responseBody", "scope", "status", "userId" FROM "IdempotencyKey";
DROP TABLE "IdempotencyKey";
ALTER TABLE "new_IdempotencyKey" RENAME TO "IdempotencyKey";
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");
CREATE UNIQUE INDEX "IdempotencyKey_userId_key_key" ON "IdempotencyKey"("userId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Warehouse_code_key" ON "Warehouse"("code");

-- CreateIndex
CREATE INDEX "Warehouse_countryCode_idx" ON "Warehouse"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "WarehouseBooking_reference_key" ON "WarehouseBooking"("reference");

-- CreateIndex
CREATE INDEX "WarehouseBooking_warehouseId_temperature_fromDate_idx" ON "WarehouseBooking"("warehouseId", "temperature", "fromDate");

-- CreateIndex
CREATE INDEX "WarehouseBooking_subjectId_idx" ON "WarehouseBooking"("subjectId");

-- CreateIndex
CREATE INDEX "WarehouseOperator_userId_idx" ON "WarehouseOperator"("userId");
