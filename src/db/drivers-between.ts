import { sql } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';

/** The tables whose rows belong to one DA of an org. */
type DriverTable = {
  [T in keyof Database]: Database[T] extends { org_id: string; driver_id: string | null } ? T : never;
}[keyof Database];

type Column<T extends DriverTable> = keyof Database[T] & string;

/** Which DAs of which org, and the dates (inclusive) of the rows wanted. */
export interface DriversBetween {
  orgId: string;
  driverIds: readonly string[];
  from: string;
  to: string;
}

/**
 * Some DAs' rows of a table dated (by `on`) in [from, to]: how the roster, availability, payroll and
 * overtime approvals each read the weeks of the DAs they plan. No DAs, no query: `in ()` is not SQL.
 */
export function rowsOfDriversBetween<T extends DriverTable>(
  db: Db,
  table: T,
  on: Column<T>,
  { orgId, driverIds, from, to }: DriversBetween,
  orderBy: readonly Column<T>[] = [],
): Promise<Database[T][]> {
  if (driverIds.length === 0) return Promise.resolve([]);
  const order = orderBy.length > 0 ? sql` order by ${sql.join(orderBy.map((c) => sql.ref(c)))}` : sql``;
  const date = sql.ref(on);
  return sql<Database[T]>`select * from ${sql.table(table)}
    where org_id = ${orgId} and driver_id in (${sql.join([...driverIds])})
    and ${date} >= ${from} and ${date} <= ${to}${order}`
    .execute(db)
    .then((r) => r.rows);
}
