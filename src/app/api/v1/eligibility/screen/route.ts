import { screenForApi } from "@/modules/subsidy/service";
import { readJson, withPublicApi } from "@/server/api";

export const POST = withPublicApi(async ({ request, locale }) => Response.json(await screenForApi(await readJson(request), locale)));
