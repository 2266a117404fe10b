import fs from 'node:fs';
import type { Config } from '../app/config.js';
import { removeOrphanedUploads, uploadDir } from '../app/upload.js';
import type { DatabaseHandle } from '../db/database.js';
import { holdInstanceLease } from '../db/instance.js';
import { failInterruptedImports } from '../imports/recover.js';

const MB = 1024 * 1024;

/**
 * Starts this process as an instance (`serve`, `import`): takes its lease, then cleans up after any
 * instance that is gone — its running imports marked failed, its uploads removed — and says what it
 * did in `log`. Answers how to stop: the lease let go and this instance's uploads folder removed.
 */
export async function startInstance(
  handle: DatabaseHandle,
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  const lease = await holdInstanceLease(handle, {
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
  });
  try {
    for (const i of await failInterruptedImports(handle.db, lease.isAlive)) {
      log(
        `Import ${i.id} (${i.kind}, ${i.file_name}, org ${i.org_id}) was interrupted when its process stopped: marked failed; nothing of it was stored.`,
      );
    }
    const removed = await removeOrphanedUploads(config.DATA_DIR, lease.isAlive);
    if (removed.files > 0) {
      log(
        `Removed ${removed.files} upload(s) left in ${config.DATA_DIR}/tmp by stopped processes (${(removed.bytes / MB).toFixed(1)} MB).`,
      );
    }
  } catch (error) {
    await lease.release();
    throw error;
  }
  return async () => {
    await lease.release();
    await fs.promises.rm(uploadDir(config.DATA_DIR, lease.id), { recursive: true, force: true });
  };
}
