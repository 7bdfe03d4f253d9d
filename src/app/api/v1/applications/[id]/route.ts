import { applicationJson } from "@/modules/applications/api";
import { getApplication, updateApplication } from "@/modules/applications/service";
import { readJson, withApi } from "@/server/api";

export const GET = withApi<{ id: string }>(async ({ actor, params }) => Response.json(applicationJson(await getApplication(actor, params.id))));

export const PATCH = withApi<{ id: string }>(async ({ request, actor, params }) => Response.json(applicationJson(await updateApplication(actor, params.id, await readJson(request)))), {
  permission: "subsidy.apply",
});
