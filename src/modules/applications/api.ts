import "server-only";
import { translatorFor } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { jsonError } from "@/server/api";
import { isAppError } from "@/server/errors";
import { toApplicationDto, type ApplicationView } from "./service";

/** The API's application body: the DTO, parsed on the way out. */
export function applicationJson(view: ApplicationView) {
  return toApplicationDto(view);
}

/** An incomplete submission answers `422 { error: "incomplete", missing: [...] }` (issue 4 §6). */
export function incompleteResponse(error: unknown, locale: Locale): Response | null {
  if (!isAppError(error) || error.message !== "incomplete") return null;

  return jsonError("incomplete", translatorFor(locale, "errors")("incomplete"), 422, { missing: error.details?.missing ?? [] });
}
