import type { BoardRecordsChanged, BoardRecordsHook } from '../app/slice.js';
import type { Db } from '../db/database.js';

/**
 * What runs after a board record of Amazon's decisions (a late cancel, an unplanned delay) is made or
 * undone: slices above dispatch (money checks the week again) hand a hook to the app, which sets them
 * here (`src/app/slices.ts`), so dispatch never imports them. Setting again replaces.
 */
let hooks: readonly BoardRecordsHook[] = [];

export function setBoardRecordsHooks(next: readonly BoardRecordsHook[]): void {
  hooks = next;
}

/** Runs the hooks once the record is committed, so they read it. */
export async function boardRecordsChanged(db: Db, changed: BoardRecordsChanged): Promise<void> {
  for (const hook of hooks) await hook(db, changed);
}
