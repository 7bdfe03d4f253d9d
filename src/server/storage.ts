import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "./env";

/**
 * Files live outside public/ under server-chosen names and are served only through
 * handlers that authorise the reader. The interface lets a deployment that outgrows one
 * machine swap the local disk for shared object storage without touching the modules.
 */
export type FileStorage = {
  put(bytes: Uint8Array, extension: string): Promise<string>;
  get(storageKey: string): Promise<Buffer>;
};

function localStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);
  const resolveKey = (key: string) => {
    if (!/^[0-9a-f-]{36}\.(pdf|jpg|png)$/.test(key)) throw new Error("invalid storage key");

    return path.join(root, key.slice(0, 2), key);
  };

  return {
    async put(bytes, extension) {
      const key = `${randomUUID()}.${extension}`;
      const file = resolveKey(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx" });

      return key;
    },
    get: (key) => readFile(resolveKey(key)),
  };
}

let storage: FileStorage | undefined;

export function fileStorage(): FileStorage {
  storage ??= localStorage(env().STORAGE_DIR);

  return storage;
}
