import { ZProductDto } from "@/modules/customs/schemas";
import { listCustomsProducts } from "@/modules/customs/service";
import { withPublicApi } from "@/server/api";

export const GET = withPublicApi(async ({ locale }) => {
  const products = await listCustomsProducts(locale);

  return Response.json({ products: products.map((p) => ZProductDto.parse(p)) });
});
