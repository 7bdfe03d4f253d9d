import { guidanceDto } from "@/modules/customs/service";
import { withPublicApi } from "@/server/api";
import { translatorFor } from "@/i18n/server";

export const GET = withPublicApi(async ({ request, locale }) => {
  const url = new URL(request.url);
  const query = { product: url.searchParams.get("product") ?? "", destination: url.searchParams.get("destination") ?? "", channel: url.searchParams.get("channel") ?? "" };

  return Response.json(await guidanceDto(query, locale, translatorFor(locale, "customs")));
});
