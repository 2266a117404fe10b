import type { CompiledQuery, Insertable } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';

/** Rows per statement: 500 of the widest table (vans, 26 columns) stay under SQLite's 32,766 parameters. */
export const ROWS_PER_INSERT = 500;

/**
 * Compiled statements of full batches, per SQL dialect (its adapter's class: the text of a statement
 * depends on nothing else, no plugins being used) and per table and columns. Kept across transactions
 * and connections: each import's transaction is a new Db, and compiling 500 rows' values costs ~5 ms.
 */
const statements = new WeakMap<object, Map<string, CompiledQuery>>();

/**
 * Inserts rows that all have the first row's columns, in multi-row statements (one statement per row is
 * far slower on PostgreSQL). Kysely builds and compiles a node for every value, which costs more than the
 * database takes to store the row (an import writes tens of thousands); so the statement of a full
 * batch is compiled once per dialect and run again with each batch's values.
 */
export async function insertRows<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    const parameters: unknown[] = [];
    for (const row of batch) {
      for (const column of columns) {
        const value = (row as Record<string, unknown>)[column];
        if (value === undefined) throw new Error(`insertRows(${table}): a row has no ${column}`);
        parameters.push(value);
      }
    }
    const statement = statementFor(db, table, columns, batch.length);
    await db.executeQuery({ ...statement, parameters });
  }
}

function statementFor(db: Db, table: keyof Database & string, columns: string[], count: number) {
  if (count < ROWS_PER_INSERT) return compileInsert(db, table, columns, count);
  const dialect = db.getExecutor().adapter.constructor;
  let byShape = statements.get(dialect);
  if (!byShape) {
    byShape = new Map();
    statements.set(dialect, byShape);
  }
  const key = `${table}(${columns.join()})`;
  let statement = byShape.get(key);
  if (!statement) {
    statement = compileInsert(db, table, columns, count);
    byShape.set(key, statement);
  }
  return statement;
}

/** The insert of `count` rows, its parameters row by row in column order (checked: Kysely decides). */
function compileInsert(db: Db, table: keyof Database & string, columns: string[], count: number) {
  const slots = Array.from({ length: count }, (_, r) =>
    Object.fromEntries(columns.map((c, k) => [c, r * columns.length + k])),
  );
  const statement = db
    .insertInto(table)
    .values(slots as never)
    .compile();
  const { parameters } = statement;
  if (parameters.length !== count * columns.length || parameters.some((p, i) => p !== i))
    throw new Error(`insertRows(${table}): unexpected order of parameters`);
  return statement;
}
