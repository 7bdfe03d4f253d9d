import { ZMeDto } from "@/modules/identity/schemas";
import { withApi } from "@/server/api";

export const GET = withApi(async ({ actor }) =>
  Response.json(ZMeDto.parse({ id: actor.userId, role: actor.role, countyCode: actor.countyCode, name: actor.name })),
);
