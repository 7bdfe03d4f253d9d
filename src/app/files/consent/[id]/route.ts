import { readConsentFile } from "@/modules/identity/service";
import { serveStoredFile } from "@/server/file-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;

  return serveStoredFile(request, (actor) => readConsentFile(actor, id));
}
