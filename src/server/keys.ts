import "server-only";
import { parseKey } from "./crypto";
import { env } from "./env";

let fieldKey: Buffer | undefined;
let lookupKey: Buffer | undefined;

export function fieldEncryptionKey(): Buffer {
  fieldKey ??= parseKey(env().FIELD_ENCRYPTION_KEY);

  return fieldKey;
}

export function lookupHashKey(): Buffer {
  lookupKey ??= parseKey(env().LOOKUP_HASH_KEY);

  return lookupKey;
}
