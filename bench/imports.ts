/**
 * Record imports against their floor: 10,000 DAs and 5,000 vans from CSV and XLSX, each into a fresh
 * embedded database, beside the time of writing the very rows that import wrote (records, status
 * history, audit, undo records, the import's own row) with SQLite's fastest raw statements, measured in
 * the same run (bench/import-floor.ts). Both are the best: the floor of three tries each of row by row
 * and of multi-row statements, the import of three imports into fresh databases (the first of them is
 * printed too: for the DAs' CSV, the process's first import, its code not yet compiled). Reading the file
 * alone is printed beside them: the import reads and checks the file, the floor does neither; and so is
 * the import's work before its commit alone (reading, cells, checks against what is stored: `check`).
 * Prints `NAME floor: T ms`, `NAME: T ms`, `NAME first: T ms`, `NAME read: T ms`, `NAME check: T ms` (and
 * for an XLSX `NAME raw read: T ms`: its rows read the fastest raw way, xlsx-raw-read.ts), each also as
 * CPU time of all threads (`… cpu: T ms`: steadier than wall time on a busy machine), `NAME ratio: R`
 * (import / floor, target ≤ 1.5), `NAME cpu ratio: R`, `NAME cpu ratio to floor + check: R` (the rest of
 * the import, its save, against the floor) and for an XLSX `NAME cpu ratio to floor + raw read: R`.
 * BENCH_IMPORTS=drivers:csv,vehicles (kinds, each optionally `:format`) runs only those cases, e.g. to
 * profile one with `node --cpu-prof --import tsx bench/imports.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { assembleSlices } from '../src/app/slices.js';
import { openSqlite } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { resolveMapping } from '../src/imports/domain/headers.js';
import { importKinds } from '../src/imports/kinds.js';
import { type FileFormat, readRowBatches } from '../src/imports/read-rows.js';
import { RowBatches, RowChecker, readHeaders } from '../src/imports/row-checker.js';
import { KEEP_ROWS, runImport } from '../src/imports/run-import.js';
import { insertOrg, insertStation } from '../src/tenancy/store.js';
import { benchFiles } from './import-files.js';
import { fastest, rawWriteFloor, took } from './import-floor.js';
import { readXlsxRaw } from './xlsx-raw-read.js';

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

/** Reading the file's rows alone, as the import reads them (no checks): the best of three. */
async function readOnly(file: string, format: FileFormat) {
  const times = [];
  for (let n = 0; n < 3; n++) {
    times.push(
      await took(async () => {
        for await (const _ of readRowBatches(file, format, { fileName: path.basename(file) }));
      }),
    );
  }
  return fastest(times);
}

/**
 * Reading an XLSX's rows the fastest raw way (xlsx-raw-read.ts), the best of three: the floor of the
 * reading, where the import's floor leaves reading out. Checks it read every row of the file.
 */
async function readRawXlsx(file: string, rows: number) {
  const times = [];
  for (let n = 0; n < 3; n++) {
    times.push(
      await took(async () => {
        const read = await readXlsxRaw(file);
        if (read.length !== rows + 1) throw new Error(`${file}: read ${read.length} rows raw`);
      }),
    );
  }
  return fastest(times);
}

