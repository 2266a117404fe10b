import type { Db } from '../db/database.js';
import { failImportsOf, runningImportOwners } from './store.js';

/** What the history shows for an import whose process stopped while it ran. */
export const INTERRUPTED =
  'Interrupted: the server stopped while saving; nothing was stored — import the file again.';

/**
 * Marks failed the imports still `running` whose instance is gone. Nothing of them was stored: the
 * save is one transaction, and the database rolls back one whose connection died with its process.
 * Imports of instances still running are left to finish.
 */
export async function failInterruptedImports(db: Db, isAlive: (instance: string) => Promise<boolean>) {
  const failed = [];
  for (const owner of await runningImportOwners(db)) {
    if (owner !== null && (await isAlive(owner))) continue;
    failed.push(...(await failImportsOf(db, owner, INTERRUPTED)));
  }
  return failed;
}
