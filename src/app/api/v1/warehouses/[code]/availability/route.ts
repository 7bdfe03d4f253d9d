import { availabilityDto } from "@/modules/warehouse/dto";
import { getAvailability } from "@/modules/warehouse/service";
import { withPublicApi } from "@/server/api";

// GET ?from=YYYY-MM-DD&to=YYYY-MM-DD&cold=false → free capacity per day (both ends included).
export const GET = withPublicApi<{ code: string }>(async ({ request, params }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { warehouse, temperature, days } = await getAvailability(params.code, query);

  return Response.json(availabilityDto(warehouse.code, temperature === "cold", days));
});
