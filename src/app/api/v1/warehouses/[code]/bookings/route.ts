import { translatorFor } from "@/i18n/server";
import { ZBookingCreatedDto, ZInsufficientCapacityDto } from "@/modules/warehouse/schemas";
import { bookStorage } from "@/modules/warehouse/service";
import { readJson, withApi } from "@/server/api";

// POST { subjectId, from, to, volumeM3, cold } → 201 { id, reference, status } or
// 409 { error: "insufficient_capacity", date, freeM3 }. An Idempotency-Key header makes
// retries safe: the same key returns the first response, with a different body it is a 422.
export const POST = withApi<{ code: string }>(
  async ({ request, actor, params, locale }) => {
    const result = await bookStorage(actor, params.code, await readJson(request), { idempotencyKey: request.headers.get("idempotency-key") });
    const headers = result.replayed ? { "idempotent-replayed": "true" } : undefined;
    if (result.status === 201) return Response.json(ZBookingCreatedDto.parse(result.body), { status: 201, headers });
    const body = ZInsufficientCapacityDto.parse(result.body);
    const message = translatorFor(locale, "errors")("insufficient_capacity", { date: body.date, free: body.freeM3 });

    return Response.json({ ...body, message }, { status: 409, headers });
  },
  { permission: "warehouse.book" },
);
