import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './database.js';

/**
 * A query that runs on every request, built and compiled once per database and then run with
 * each call's values. Building a Kysely query costs several times what SQLite takes to answer a
 * small one; this keeps the hot path (the session lookup) to the database's own work.
 * `build` receives one placeholder per argument and must use each exactly where a value goes.
 */
export function preparedQuery<Args extends string[], Row>(
  build: (db: Db, ...placeholders: Args) => Compilable<Row>,
): (db: Db, ...args: Args) => Promise<Row[]> {
  const compiled = new WeakMap<Db, { query: CompiledQuery<Row>; slots: number[] }>();
  return async (db, ...args) => {
    let entry = compiled.get(db);
    if (!entry) {
      const placeholders = args.map((_, i) => `\u0000placeholder-${i}\u0000`) as Args;
      const query = build(db, ...placeholders).compile();
      const slots = placeholders.map((p) => query.parameters.indexOf(p));
      if (slots.some((s) => s < 0)) throw new Error('preparedQuery: every placeholder must be a parameter');
      entry = { query, slots };
      compiled.set(db, entry);
    }
    const parameters = [...entry.query.parameters];
    entry.slots.forEach((slot, i) => {
      parameters[slot] = args[i];
    });
    const result = await db.executeQuery<Row>({ ...entry.query, parameters });
    return result.rows;
  };
}
