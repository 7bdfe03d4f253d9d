import { applicationJson, incompleteResponse } from "@/modules/applications/api";
import { submitApplication } from "@/modules/applications/service";
import { withApi } from "@/server/api";
import { withIdempotency } from "@/server/idempotency";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params, locale }) => {
    try {
      return await withIdempotency(request, actor.userId, `applications.submit.${params.id}`, null, async () => ({ status: 200, body: applicationJson(await submitApplication(actor, params.id)) }));
    } catch (error) {
      const incomplete = incompleteResponse(error, locale);
      if (incomplete) return incomplete;
      throw error;
    }
  },
  { permission: "subsidy.apply" },
);
