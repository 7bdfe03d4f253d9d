-- AlterTable
ALTER TABLE "WarehouseBooking" ADD COLUMN "departedOn" TEXT;
