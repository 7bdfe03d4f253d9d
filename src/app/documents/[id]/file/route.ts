import { readDocumentFile } from "@/modules/documents/service";
import { isAppError } from "@/server/errors";
import { getActor } from "@/server/session";

// Evidence is served only to people allowed to see the subject, never from public/.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const { bytes, mimeType } = await readDocumentFile(actor, (await params).id);

    return new Response(new Uint8Array(bytes), {
      headers: { "content-type": mimeType, "content-disposition": "inline", "cache-control": "private, no-store", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; sandbox" },
    });
  } catch (error) {
    if (isAppError(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
