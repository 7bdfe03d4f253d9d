import "server-only";
import { auditPeople, type Actor } from "./actor";
import { appendAudit } from "./audit";
import { decryptField } from "./crypto";
import { db } from "./db";
import { fieldEncryptionKey } from "./keys";

export type UnmaskTarget = { action: string; targetType: string; targetId: string; after?: Record<string, unknown> };

/**
 * Shows one encrypted personal field in full to someone the caller has already authorised,
 * and records that it was shown (PIPL art. 51): the audit row commits before the value is
 * decrypted, so nothing is revealed that the log does not hold. The value itself never goes
 * into the audit row or a log line.
 */
export async function unmaskAudited(actor: Actor, target: UnmaskTarget, ciphertext: string, associatedData?: string): Promise<string> {
  await db().$transaction((tx) => appendAudit(tx, { ...auditPeople(actor), ...target }));

  return decryptField(ciphertext, fieldEncryptionKey(), associatedData);
}
