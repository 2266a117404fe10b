import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { cliEnv, printed, runCli } from '../cli/testing.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { dashboardCsv, dashboardRow } from '../performance/testing.js';

/**
 * `stationhand import KIND FILE --org SLUG [--station CODE] [--dry-run] [--json]`, run as a real child
 * process on the database of the dialect under test: it prints {status, rows, created, updated,
 * unchanged, errors} and exits 0 when committed or previewed, 1 when rejected, 2 on a usage error.
 */

let db: TestDatabase;
let dir: string;
let env: NodeJS.ProcessEnv;
let orgId: string;

const cli = (...args: string[]) => runCli(env, ...args);

function csvFile(name: string, ...lines: string[]): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, `${lines.join('\r\n')}\r\n`);
  return f;
}

const stations = () =>
  db.db
    .selectFrom('stations')
    .select(['code', 'name', 'time_zone', 'state'])
    .where('org_id', '=', orgId)
    .orderBy('code')
    .execute();

const HEADER = 'Station code,Name,Time zone,State';
const SEEDED = { code: 'DLA8', name: 'DLA8 station', time_zone: 'America/Los_Angeles', state: 'CA' };

beforeAll(async () => {
  db = await freshDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-cli-'));
  orgId = (await seedOrg(db, { slug: 'acme', stations: ['DLA8'] })).orgId;
  env = cliEnv(db);
}, 60_000);
afterAll(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('stationhand import', () => {
  const good = () =>
    csvFile(
      'stations.csv',
      HEADER,
      'DLA8,Los Angeles 8,America/Los_Angeles,CA',
      'DAU5,Austin 5,America/Chicago,TX',
      'DAU7,Austin 7,America/Chicago,TX',
    );

  it('previews with --dry-run: prints the counts, exits 0, stores nothing', { timeout: 60_000 }, async () => {
    const run = await cli('import', 'stations', good(), '--org', 'acme', '--dry-run', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(printed(run)).toEqual({
      status: 'preview',
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      errorCount: 0,
      errors: [],
      unmatched: null,
    });
    expect(await stations()).toEqual([SEEDED]);
  });

  it('commits, exits 0, and the same file again changes nothing', { timeout: 60_000 }, async () => {
    const file = good();
    const first = await cli('import', 'stations', file, '--org', 'acme', '--json');
    expect(first.code).toBe(0);
    expect(printed(first)).toEqual({
      status: 'committed',
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      errorCount: 0,
      errors: [],
      unmatched: null,
    });
    expect(await stations()).toEqual([
      { code: 'DAU5', name: 'Austin 5', time_zone: 'America/Chicago', state: 'TX' },
      { code: 'DAU7', name: 'Austin 7', time_zone: 'America/Chicago', state: 'TX' },
      { ...SEEDED, name: 'Los Angeles 8' },
    ]);
    const imp = await db.db
      .selectFrom('imports')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('status', '=', 'committed')
      .executeTakeFirstOrThrow();
    expect(imp).toMatchObject({ kind: 'stations', file_name: 'stations.csv', created_by: null, created: 2 });
    const labels = await db.db
      .selectFrom('audit_log')
      .select('actor_label')
      .distinct()
      .where('org_id', '=', orgId)
      .where('entity', '=', 'station')
      .execute();
    expect(labels).toEqual([{ actor_label: 'Command line via import stations.csv' }]);

    const again = await cli('import', 'stations', file, '--org', 'acme', '--json');
    expect(again.code).toBe(0);
    expect(printed(again)).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 3 });
  });

  it('rejects a file with a bad row: prints every error, exits 1, stores nothing', {
    timeout: 60_000,
  }, async () => {
    const before = await stations();
    const file = csvFile(
      'bad.csv',
      HEADER,
      'DAU9,Austin 9,America/Chicago,TX',
      'DAU3,Austin 3,America/Chicago,Texas',
      '9,Nine,America/Chicago,TX',
    );
    const [json, text] = await Promise.all([
      cli('import', 'stations', file, '--org', 'acme', '--json'),
      cli('import', 'stations', file, '--org', 'acme', '--dry-run'),
    ]);
    expect(json.code).toBe(1);
    expect(printed(json)).toEqual({
      status: 'rejected',
      rows: 3,
      created: 0,
      updated: 0,
      unchanged: 0,
      errorCount: 2,
      errors: [
        { row: 3, column: 'State', message: 'Use the two-letter US state, e.g. TX.' },
        { row: 4, column: 'Station code', message: 'Use the Amazon station code, e.g. DAU5.' },
      ],
      unmatched: null,
    });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('rejected: 3 rows');
    expect(text.stdout).toContain('row 3, State: Use the two-letter US state, e.g. TX.');
    expect(await stations()).toEqual(before);
  });

  // Issue 14, item 15: rows naming a Transporter ID no DA has are kept, and the JSON says so.
  it('commits a week whose Transporter ID matches no DA and says so', { timeout: 60_000 }, async () => {
    const tid = 'AZZZZZZZZZZZ9';
    const file = path.join(dir, 'week.csv');
    fs.writeFileSync(file, dashboardCsv([dashboardRow(tid, 'Zed Zulu')]));
    const [json, text] = [
      await cli('import', 'da-weekly', file, '--org', 'acme', '--station', 'DLA8', '--json'),
      await cli('import', 'da-weekly', file, '--org', 'acme', '--station', 'DLA8'),
    ];
    expect(json.code).toBe(0);
    expect(printed(json)).toMatchObject({
      status: 'committed',
      created: 1,
      unmatched: {
        rows: 1,
        ids: [tid],
        message: `1 row's Transporter ID matches no DA: ${tid} — kept; link it`,
        link: '/performance?tab=unknown',
      },
    });
    expect(text.stdout).toContain(`1 row's Transporter ID matches no DA: ${tid} — kept; link it`);
  });

  it('exits 2 with the usage on a usage error, and touches nothing', { timeout: 60_000 }, async () => {
    const before = await stations();
    const file = good();
    const runs = await Promise.all([
      cli('import', 'spaceships', file, '--org', 'acme', '--json'),
      cli('import', 'stations', file, '--json'),
      cli('import', 'stations', path.join(dir, 'missing.csv'), '--org', 'acme'),
      cli('import', 'stations', file, '--org', 'nobody'),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    const [kind, org, missing, nobody] = runs;
    expect(kind?.stderr).toContain('Unknown kind "spaceships". Kinds: stations');
    expect(org?.stderr).toContain('Missing --org.');
    expect(missing?.stderr).toContain('No such file');
    expect(nobody?.stderr).toContain('No org with slug "nobody".');
    for (const r of runs) {
      expect(r.stderr).toContain('Usage: stationhand');
      expect(r.stdout).toBe('');
    }
    expect(await stations()).toEqual(before);
  });
});
