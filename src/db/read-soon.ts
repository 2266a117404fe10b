/** Per database, the reads by name that callers so far wait for; a read leaves once it has begun. */
const waiting = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `read` once at the end of the event loop's turn (setImmediate) for every caller of this turn
 * asking `db` the same `what`, and gives them all its answer. The read begins after each of them
 * called, so it sees every write finished before any of them asked: what a request needs of a data
 * version or a ping, for one query a turn rather than one a request. A caller after the read began
 * waits for the next one.
 */
export function readSoon<T>(db: object, what: string, read: () => Promise<T>): Promise<T> {
  let reads = waiting.get(db);
  if (!reads) {
    reads = new Map();
    waiting.set(db, reads);
  }
  const pending = reads.get(what) as Promise<T> | undefined;
  if (pending) return pending;
  const answer = new Promise<T>((resolve, reject) => {
    setImmediate(() => {
      reads.delete(what);
      read().then(resolve, reject);
    });
  });
  reads.set(what, answer);
  return answer;
}
