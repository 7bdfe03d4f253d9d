-- CreateTable
CREATE TABLE "MarketItem" (
    "id" TEXT NOT NULL,
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
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "retractedAt" TIMESTAMP(3),
    "retractReason" TEXT,
    "notifiedAt" TIMESTAMP(3),
    "feedSourceId" TEXT,
    "feedKey" TEXT,
    "link" TEXT,
    "contentHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketItemProduct" (
    "itemId" TEXT NOT NULL,
    "code" TEXT NOT NULL,

    CONSTRAINT "MarketItemProduct_pkey" PRIMARY KEY ("itemId","code")
);

-- CreateTable
CREATE TABLE "MarketItemCountry" (
    "itemId" TEXT NOT NULL,
    "iso" TEXT NOT NULL,

    CONSTRAINT "MarketItemCountry_pkey" PRIMARY KEY ("itemId","iso")
);

-- CreateTable
CREATE TABLE "MarketItemTranslation" (
    "itemId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "MarketItemTranslation_pkey" PRIMARY KEY ("itemId","language")
);

-- CreateTable
CREATE TABLE "MarketFollow" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MarketFollow_pkey" PRIMARY KEY ("userId","kind","value")
);

-- CreateTable
CREATE TABLE "MarketFollowPrefs" (
    "userId" TEXT NOT NULL,
    "feedTokenHash" TEXT,
    "feedTokenAt" TIMESTAMP(3),
    "customisedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketFollowPrefs_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "FeedSource" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "trusted" BOOLEAN NOT NULL DEFAULT false,
    "defaultKind" TEXT NOT NULL,
    "defaultProducts" TEXT NOT NULL,
    "defaultCountries" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastFetchedAt" TIMESTAMP(3),
    "lastStatus" TEXT,
    "lastError" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedFetchLog" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "duplicate" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "FeedFetchLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
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

-- AddForeignKey
ALTER TABLE "MarketItem" ADD CONSTRAINT "MarketItem_feedSourceId_fkey" FOREIGN KEY ("feedSourceId") REFERENCES "FeedSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketItemProduct" ADD CONSTRAINT "MarketItemProduct_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MarketItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketItemCountry" ADD CONSTRAINT "MarketItemCountry_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MarketItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketItemTranslation" ADD CONSTRAINT "MarketItemTranslation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MarketItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketFollow" ADD CONSTRAINT "MarketFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedFetchLog" ADD CONSTRAINT "FeedFetchLog_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "FeedSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
