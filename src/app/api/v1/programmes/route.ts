import { listPublicProgrammes } from "@/modules/subsidy/service";
import { withPublicApi } from "@/server/api";

export const GET = withPublicApi(async ({ locale }) => Response.json(await listPublicProgrammes(locale)));
