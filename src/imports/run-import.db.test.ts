import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ColumnNode,
  InsertQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  TableNode,
  type UnknownRow,
  UpdateQueryNode,
  ValueNode,
} from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { seedOrg } from '../app/testing.js';
import type { Actor } from '../auth/domain/permissions.js';
import { freshDatabase, type TestDatabase, testDialect } from '../db/testing.js';
import { stationsImport } from '../tenancy/stations-import.js';
import type { ImportField, ImportKind } from './domain/kind.js';
import { cellsParser } from './domain/parse-cells.js';
import { readRowBatches } from './read-rows.js';
import { type ImportRequest, runImport } from './run-import.js';
import { findImport, findImportSummary, listImportChanges } from './store.js';

// Counts how often the runner opens the file.
vi.mock('./read-rows.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./read-rows.js')>();
  return { ...original, readRowBatches: vi.fn(original.readRowBatches) };
});
beforeEach(() => {
  vi.mocked(readRowBatches).mockClear();
});

/** The runner itself, on both databases: failures, progress and big files. */

let db: TestDatabase;
let dir: string;
let actor: Actor;
let n = 0;

beforeAll(async () => {
  db = await freshDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-run-import-'));
  const org = await seedOrg(db, { slug: 'acme', users: [{ email: 'owner@acme.test', role: 'owner' }] });
  actor = {
    orgId: org.orgId,
    userId: org.userIds['owner@acme.test'] ?? null,
    role: 'owner',
    stationIds: null,
    label: 'Owner <owner@acme.test>',
  };
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `count` lines made by `line(i)` under a header, without holding them all in one string. */
async function writeCsv(header: string, count: number, line: (i: number) => string): Promise<string> {
  const file = path.join(dir, `f${n++}.csv`);
  const out = fs.createWriteStream(file);
  out.write(`${header}\r\n`);
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === 5000) {
      if (!out.write(`${chunk.join('\r\n')}\r\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join('\r\n')}\r\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return file;
}

const request = (kind: ImportKind, file: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  kind,
  file,
  fileName: path.basename(file),
  sha256: 'test',
  actor,
  stationId: null,
  dryRun: false,
  ...extra,
});

/** A distinct valid station code per number: four letters and a digit (DAAA1, DAAB1, ...). */
const code = (i: number) => {
  let s = '';
  let x = i;
  for (let k = 0; k < 4; k++) {
    s = String.fromCharCode(65 + (x % 26)) + s;
    x = Math.floor(x / 26);
  }
  return `${s}1`;
};

const stationCount = async () =>
  Number(
    (
      await db.db
        .selectFrom('stations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('org_id', '=', actor.orgId)
        .executeTakeFirstOrThrow()
    ).n,
  );

const auditCount = async () =>
  Number(
    (
      await db.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('org_id', '=', actor.orgId)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The newest import of the org: what the history shows for a run that threw. */
const newestImport = () =>
  db.db
    .selectFrom('imports')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();

/** A kind with no table of its own: it only reports every row as created. */
const thingFields: ImportField[] = [
  { name: 'key', label: 'Key', required: true },
  { name: 'note', label: 'Note', required: false },
];
const things: ImportKind<{ key: string }, { key: string }> = {
  kind: 'things',
  label: 'Things',
  permission: 'stations.write',
  needsStation: false,
  entity: 'thing',
  fields: thingFields,
  reader: () => cellsParser(thingFields, { key: z.string(), note: z.string() }),
  prepare: async () => (row) => ({ ok: true, row }),
  key: (row) => `key ${row.key}`,
  keyFields: ['key'],
  apply: async (_trx, _scope, rows) =>
    rows.map((r) => ({ outcome: 'created', entityId: r.key, before: null })),
  undo: async () => {},
};

/** Records, in order, the progress the runner writes and the tables it inserts into. */
class Recorder implements KyselyPlugin {
  readonly events: string[] = [];
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (UpdateQueryNode.is(node)) {
      for (const u of node.updates ?? []) {
        if (ColumnNode.is(u.column) && u.column.column.name === 'processed' && ValueNode.is(u.value))
          this.events.push(`processed ${String(u.value.value)}`);
      }
    }
    if (InsertQueryNode.is(node) && node.into && TableNode.is(node.into))
      this.events.push(`insert ${node.into.table.identifier.name}`);
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

/**
 * Stations whose second check (the commit's) finds `taken` given to another meanwhile; counts the checks.
 * The first check stores a change (the org's name), so the runner sees that something was written.
 */
function takenAtCommit(taken: string): { changing: ImportKind; checks: () => number } {
  let checks = 0;
  const changing: ImportKind = {
    ...(stationsImport as ImportKind),
    async prepare(db) {
      const commit = ++checks === 2;
      if (!commit)
        await db
          .updateTable('orgs')
          .set({ name: `Acme ${checks}` })
          .where('id', '=', actor.orgId)
          .execute();
      return (row) =>
        commit && (row as { code: string }).code === taken
          ? { ok: false, issues: [{ field: 'code', message: 'Taken meanwhile.' }] }
          : { ok: true, row };
    },
  };
  return { changing, checks: () => checks };
}

describe('runImport', () => {
  it('writes progress while it checks a large file, before it starts saving', async () => {
    const file = await writeCsv('key,note', 12_000, (i) => `k${i},note ${i}`);
    const recorder = new Recorder();
    const result = await runImport(db.db.withPlugin(recorder), request(things as ImportKind, file));
    expect(result).toMatchObject({ status: 'committed', rows: 12_000, created: 12_000 });

    const progress = recorder.events.filter((e) => e.startsWith('processed') && e !== 'processed 0');
    // Every 5,000 rows while checking, the total once checking ends, and again with the commit.
    expect(progress).toEqual(['processed 5000', 'processed 10000', 'processed 12000', 'processed 12000']);
    const firstSave = recorder.events.indexOf('insert import_changes');
    expect(firstSave).toBeGreaterThan(recorder.events.indexOf('processed 12000'));
    expect(recorder.events.lastIndexOf('processed 12000')).toBeGreaterThan(firstSave);
    expect(await findImportSummary(db.db, actor.orgId, result.id)).toMatchObject({
      status: 'committed',
      rows: 12_000,
      processed: 12_000,
    });
  });

  // Longer than the runner keeps in memory: the rows before the bad one are written in the transaction,
  // then rolled back (a batch of stations in a few statements: 14–19 s on PostgreSQL on a busy machine).
  it('rejects a big stations file for one bad row near its end, and stores nothing', {
    timeout: 60_000,
  }, async () => {
    const rows = 60_000;
    const bad = rows - 3; // 0-based index of the bad line: spreadsheet row bad + 2
    const file = await writeCsv('Station code,Name,Time zone,State', rows, (i) =>
      i === bad
        ? `${code(i)},Station ${i},America/Chicago,Texas`
        : `${code(i)},Station ${i},America/Chicago,TX`,
    );
    const stations = await stationCount();
    const audit = await auditCount();
    const result = await runImport(db.db, request(stationsImport as ImportKind, file));
    expect(result).toMatchObject({
      status: 'rejected',
      rows,
      created: 0,
      errorCount: 1,
      errors: [{ row: bad + 2, column: 'State', message: 'Use the two-letter US state, e.g. TX.' }],
    });
    expect(await stationCount()).toBe(stations);
    expect(await auditCount()).toBe(audit);
    expect(await findImportSummary(db.db, actor.orgId, result.id)).toMatchObject({
      status: 'rejected',
      rows,
      processed: rows,
      errorCount: 1,
    });
  });

  it('marks the import failed and keeps nothing when saving fails part-way (after a whole batch)', async () => {
    let batches = 0;
    const failing: ImportKind = {
      ...(stationsImport as ImportKind),
      async apply(trx, scope, rows) {
        if (++batches === 2) throw new Error('disk full');
        return stationsImport.apply(trx, scope, rows as Parameters<typeof stationsImport.apply>[2]);
      },
    };
    const file = await writeCsv(
      'Station code,Name,Time zone,State',
      600,
      (i) => `${code(100_000 + i)},S ${i},America/Chicago,TX`,
    );
    const stations = await stationCount();
    const audit = await auditCount();
    await expect(runImport(db.db, request(failing, file))).rejects.toThrow('disk full');
    expect(batches).toBe(2); // the first 500 rows were written, then rolled back
    expect(await stationCount()).toBe(stations);
    expect(await auditCount()).toBe(audit);
    const imp = await newestImport();
    expect(imp).toMatchObject({ status: 'failed', file_name: path.basename(file), error_count: 1 });
    expect(JSON.parse(imp.errors)).toEqual([
      { row: 0, column: '', message: expect.stringContaining('disk full') },
    ]);
    expect(imp.finished_at).not.toBeNull();
    expect(await listImportChanges(db.db, actor.orgId, imp.id)).toEqual([]);
  });

  it('marks the import failed, not running forever, when checking fails unexpectedly', async () => {
    const broken: ImportKind = {
      ...(things as ImportKind),
      prepare: async () => {
        throw new Error('lookup failed');
      },
    };
    const file = await writeCsv('key', 3, (i) => `k${i}`);
    await expect(runImport(db.db, request(broken, file))).rejects.toThrow('lookup failed');
    const imp = await newestImport();
    expect(imp.status).toBe('failed');
    expect(imp.finished_at).not.toBeNull();
  });

  it('a dry run keeps nothing, not even the audit row of the import', async () => {
    const file = await writeCsv(
      'Station code,Name,Time zone,State',
      3,
      (i) => `${code(200_000 + i)},S,UTC,TX`,
    );
    const stations = await stationCount();
    const audit = await auditCount();
    const result = await runImport(db.db, request(stationsImport as ImportKind, file, { dryRun: true }));
    expect(result).toMatchObject({ status: 'preview', created: 3 });
    expect(await stationCount()).toBe(stations);
    expect(await auditCount()).toBe(audit);
    expect(await listImportChanges(db.db, actor.orgId, result.id)).toEqual([]);
    expect((await findImport(db.db, actor.orgId, result.id))?.status).toBe('preview');
  });

  it('reads the file once: the rows read while checking are the rows saved', async () => {
    const file = await writeCsv('key,note', 1200, (i) => `once${i},note ${i}`);
    const result = await runImport(db.db, request(things as ImportKind, file));
    expect(result).toMatchObject({ status: 'committed', rows: 1200, created: 1200 });
    expect(readRowBatches).toHaveBeenCalledTimes(1);
    expect(await listImportChanges(db.db, actor.orgId, result.id)).toHaveLength(1200);
  });

  it('saves a file longer than it holds in memory as it reads it, in the transaction: read once, same result', async () => {
    const file = await writeCsv(
      'Station code,Name,Time zone,State',
      1200,
      (i) => `${code(300_000 + i)},S ${i},America/Chicago,TX`,
    );
    const stations = await stationCount();
    const result = await runImport(db.db, request(stationsImport as ImportKind, file), { keepRows: 100 });
    expect(result).toMatchObject({ status: 'committed', rows: 1200, created: 1200 });
    expect(readRowBatches).toHaveBeenCalledTimes(1);
    expect(await stationCount()).toBe(stations + 1200);
    expect(await findImportSummary(db.db, actor.orgId, result.id)).toMatchObject({
      status: 'committed',
      rows: 1200,
      processed: 1200,
      created: 1200,
    });
    expect(await listImportChanges(db.db, actor.orgId, result.id)).toHaveLength(1200);
    const again = await runImport(db.db, request(stationsImport as ImportKind, file), { keepRows: 100 });
    expect(again).toMatchObject({ status: 'committed', created: 0, unchanged: 1200 });
  });

  it('reports every bad row of a long file past what it holds in memory, and stores nothing', async () => {
    const file = await writeCsv('Station code,Name,Time zone,State', 1200, (i) =>
      i === 1100 || i === 1150
        ? `${code(500_000 + i)},S ${i},Nowhere/Else,TX`
        : `${code(500_000 + i)},S ${i},UTC,${i === 1190 ? 'Texas' : 'TX'}`,
    );
    const stations = await stationCount();
    const audit = await auditCount();
    const result = await runImport(db.db, request(stationsImport as ImportKind, file), { keepRows: 100 });
    expect(result).toMatchObject({
      status: 'rejected',
      rows: 1200,
      created: 0,
      errorCount: 3,
      errors: [
        { row: 1102, column: 'Time zone' },
        { row: 1152, column: 'Time zone' },
        { row: 1192, column: 'State', message: 'Use the two-letter US state, e.g. TX.' },
      ],
    });
    expect(await stationCount()).toBe(stations);
    expect(await auditCount()).toBe(audit);
    expect(await listImportChanges(db.db, actor.orgId, result.id)).toEqual([]);
    expect(await findImportSummary(db.db, actor.orgId, result.id)).toMatchObject({
      status: 'rejected',
      rows: 1200,
      processed: 1200,
      errorCount: 3,
    });
  });

  it('reports a key repeated in a long file past what it holds in memory, and stores nothing', async () => {
    const file = await writeCsv('Station code,Name,Time zone,State', 300, (i) =>
      i === 250 ? `${code(600_000 + 10)},S ${i},UTC,TX` : `${code(600_000 + i)},S ${i},UTC,TX`,
    );
    const stations = await stationCount();
    const result = await runImport(db.db, request(stationsImport as ImportKind, file), { keepRows: 100 });
    expect(result).toMatchObject({
      status: 'rejected',
      rows: 300,
      errorCount: 1,
      errors: [{ row: 252, column: 'Station code', message: expect.stringContaining('as row 12') }],
    });
    expect(await stationCount()).toBe(stations);
  });

  it('a dry run of a long file counts exactly and keeps nothing', async () => {
    const first = await writeCsv(
      'Station code,Name,Time zone,State',
      150,
      (i) => `${code(700_000 + i)},S ${i},UTC,TX`,
    );
    await runImport(db.db, request(stationsImport as ImportKind, first), { keepRows: 100 });
    const file = await writeCsv(
      'Station code,Name,Time zone,State',
      400,
      (i) => `${code(700_000 + i)},S ${i},UTC,${i < 100 ? 'TX' : i < 150 ? 'CA' : 'NV'}`,
    );
    const stations = await stationCount();
    const audit = await auditCount();
    const result = await runImport(db.db, request(stationsImport as ImportKind, file, { dryRun: true }), {
      keepRows: 100,
    });
    expect(result).toMatchObject({ status: 'preview', rows: 400, created: 250, updated: 50, unchanged: 100 });
    expect(await stationCount()).toBe(stations);
    expect(await auditCount()).toBe(audit);
    expect(await listImportChanges(db.db, actor.orgId, result.id)).toEqual([]);
    expect(await findImportSummary(db.db, actor.orgId, result.id)).toMatchObject({
      status: 'preview',
      rows: 400,
      processed: 400,
    });
  });

  it('checks the rows of a long file read in the transaction against what it sees', async () => {
    // The check inside the transaction is the only one of the rows past what is kept: it sees a change.
    const { changing, checks } = takenAtCommit(code(800_004));
    const file = await writeCsv(
      'Station code,Name,Time zone,State',
      6,
      (i) => `${code(800_000 + i)},S ${i},America/Chicago,TX`,
    );
    const stations = await stationCount();
    const result = await runImport(db.db, request(changing, file), { keepRows: 2 });
    expect(checks()).toBe(2);
    expect(result).toMatchObject({
      status: 'rejected',
      rows: 6,
      errorCount: 1,
      errors: [{ row: 6, column: 'Station code', message: 'Taken meanwhile.' }],
    });
    expect(await stationCount()).toBe(stations);
  });

  it('checks the rows once when nothing was stored meanwhile (embedded database; PostgreSQL checks again)', async () => {
    let checks = 0;
    const counting: ImportKind = {
      ...(stationsImport as ImportKind),
      async prepare(db, scope) {
        checks++;
        return stationsImport.prepare(db, scope) as ReturnType<ImportKind['prepare']>;
      },
    };
    const file = await writeCsv(
      'Station code,Name,Time zone,State',
      3,
      (i) => `${code(500_000 + i)},S ${i},America/Chicago,TX`,
    );
    const stations = await stationCount();
    const result = await runImport(db.db, request(counting, file));
    expect(result).toMatchObject({ status: 'committed', created: 3 });
    expect(checks).toBe(testDialect() === 'sqlite' ? 1 : 2);
    expect(await stationCount()).toBe(stations + 3);
  });

  it('checks the rows again inside the transaction, and saves nothing when what is stored changed', async () => {
    // The second check (the commit's) sees a change made since the first: row 3 no longer checks out.
    const { changing, checks } = takenAtCommit(code(400_001));
    const file = await writeCsv(
      'Station code,Name,Time zone,State',
      3,
      (i) => `${code(400_000 + i)},S ${i},America/Chicago,TX`,
    );
    const stations = await stationCount();
    await expect(runImport(db.db, request(changing, file))).rejects.toThrow(
      'What is stored changed while the file was checked: row 3: Taken meanwhile.',
    );
    expect(checks()).toBe(2);
    expect(await stationCount()).toBe(stations);
    expect(await newestImport()).toMatchObject({ status: 'failed' });
  });
});
