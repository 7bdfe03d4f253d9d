import { issueApiToken } from "@/modules/identity/service";
import { readJson, withPublicApi } from "@/server/api";
import { clientIpFromRequest } from "@/server/request-context";

export const POST = withPublicApi(async ({ request }) => {
  const { token, expiresAt } = await issueApiToken(await readJson(request), { ip: clientIpFromRequest(request) });

  return Response.json({ token, expiresAt: expiresAt.toISOString() }, { status: 201, headers: { "cache-control": "no-store" } });
});
