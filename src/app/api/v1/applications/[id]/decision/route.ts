import { applicationJson } from "@/modules/applications/api";
import { decideApplication } from "@/modules/applications/service";
import { readJson, withApi } from "@/server/api";

export const POST = withApi<{ id: string }>(async ({ request, actor, params }) => Response.json(applicationJson(await decideApplication(actor, params.id, await readJson(request)))), {
  permission: "subsidy.review",
});
