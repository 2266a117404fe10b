import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { newId } from '../shared/ids.js';

/**
 * Where file bytes live. One small interface so a deployment can move them to object storage
 * without touching the slices that attach files; the database only keeps keys.
 */
export interface FileStorage {
  /** Moves a finished temporary file in under `key`. */
  putFile(key: string, sourcePath: string): Promise<void>;
  putBytes(key: string, bytes: Buffer): Promise<void>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
}

/** Files under `<DATA_DIR>/files`, written to a temporary name first so a crash never leaves half a file. */
export function diskStorage(dataDir: string): FileStorage {
  const root = path.resolve(dataDir, 'files');
  const full = (key: string) => {
    const p = path.resolve(root, key);
    if (!p.startsWith(`${root}${path.sep}`)) throw new Error(`Storage key outside the store: ${key}`);
    return p;
  };
  const place = async (key: string, write: (tmp: string) => Promise<void>) => {
    const target = full(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${newId()}.part`;
    try {
      await write(tmp);
      await fs.promises.rename(tmp, target);
    } catch (error) {
      await fs.promises.rm(tmp, { force: true });
      throw error;
    }
  };
  return {
    putFile: (key, sourcePath) => place(key, (tmp) => fs.promises.copyFile(sourcePath, tmp)),
    putBytes: (key, bytes) => place(key, (tmp) => fs.promises.writeFile(tmp, bytes)),
    open: (key) => fs.createReadStream(full(key)),
    remove: (key) => fs.promises.rm(full(key), { force: true }),
  };
}
