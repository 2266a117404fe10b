/**
 * Record imports against their floor: 10,000 DAs and 5,000 vans from CSV and XLSX into a fresh embedded
 * database, beside the time of writing the very rows that import wrote (records, status history, audit,
 * undo records, the import's own row) with SQLite's fastest raw statements, measured in the same run.
 * Prints `NAME floor: T ms`, `NAME: T ms` and `NAME ratio: R` (target ≤ 1.5).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { assembleSlices } from '../src/app/slices.js';
import { openSqlite } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { importKinds } from '../src/imports/kinds.js';
import type { FileFormat } from '../src/imports/read-rows.js';
import { runImport } from '../src/imports/run-import.js';
import { insertOrg, insertStation } from '../src/tenancy/store.js';
import { benchFiles } from './import-files.js';

async function writeFile(dir: string, name: string, format: FileFormat, header: string[], rows: string[][]) {
  const file = path.join(dir, `${name}.${format}`);
  if (format === 'csv') {
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    fs.writeFileSync(file, [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n'));
  } else {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(header).commit();
    for (const r of rows) sheet.addRow(r).commit();
    await book.commit();
  }
  return file;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The floor: the rows the import added to `imported` (every table's rows past what `before`, the same
 * database just before the import, holds), written into `before` with one prepared INSERT per table,
 * run row by row in one transaction, foreign keys checked at commit, no checkpoint meanwhile. Every
 * index and constraint the import's writes maintain is maintained here too; nothing is parsed or checked.
 */
function rawWriteFloor(imported: string, before: string): number {
  const from = new SQLite(imported, { readonly: true });
  const to = new SQLite(before);
  to.pragma('journal_mode = WAL');
  to.pragma('synchronous = NORMAL');
  to.pragma('foreign_keys = ON');
  to.pragma('wal_autocheckpoint = 0');
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
  const ms = timedSync(() =>
    to.transaction(() => {
      to.pragma('defer_foreign_keys = ON');
      for (const { table, columns, rows } of written) {
        const insert = to.prepare(
          `insert into "${table}" (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(row);
      }
    })(),
  );
  to.close();
  return ms;
}

function timedSync(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function importOnce(dataDir: string, kindName: string, file: string, format: FileFormat) {
  const dbFile = path.join(dataDir, `${kindName}-${format}.sqlite`);
  const before = `${dbFile}.before`;
  const handle = openSqlite(dbFile);
  await migrateToLatest(handle);
  const org = await insertOrg(handle.db, { name: 'Bench DSP', slug: `bench-${kindName}-${format}` });
  const station = await insertStation(handle.db, org.id, {
    code: 'DXC1',
    name: 'Bench station',
    time_zone: 'America/Los_Angeles',
    state: 'CA',
  });
  const kind = importKinds.get(kindName);
  if (!kind) throw new Error(`no import kind ${kindName}`);
  await sql`vacuum into ${sql.lit(before)}`.execute(handle.db);
  const actor = { orgId: org.id, userId: null, role: 'owner' as const, stationIds: null, label: 'bench' };
  let result: Awaited<ReturnType<typeof runImport>> | undefined;
  const ms = await timed(async () => {
    result = await runImport(handle.db, {
      kind,
      file,
      fileName: path.basename(file),
      sha256: kindName + format,
      actor,
      stationId: station.id,
      dryRun: false,
    });
  });
  await handle.close();
  if (result?.status !== 'committed') {
    throw new Error(`${kindName} ${format}: ${result?.status} ${JSON.stringify(result?.errors.slice(0, 3))}`);
  }
  // Best of three for the floor (it is short and noisy), each into its own copy of the database before.
  const floors = [1, 2, 3].map((n) => {
    fs.copyFileSync(before, `${before}.${n}`);
    return rawWriteFloor(dbFile, `${before}.${n}`);
  });
  return { ms, created: result.created, floor: Math.min(...floors) };
}

async function main() {
  assembleSlices();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-bench-imports-'));
  try {
    for (const spec of benchFiles()) {
      const kind = importKinds.get(spec.kind);
      if (!kind) throw new Error(`no import kind ${spec.kind}`);
      const header = spec.fields.map((f) => {
        const field = kind.fields.find((k) => k.name === f);
        if (!field) throw new Error(`${spec.kind} has no field ${f}`);
        return field.label;
      });
      for (const format of ['csv', 'xlsx'] as const) {
        const file = await writeFile(dir, spec.kind, format, header, spec.rows);
        const imported = await importOnce(dir, spec.kind, file, format);
        if (imported.created !== spec.rows.length)
          throw new Error(`${spec.kind}: created ${imported.created}`);
        const name = `import-${spec.kind}-${spec.rows.length}-${format}`;
        console.log(`${name} floor: ${imported.floor.toFixed(0)} ms`);
        console.log(`${name}: ${imported.ms.toFixed(0)} ms`);
        console.log(`${name} ratio: ${(imported.ms / imported.floor).toFixed(2)}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
