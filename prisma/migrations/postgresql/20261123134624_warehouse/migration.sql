-- Hand-written: no module stored idempotency keys before this migration re-keys them per user.
DELETE FROM "IdempotencyKey";

-- AlterTable
ALTER TABLE "IdempotencyKey" DROP CONSTRAINT "IdempotencyKey_pkey",
ADD COLUMN     "id" TEXT NOT NULL,
ADD CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("id");

-- CreateTable
CREATE TABLE "Warehouse" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Warehouse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseCapacityDay" (
    "warehouseId" TEXT NOT NULL,
    "temperature" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WarehouseCapacityDay_pkey" PRIMARY KEY ("warehouseId","temperature","day")
);

-- CreateTable
CREATE TABLE "WarehouseBooking" (
    "id" TEXT NOT NULL,
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
    "arrivedAt" TIMESTAMP(3),
    "departedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WarehouseBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseOperator" (
    "warehouseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "WarehouseOperator_pkey" PRIMARY KEY ("warehouseId","userId")
);

-- CreateTable
CREATE TABLE "WarehouseCounter" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "WarehouseCounter_pkey" PRIMARY KEY ("name")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_userId_key_key" ON "IdempotencyKey"("userId", "key");

-- AddForeignKey
ALTER TABLE "WarehouseCapacityDay" ADD CONSTRAINT "WarehouseCapacityDay_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseBooking" ADD CONSTRAINT "WarehouseBooking_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseBooking" ADD CONSTRAINT "WarehouseBooking_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "MarketSubject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseOperator" ADD CONSTRAINT "WarehouseOperator_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseOperator" ADD CONSTRAINT "WarehouseOperator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (both providers): a day can never hold more than its capacity (issue #6).
ALTER TABLE "WarehouseCapacityDay" ADD CONSTRAINT "WarehouseCapacityDay_reserved_within_capacity" CHECK ("reserved" >= 0 AND "reserved" <= "capacity");
