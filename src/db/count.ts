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
