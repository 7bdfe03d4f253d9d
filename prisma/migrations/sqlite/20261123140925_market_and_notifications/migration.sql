-- CreateTable
CREATE TABLE "MarketItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceRef" TEXT,
    "publishedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME,
    "retractedAt" DATETIME,
    "retractReason" TEXT,
    "notifiedAt" DATETIME,
    "feedSourceId" TEXT,
    "feedKey" TEXT,
    "link" TEXT,
    "contentHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MarketItem_feedSourceId_fkey" FOREIGN KEY ("feedSourceId") REFERENCES "FeedSource" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketItemProduct" (
    "itemId" TEXT NOT NULL,
    "code" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "code"),
    CONSTRAINT "MarketItemProduct_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MarketItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketItemCountry" (
    "itemId" TEXT NOT NULL,
    "iso" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "iso"),
    CONSTRAINT "MarketItemCountry_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MarketItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketItemTranslation" (
    "itemId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "language"),
    CONSTRAINT "MarketItemTranslation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MarketItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketFollow" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "kind", "value"),
    CONSTRAINT "MarketFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketFollowPrefs" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "feedTokenHash" TEXT,
    "feedTokenAt" DATETIME,
    "customisedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FeedSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "trusted" BOOLEAN NOT NULL DEFAULT false,
    "defaultKind" TEXT NOT NULL,
    "defaultProducts" TEXT NOT NULL,
    "defaultCountries" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastFetchedAt" DATETIME,
    "lastStatus" TEXT,
    "lastError" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FeedFetchLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "duplicate" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    CONSTRAINT "FeedFetchLog_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "FeedSource" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "notificationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NotificationDelivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "MarketItem_feedKey_key" ON "MarketItem"("feedKey");

-- CreateIndex
CREATE INDEX "MarketItem_status_publishedAt_idx" ON "MarketItem"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "MarketItem_contentHash_idx" ON "MarketItem"("contentHash");

-- CreateIndex
CREATE INDEX "MarketItem_link_idx" ON "MarketItem"("link");

-- CreateIndex
CREATE INDEX "MarketItemProduct_code_idx" ON "MarketItemProduct"("code");

-- CreateIndex
CREATE INDEX "MarketItemCountry_iso_idx" ON "MarketItemCountry"("iso");

-- CreateIndex
CREATE INDEX "MarketFollow_kind_value_idx" ON "MarketFollow"("kind", "value");

-- CreateIndex
CREATE UNIQUE INDEX "MarketFollowPrefs_feedTokenHash_key" ON "MarketFollowPrefs"("feedTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "FeedSource_url_key" ON "FeedSource"("url");

-- CreateIndex
CREATE INDEX "FeedFetchLog_sourceId_at_idx" ON "FeedFetchLog"("sourceId", "at");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_status_createdAt_idx" ON "NotificationDelivery"("status", "createdAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_notificationId_idx" ON "NotificationDelivery"("notificationId");
