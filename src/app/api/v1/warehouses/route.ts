import { warehouseDto } from "@/modules/warehouse/dto";
import { ZWarehouseListDto } from "@/modules/warehouse/schemas";
import { listWarehouses } from "@/modules/warehouse/service";
import { withPublicApi } from "@/server/api";
import { fieldError } from "@/server/validation";

// Public: which warehouses exist is no secret. ?country=VN narrows by destination, ?cold=true to cold chain.
export const GET = withPublicApi(async ({ request, locale }) => {
  const url = new URL(request.url);
  const country = url.searchParams.get("country")?.trim().toUpperCase() || undefined;
  if (country && !/^[A-Z]{2}$/.test(country)) throw fieldError("country", "country_invalid");
  const warehouses = await listWarehouses({ countryCode: country, coldOnly: url.searchParams.get("cold") === "true" });

  return Response.json(ZWarehouseListDto.parse({ warehouses: warehouses.map((w) => warehouseDto(w, locale)) }));
});
