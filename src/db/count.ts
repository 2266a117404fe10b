import { sql } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';

/** How many of an org's rows of a table have `column = value` (what still points at a record). */
export async function countOf<T extends keyof Database & string>(
  db: Db,
  table: T,
  orgId: string,
  column: keyof Database[T] & string,
  value: string,
): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}
    where org_id = ${orgId} and ${sql.ref(column)} = ${value}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export type Counter = (db: Db, orgId: string, id: string) => Promise<number>;

/**
 * What still points at a record, in words ("3 shifts", "1 route"), from a list of counters and the
 * noun each counts: why a record that is part of the history cannot be deleted.
 */
export async function countsInWords(
  db: Db,
  orgId: string,
  id: string,
  counters: readonly (readonly [Counter, string])[],
): Promise<string[]> {
  const found: string[] = [];
  for (const [count, noun] of counters) {
    const n = await count(db, orgId, id);
    if (n > 0) found.push(`${n} ${noun}${n === 1 ? '' : 's'}`);
  }
  return found;
}
