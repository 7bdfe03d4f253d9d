import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "./env";
import { s3Storage } from "./storage-s3";
import { checkStorageKey, newStorageKey, StoredFileMissingError } from "./storage-key";

/**
 * Files live outside public/ under server-chosen names and are served only through
 * handlers that authorise the reader. The interface lets a deployment that outgrows one
 * machine swap the local disk for shared object storage without touching the modules.
 */
export type FileStorage = {
  put(bytes: Uint8Array, extension: string): Promise<string>;
  get(storageKey: string): Promise<Buffer>;
};

export function localStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);
  // Two-character subdirectories keep any one directory small.
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), checkStorageKey(key));

  return {
    async put(bytes, extension) {
      const key = newStorageKey(extension);
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx" });

      return key;
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new StoredFileMissingError(key);
        throw error;
      }
    },
  };
}

let storage: FileStorage | undefined;

export function fileStorage(): FileStorage {
  if (!storage) {
    const { STORAGE_DIR, s3 } = env();
    storage = s3 ? s3Storage(s3) : localStorage(STORAGE_DIR);
  }

  return storage;
}
