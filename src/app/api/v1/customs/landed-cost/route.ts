import { ZLandedCostDto } from "@/modules/customs/schemas";
import { calculateLandedCost } from "@/modules/customs/service";
import { readJson, withPublicApi } from "@/server/api";

export const POST = withPublicApi(async ({ request }) => {
  const result = await calculateLandedCost(await readJson(request));

  return Response.json(
    ZLandedCostDto.parse({
      currency: result.currency,
      rate: { date: result.rate.date, rate: result.rate.rate, quotation: result.rate.quotation, unit: result.rate.unit, source: result.rateSource, verifiedOn: result.rateVerifiedOn },
      revenueFen: result.revenueFen,
      lines: result.lines,
      totalCostFen: result.totalCostFen,
      marginFen: result.marginFen,
      marginBps: result.marginBps,
      breakEvenUnitPrice: result.breakEvenUnitPrice,
      logisticsFen: result.logisticsFen,
      logisticsShareBps: result.logisticsShareBps,
      benchmarks: result.benchmarks,
    }),
  );
});
