import "server-only";
import type { Tx } from "@/server/db";

// The one place applications tell people things. The shared inbox (src/modules/notifications,
// branch `market`) is not on main yet; when it lands this function calls its
// notify(tx, …) and nothing else in the module changes. Until then each message is logged
// (ids and keys only, never personal data) so nothing is dropped silently in development.

export type ApplicationNotice = {
  userIds: string[];
  kind: "application_status" | "application_changes_requested" | "application_submitted";
  key: string; // i18n key in namespace "applications", rendered in each recipient's language
  params: Record<string, string | number>;
  link: string;
};

export async function notifyApplicationEvent(_tx: Tx, notice: ApplicationNotice): Promise<void> {
  if (notice.userIds.length === 0) return;
  if (process.env.NODE_ENV !== "test") console.info(`notify ${notice.kind} ${notice.key} → ${notice.userIds.length} user(s) ${notice.link}`);
}
