// Demo market items, idempotent: each seeded item has a fixed id and is rewritten in place.
// Called from prisma/seed.ts (seedDatabase). Uses the client it is given, like the rest of
// the seed, rather than the service (no actor, no notifications for historical alerts).
import type { Db } from "@/server/db";
import { contentHash } from "./domain/dedup";
import { SEED_ITEMS } from "./seed-items";

export async function seedMarket(db: Db): Promise<number> {
  for (const item of SEED_ITEMS) {
    const language = item.language ?? "zh-CN";
    const data = {
      kind: item.kind,
      status: "published",
      urgent: item.urgent ?? false,
      language,
      title: item.title,
      summary: item.summary,
      body: item.body,
      sourceName: item.sourceName,
      sourceUrl: item.sourceUrl ?? null,
      sourceRef: item.sourceRef ?? null,
      publishedAt: new Date(item.publishedAt),
      expiresAt: item.expiresAt ? new Date(item.expiresAt) : null,
      // Historical alerts are not pushed to anyone's inbox when the demo is seeded.
      notifiedAt: new Date(item.publishedAt),
      contentHash: contentHash(item.title, item.body),
    };
    await db.$transaction(async (tx) => {
      await tx.marketItem.upsert({ where: { id: item.id }, create: { id: item.id, ...data }, update: data, select: { id: true } });
      await tx.marketItemProduct.deleteMany({ where: { itemId: item.id } });
      await tx.marketItemCountry.deleteMany({ where: { itemId: item.id } });
      await tx.marketItemTranslation.deleteMany({ where: { itemId: item.id } });
      if (item.products.length) await tx.marketItemProduct.createMany({ data: item.products.map((code) => ({ itemId: item.id, code })) });
      if (item.countries.length) await tx.marketItemCountry.createMany({ data: item.countries.map((iso) => ({ itemId: item.id, iso })) });
      if (item.en) await tx.marketItemTranslation.create({ data: { itemId: item.id, language: "en", ...item.en }, select: { itemId: true } });
    });
  }

  return SEED_ITEMS.length;
}
