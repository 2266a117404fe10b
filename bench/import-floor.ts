/**
 * The floor of a record import: the rows it wrote, written again with SQLite's fastest raw statements
 * into the database as it was just before the import. Nothing is parsed or checked; every index and
 * constraint the import's writes maintain is maintained here too.
 */
import SQLite from 'better-sqlite3';

interface Written {
  table: string;
  columns: string[];
  rows: unknown[][];
}

/** Every table's rows in `imported` past what `before` (the same database just before) holds. */
function rowsAdded(imported: string, before: string): Written[] {
  const from = new SQLite(imported, { readonly: true });
  const to = new SQLite(before, { readonly: true });
  const tables = from
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .pluck()
    .all() as string[];
  const written = tables.flatMap((table) => {
    const last = to.prepare(`select coalesce(max(rowid), 0) from "${table}"`).pluck().get() as number;
    const select = from.prepare(`select * from "${table}" where rowid > ?`).raw();
    const rows = select.all(last) as unknown[][];
    const columns = select.columns().map((c) => `"${c.name}"`);
    return rows.length > 0 ? [{ table, columns, rows }] : [];
  });
  from.close();
  to.close();
  return written;
}

/** SQLite's limit of parameters a statement, and the most rows a multi-row statement takes here. */
const MAX_PARAMETERS = 32_766;
const MAX_ROWS = 500;

const insertOf = (to: SQLite.Database, { table, columns }: Written, count: number) =>
  to.prepare(
    `insert into "${table}" (${columns.join(', ')}) values ${Array(count)
      .fill(`(${columns.map(() => '?').join(', ')})`)
      .join(', ')}`,
  );

/** One prepared single-row INSERT a table, run row by row. */
function rowByRow(to: SQLite.Database, w: Written): void {
  const insert = insertOf(to, w, 1);
  for (const row of w.rows) insert.run(row);
}

/** One prepared multi-row INSERT a table (as many rows as SQLite takes, up to 500), run batch by batch. */
function multiRow(to: SQLite.Database, w: Written): void {
  const per = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / w.columns.length));
  const full = insertOf(to, w, per);
  let i = 0;
  for (; i + per <= w.rows.length; i += per) full.run(w.rows.slice(i, i + per).flat());
  if (i < w.rows.length) insertOf(to, w, w.rows.length - i).run(w.rows.slice(i).flat());
}

export interface Took {
  ms: number;
  /** CPU time of every thread of the process, in ms. */
  cpu: number;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** How long `work` took, in wall time and in CPU time. */
export async function took(work: () => unknown): Promise<Took> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: cpuMs(cpu) };
}

/** Writes `written` into the database file `into` in one transaction; answers the time it took. */
async function writeOnce(into: string, written: Written[], write: typeof rowByRow): Promise<Took> {
  const to = new SQLite(into);
  to.pragma('journal_mode = WAL');
  to.pragma('synchronous = NORMAL');
  to.pragma('foreign_keys = ON');
  to.pragma('wal_autocheckpoint = 0');
  const time = await took(() =>
    to.transaction(() => {
      to.pragma('defer_foreign_keys = ON');
      for (const w of written) write(to, w);
    })(),
  );
  to.close();
  return time;
}

/**
 * The floor: the fastest of three tries each of writing the rows `imported` added row by row and in
 * multi-row statements, each into a fresh copy (made by `copy`) of the database before the import.
 */
export async function rawWriteFloor(imported: string, before: string, copy: (n: number) => string) {
  const written = rowsAdded(imported, before);
  const tries = [];
  for (const [n, write] of [rowByRow, multiRow, rowByRow, multiRow, rowByRow, multiRow].entries())
    tries.push(await writeOnce(copy(n), written, write));
  return fastest(tries);
}

/** The least wall time and the least CPU time of some tries (of one try each, perhaps). */
export const fastest = (tries: Took[]): Took => ({
  ms: Math.min(...tries.map((t) => t.ms)),
  cpu: Math.min(...tries.map((t) => t.cpu)),
});