/** One import of `file` into a fresh database `dbFile`, beside a copy of it as it was just before. */
async function importOnce(dbFile: string, kindName: string, file: string, format: FileFormat) {
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
  await sql`vacuum into ${sql.lit(`${dbFile}.before`)}`.execute(handle.db);
  const actor = { orgId: org.id, userId: null, role: 'owner' as const, stationIds: null, label: 'bench' };
  let result: Awaited<ReturnType<typeof runImport>> | undefined;
  const time = await took(async () => {
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
  return { ...time, created: result.created };
}

/**
 * The import's work before its commit alone (reading the file, its cells and the checks against what is
 * stored, as runImport does first), the best of three, in a copy of the database the import found: the
 * part of the import beyond writing that reading alone does not show. Checks every row was good.
 */
async function checkOnly(before: string, kindName: string, file: string, format: FileFormat) {
  const handle = openSqlite(before);
  const org = await handle.db.selectFrom('orgs').select('id').executeTakeFirstOrThrow();
  const station = await handle.db.selectFrom('stations').select('id').executeTakeFirstOrThrow();
  const kind = importKinds.get(kindName);
  if (!kind) throw new Error(`no import kind ${kindName}`);
  const actor = { orgId: org.id, userId: null, role: 'owner' as const, stationIds: null, label: 'bench' };
  const scope = {
    orgId: org.id,
    stationId: station.id,
    businessDate: null,
    actor,
    auditLabel: 'bench',
    fileName: path.basename(file),
    importId: 'bench',
  };
  const times = [];
  for (let n = 0; n < 3; n++) {
    times.push(
      await took(async () => {
        const batches = readRowBatches(file, format, { fileName: scope.fileName })[Symbol.asyncIterator]();
        const rows = new RowBatches(batches);
        const { headers, unreadable } = await readHeaders(rows);
        const mapping = resolveMapping(kind.fields, headers);
        const checker = new RowChecker(kind, { rows, headers, unreadable, mapping }, scope);
        const { more } = await checker.checkFirst(handle.db, KEEP_ROWS);
        if (checker.errorCount > 0 || more)
          throw new Error(`${kindName} ${format}: checked ${checker.count}`);
      }),
    );
  }
  await handle.close();
  return fastest(times);
}

/** Three imports, each into a fresh database; the floor of the rows the first one wrote. */
async function measure(dir: string, kindName: string, file: string, format: FileFormat) {
  const runs = [];
  for (let n = 0; n < 3; n++)
    runs.push(await importOnce(path.join(dir, `${kindName}-${format}-${n}.sqlite`), kindName, file, format));
  const first = path.join(dir, `${kindName}-${format}-0.sqlite`);
  const floor = await rawWriteFloor(first, `${first}.before`, (n) => {
    fs.copyFileSync(`${first}.before`, `${first}.floor${n}`);
    return `${first}.floor${n}`;
  });
  fs.copyFileSync(`${first}.before`, `${first}.check`);
  const check = await checkOnly(`${first}.check`, kindName, file, format);
  return { first: runs[0], best: fastest(runs), floor, check };
}

/** Whether BENCH_IMPORTS (unset: everything) picks this kind and format. */
function picked(kind: string, format: FileFormat): boolean {
  const only = process.env.BENCH_IMPORTS;
  if (!only) return true;
  return only.split(',').some((p) => {
    const [k, f] = p.trim().split(':');
    return k === kind && (!f || f === format);
  });
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
        if (!picked(spec.kind, format)) continue;
        const file = await writeFile(dir, spec.kind, format, header, spec.rows);
        const { first, best, floor, check } = await measure(dir, spec.kind, file, format);
        if (first?.created !== spec.rows.length) throw new Error(`${spec.kind}: created ${first?.created}`);
        const name = `import-${spec.kind}-${spec.rows.length}-${format}`;
        const read = await readOnly(file, format);
        const raw =
          format === 'xlsx' ? [['raw read', await readRawXlsx(file, spec.rows.length)] as const] : [];
        for (const [what, t] of [
          ['floor', floor],
          ['', best],
          ['first', first],
          ['read', read],
          ['check', check],
          ...raw,
        ] as const) {
          const label = what ? `${name} ${what}` : name;
          console.log(`${label}: ${t.ms.toFixed(0)} ms`);
          console.log(`${label} cpu: ${t.cpu.toFixed(0)} ms`);
        }
        console.log(`${name} ratio: ${(best.ms / floor.ms).toFixed(2)}`);
        console.log(`${name} cpu ratio: ${(best.cpu / floor.cpu).toFixed(2)}`);
        // The checks before the commit are the part of the import beside writing that has no raw floor.
        console.log(`${name} cpu ratio to floor + check: ${(best.cpu / (floor.cpu + check.cpu)).toFixed(2)}`);
        // The import's floor plus the raw floor of reading the XLSX: what reading the file may cost at least.
        for (const [, r] of raw)
          console.log(
            `${name} cpu ratio to floor + raw read: ${(best.cpu / (floor.cpu + r.cpu)).toFixed(2)}`,
          );
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
