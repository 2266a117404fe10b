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
  const width = columns.length;
  // Sized once and filled by index: pushing each of an import's ~250,000 values took twice as long.
  const values = new Array<unknown>(rows.length * width);
  let at = 0;
  for (const row of rows) {
    for (let k = 0; k < width; k++) {
      const column = columns[k] as string;
      const value = (row as Record<string, unknown>)[column];
      if (value === undefined) throw new Error(`insertRows(${table}): a row has no ${column}`);
      values[at++] = value;
    }
  }
  await insertValues(db, table, columns as (keyof Database[T] & string)[], values);
}

/**
 * insertRows of rows given as their values in one array, row after row in the order of `columns`: a
 * caller writing many rows pushes each value once, rather than building an object a row to be read.
 */
export async function insertValues<T extends keyof Database & string>(
  db: Db,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  values: unknown[],
): Promise<void> {
  const width = columns.length;
  if (values.length % width !== 0)
    throw new Error(`insertValues(${table}): ${values.length} values are not rows of ${width}`);
  const perStatement = ROWS_PER_INSERT * width;
  for (let i = 0; i < values.length; i += perStatement) {
    // One statement's worth (the usual batch) is run as it is, without a copy.
    const parameters = values.length <= perStatement ? values : values.slice(i, i + perStatement);
    const statement = statementFor(db, table, columns, parameters.length / width);
    await db.executeQuery({ ...statement, parameters });
  }
}

function statementFor(db: Db, table: keyof Database & string, columns: readonly string[], count: number) {
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
function compileInsert(db: Db, table: keyof Database & string, columns: readonly string[], count: number) {
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
