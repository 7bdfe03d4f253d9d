import { ZDocumentDto, ZUploadedDocumentDto } from "@/modules/documents/schemas";
import { listSubjectDocuments, uploadDocument } from "@/modules/documents/service";
import { withApi } from "@/server/api";
import { AppError } from "@/server/errors";
import { MAX_UPLOAD_BYTES } from "@/server/file-type";

// Multipart overhead on top of the 10 MB file limit; anything bigger is refused before parsing.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export const GET = withApi<{ id: string }>(async ({ actor, params }) => {
  const documents = await listSubjectDocuments(actor, params.id);

  return Response.json({ documents: documents.map((doc) => ZDocumentDto.parse(Object.fromEntries(Object.keys(ZDocumentDto.shape).map((key) => [key, doc[key as keyof typeof doc]])))) });
});

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new AppError("validation_failed", "file_too_large", { fieldErrors: { file: ["file_too_large"] } });
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError("bad_request", "multipart_required");
    }
    const file = form.get("file");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : null;
    const input = { type: form.get("type"), number: form.get("number"), issuer: form.get("issuer"), validFrom: form.get("validFrom") ?? undefined, validTo: form.get("validTo") ?? undefined };
    const created = await uploadDocument(actor, params.id, input, bytes ? { bytes } : null);

    return Response.json(ZUploadedDocumentDto.parse({ id: created.id, type: created.type, sha256: created.sha256 }), { status: 201 });
  },
  { permission: "subsidy.apply" },
);
