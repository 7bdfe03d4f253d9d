import { ZApplicationListItem } from "@/modules/applications/schemas";
import { listApplications, startApplication } from "@/modules/applications/service";
import { readJson, withApi } from "@/server/api";
import { withIdempotency } from "@/server/idempotency";

export const GET = withApi(async ({ request, actor }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams.entries());
  const filters = { countyCode: query.county, programmeId: query.programme, status: query.status, minAgeDays: query.minAgeDays };
  const rows = await listApplications(actor, filters);

  return Response.json({ applications: rows.map((row) => ZApplicationListItem.parse({ id: row.id, reference: row.reference, status: row.status, programmeId: row.programmeId, subjectId: row.subjectId, submittedAt: row.submittedAt })) });
});

export const POST = withApi(
  async ({ request, actor }) => {
    const body = await readJson(request);

    return withIdempotency(request, actor.userId, "applications.create", body, async () => {
      const created = await startApplication(actor, body);

      return { status: 201, body: { id: created.id, reference: created.reference, status: created.status, amount: created.amount } };
    });
  },
  { permission: "subsidy.apply" },
);
