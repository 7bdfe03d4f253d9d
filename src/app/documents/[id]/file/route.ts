import { readDocumentFile } from "@/modules/documents/service";
import { serveStoredFile } from "@/server/file-response";

// Evidence is served only to people allowed to see the subject, never from public/.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;

  return serveStoredFile(request, (actor) => readDocumentFile(actor, id));
}
