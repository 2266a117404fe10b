import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** SQLite's own default: checkpoint at the commit that takes the write-ahead log past 1,000 pages. */
const AUTO_CHECKPOINT_PAGES = 1000;

/**
 * The thread's whole program, plain JavaScript so it runs the same from the built server and from the
 * TypeScript sources under test. A PASSIVE checkpoint copies committed pages without waiting on, or
 * blocking, the server's reads and writes.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Copies the write-ahead log into the database file on a thread and connection of its own, every
 * `everyMs`, instead of in the commit that fills it: a 10,000-DA import's commit waited ~100 ms for
 * it, a million safety events' several seconds, and every request meanwhile. Should the thread fail,
 * commits checkpoint again as SQLite does by default. Answers how to stop it (before closing `raw`).
 */
export function startCheckpointer(raw: SQLite.Database, file: string, everyMs = 1000): () => Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  raw.pragma('wal_autocheckpoint = 0');
  // Nothing of the parent's flags (a loader, --input-type=module): the program is plain CommonJS.
  const thread = new Worker(THREAD, { eval: true, execArgv: [], workerData: { driver, file, everyMs } });
  thread.unref();
  let running = true;
  thread.on('error', (error) => {
    running = false;
    if (raw.open) raw.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    console.error(`SQLite checkpoint thread stopped (commits checkpoint again): ${error.message}`);
  });
  return async () => {
    if (!running) return;
    running = false;
    const exited = once(thread, 'exit');
    thread.ref(); // the process waits for it now, even when nothing else is left to do
    thread.postMessage('stop');
    await exited;
  };
}
