import type { FastifyRequest } from 'fastify';
import { dataVersion } from '../db/data-version.js';
import type { DatabaseHandle } from '../db/database.js';
import { readSoon } from '../db/read-soon.js';

const read = new WeakMap<FastifyRequest, Promise<string>>();

/**
 * The database's data version (src/db/data-version.ts) as read once for this request, after it
 * arrived: what the session lookup and the kept answer check against, so any write that finished
 * before the request came is seen. The requests of one turn of the event loop share the query.
 */
export function dataVersionOf(
  req: FastifyRequest,
  handle: Pick<DatabaseHandle, 'db' | 'dialect'>,
): Promise<string> {
  let version = read.get(req);
  if (!version) {
    version = readSoon(handle.db, 'data version', () => dataVersion(handle));
    read.set(req, version);
  }
  return version;
}
