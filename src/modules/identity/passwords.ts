import "server-only";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to Argon2id (v0x13) with m=19 MiB, t=2, p=1 — OWASP's
// password-storage minimum; the hash string carries its own salt and parameters.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A fixed hash verified when the account does not exist, so a wrong phone number takes as
// long as a wrong password and response times don't reveal who is registered.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Zz2UpYk3T8l5c2pI0c2l3Y9Jb1c5Qz6xV2N0Qm1Hc0E";

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? DUMMY_HASH, password);
  } catch {
    return false;
  }
}
