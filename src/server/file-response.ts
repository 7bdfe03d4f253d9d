import "server-only";
import { translatorFor } from "@/i18n/server";
import { requestLocale } from "./api";
import { isAppError } from "./errors";
import { getActor } from "./session";
import type { Actor } from "./actor";
import { StoredFileMissingError } from "./storage-key";

/**
 * Serves a stored upload (evidence, consent forms) to a reader the module's service allowed:
 * never from public/, never cached, sandboxed. Anyone not allowed — or not signed in — gets
 * the same 404 as for a file that does not exist. A file the database knows but the store has
 * lost is an operational fault: logged (key only) and answered 503 with a translated message,
 * so the reader knows to ask for a new upload rather than seeing a server error page.
 */
export async function serveStoredFile(request: Request, read: (actor: Actor) => Promise<{ bytes: Uint8Array; mimeType: string }>): Promise<Response> {
  const t = translatorFor(requestLocale(request), "errors");
  const text = (key: string, status: number) => new Response(t(key), { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  const actor = await getActor();
  if (!actor) return text("not_found", 404);
  try {
    const { bytes, mimeType } = await read(actor);

    return new Response(new Uint8Array(bytes), {
      headers: { "content-type": mimeType, "content-disposition": "inline", "cache-control": "private, no-store", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; sandbox" },
    });
  } catch (error) {
    if (isAppError(error)) return text("not_found", 404);
    if (error instanceof StoredFileMissingError) {
      console.error(error.message);

      return text("stored_file_missing", 503);
    }
    throw error;
  }
}
