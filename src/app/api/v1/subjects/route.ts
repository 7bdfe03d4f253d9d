import { ZSubjectDto } from "@/modules/identity/schemas";
import { listSubjects } from "@/modules/identity/service";
import { withApi } from "@/server/api";

export const GET = withApi(async ({ actor }) => {
  const subjects = await listSubjects(actor);

  return Response.json({ subjects: subjects.map((s) => ZSubjectDto.parse(s)) });
});
