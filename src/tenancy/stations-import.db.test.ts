import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AuditView,
  auditEntries,
  type Client,
  multipart,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  uploadImport,
} from '../app/testing.js';
import { MAX_REPORTED_ERRORS } from '../imports/row-checker.js';

/** The importer of stations through HTTP, end to end: upload, check, commit, history, mapping, undo. */

interface StationView {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  state: string;
}

let t: TestApp;
let seq = 0;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type GivenOrg = SeededOrg & { slug: string; owner: Client };

/** A fresh org per test: owner "Olivia Owner", a manager, a dispatcher, and the stations given (CA, LA time). */
async function givenOrg(stations: string[] = []): Promise<GivenOrg> {
  const slug = `org${++seq}`;
  const org = await seedOrg(t.db, {
    slug,
    stations,
    users: [
      { email: `owner@${slug}.test`, role: 'owner', name: 'Olivia Owner' },
      { email: `manager@${slug}.test`, role: 'manager' },
      { email: `disp@${slug}.test`, role: 'dispatcher' },
    ],
  });
  return { ...org, slug, owner: await signIn(t.app, `owner@${slug}.test`) };
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const HEADER = 'Station code,Name,Time zone,State';

const upload = (c: Client, fileName: string, content: string | Buffer, fields: Record<string, string> = {}) =>
  uploadImport(c, 'stations', fileName, content, fields);

async function stationsOf(c: Client): Promise<StationView[]> {
  const res = await c.request('GET', '/api/v1/stations?limit=500');
  expect(res.statusCode).toBe(200);
  return res.json().items.map(({ id, code, name, timeZone, state }: StationView) => ({
    id,
    code,
    name,
    timeZone,
    state,
  }));
}

const codesOf = async (c: Client) => (await stationsOf(c)).map((s) => s.code);

const auditOf = auditEntries;

/** Audit rows written since `before`, oldest first. */
const newAudit = async (c: Client, before: AuditView[]) => {
  const seen = new Set(before.map((a) => a.id));
  return (await auditOf(c)).filter((a) => !seen.has(a.id)).reverse();
};

const history = async (c: Client) => (await c.request('GET', '/api/v1/imports?limit=100')).json().items;

// DAU5 as seeded (unchanged), DLA8 renamed (updated), DAU7 and DAU9 new (created).
const MIXED = csv(
  HEADER,
  'DAU5,DAU5 station,America/Los_Angeles,CA',
  'DLA8,Los Angeles 8,America/Los_Angeles,CA',
  'DAU7,Austin 7,America/Chicago,TX',
  'dau9 , Austin 9 ,America/Chicago,tx',
);

describe('stations import: preview, commit, idempotency', () => {
  it('previews a dry run with exact counts and stores nothing', async () => {
    const o = await givenOrg(['DAU5', 'DLA8']);
    const stationsBefore = await stationsOf(o.owner);
    const auditBefore = await auditOf(o.owner);

    const res = await upload(o.owner, 'stations.csv', MIXED, { dryRun: 'true' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'preview',
      rows: 4,
      created: 2,
      updated: 1,
      unchanged: 1,
      errorCount: 0,
      errors: [],
      headers: ['Station code', 'Name', 'Time zone', 'State'],
      mapping: { code: 'Station code', name: 'Name', timeZone: 'Time zone', state: 'State' },
    });
    expect(await stationsOf(o.owner)).toEqual(stationsBefore);
    expect(await auditOf(o.owner)).toEqual(auditBefore);
    const [entry] = await history(o.owner);
    expect(entry).toMatchObject({
      id: res.json().id,
      status: 'preview',
      dryRun: true,
      created: 2,
      updated: 1,
      unchanged: 1,
    });
    // A preview is not a decision: it saves no mapping either.
    expect((await o.owner.request('GET', '/api/v1/imports/kinds/stations/mapping')).json()).toEqual({
      mapping: {},
    });
  });

  it('commits: stores every row, one audit row per changed station and one for the import', async () => {
    const o = await givenOrg(['DAU5', 'DLA8']);
    const auditBefore = await auditOf(o.owner);
    const res = await upload(o.owner, 'stations.csv', MIXED);
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ status: 'committed', rows: 4, created: 2, updated: 1, unchanged: 1 });

    const stations = await stationsOf(o.owner);
    expect(stations.map(({ id: _, ...s }) => s)).toEqual([
      { code: 'DAU5', name: 'DAU5 station', timeZone: 'America/Los_Angeles', state: 'CA' },
      { code: 'DAU7', name: 'Austin 7', timeZone: 'America/Chicago', state: 'TX' },
      { code: 'DAU9', name: 'Austin 9', timeZone: 'America/Chicago', state: 'TX' },
      { code: 'DLA8', name: 'Los Angeles 8', timeZone: 'America/Los_Angeles', state: 'CA' },
    ]);
    const id = (code: string) => stations.find((s) => s.code === code)?.id;

    const written = await newAudit(o.owner, auditBefore);
    expect(written.map((a) => [a.entity, a.action, a.entityId])).toEqual([
      ['station', 'update', id('DLA8')],
      ['station', 'create', id('DAU7')],
      ['station', 'create', id('DAU9')],
      ['import', 'create', result.id],
    ]);
    expect(written[0]?.changes.name).toEqual({ before: 'DLA8 station', after: 'Los Angeles 8' });
    for (const a of written) expect(a.actorUserId).toBe(o.userIds[`owner@${o.slug}.test`]);
    expect(written[0]?.actorLabel).toContain('via import stations.csv');
    expect(written[3]?.changes).toMatchObject({
      kind: { after: 'stations' },
      file_name: { after: 'stations.csv' },
      created: { after: 2 },
      updated: { after: 1 },
      unchanged: { after: 1 },
    });
  });

  it('changes nothing when the same file, or the same rows in another order and format, come again', async () => {
    const o = await givenOrg(['DAU5', 'DLA8']);
    expect((await upload(o.owner, 'stations.csv', MIXED)).json().status).toBe('committed');
    const stations = await stationsOf(o.owner);
    const auditBefore = await auditOf(o.owner);

    const again = (await upload(o.owner, 'stations.csv', MIXED)).json();
    expect(again).toMatchObject({ status: 'committed', rows: 4, created: 0, updated: 0, unchanged: 4 });

    const reordered = Buffer.from(
      `\uFEFF${['State,TZ,Station Name,DS Code', 'TX,America/Chicago,Austin 9,DAU9', 'CA,America/Los_Angeles,DAU5 station,DAU5', 'CA,America/Los_Angeles,Los Angeles 8,dla8', 'TX,America/Chicago,Austin 7,DAU7'].join('\n')}\n`,
    );
    const third = (await upload(o.owner, 'copy of stations.csv', reordered)).json();
    expect(third).toMatchObject({ status: 'committed', rows: 4, created: 0, updated: 0, unchanged: 4 });

    expect(await stationsOf(o.owner)).toEqual(stations);
    const written = await newAudit(o.owner, auditBefore);
    expect(written.map((a) => [a.entity, a.entityId])).toEqual([
      ['import', again.id],
      ['import', third.id],
    ]);
  });

  it('updates the rows that changed and counts the rest unchanged', async () => {
    const o = await givenOrg(['DAU5', 'DLA8']);
    await upload(o.owner, 'stations.csv', MIXED);
    const auditBefore = await auditOf(o.owner);
    const changed = csv(
      HEADER,
      'DAU5,DAU5 station,America/Los_Angeles,CA',
      'DLA8,Los Angeles 8,America/Los_Angeles,CA',
      'DAU7,Austin Seven,America/Chicago,TX',
      'DAU9,Austin 9,America/Denver,CO',
    );
    const res = (await upload(o.owner, 'stations-v2.csv', changed)).json();
    expect(res).toMatchObject({ status: 'committed', created: 0, updated: 2, unchanged: 2 });
    const byCode = Object.fromEntries((await stationsOf(o.owner)).map((s) => [s.code, s]));
    expect(byCode.DAU7).toMatchObject({ name: 'Austin Seven', timeZone: 'America/Chicago', state: 'TX' });
    expect(byCode.DAU9).toMatchObject({ name: 'Austin 9', timeZone: 'America/Denver', state: 'CO' });
    const written = await newAudit(o.owner, auditBefore);
    expect(written.map((a) => [a.entity, a.action, a.entityId])).toEqual([
      ['station', 'update', byCode.DAU7?.id],
      ['station', 'update', byCode.DAU9?.id],
      ['import', 'create', res.id],
    ]);
    expect(written[1]?.changes).toEqual({
      time_zone: { before: 'America/Chicago', after: 'America/Denver' },
      state: { before: 'TX', after: 'CO' },
    });
  });
});

describe('stations import: bad files are rejected whole, with every problem located', () => {
  it('rejects a file with 3 bad rows among good ones, naming row, column header and problem', async () => {
    const o = await givenOrg(['DLA8']);
    const stationsBefore = await stationsOf(o.owner);
    const auditBefore = await auditOf(o.owner);
    const file = csv(
      'Code,Station Name,Time Zone,State',
      'DAU5,Austin 5,America/Chicago,TX',
      '5,Bad code,America/Chicago,TX',
      'DLA8,Renamed,America/Los_Angeles,CA',
      'DAU7,Austin 7,Mars/Base,TX',
      'DAU9,Austin 9,America/Chicago,XX',
      'DAU3,Austin 3,America/Chicago,TX',
    );
    const res = await upload(o.owner, 'bad.csv', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'rejected',
      rows: 6,
      created: 0,
      updated: 0,
      unchanged: 0,
      errorCount: 3,
      errors: [
        { row: 3, column: 'Code', message: 'Use the Amazon station code, e.g. DAU5.' },
        { row: 5, column: 'Time Zone', message: 'Use an IANA time zone such as America/Chicago.' },
        { row: 6, column: 'State', message: 'Use the two-letter US state, e.g. TX.' },
      ],
    });
    expect(await stationsOf(o.owner)).toEqual(stationsBefore);
    expect(await auditOf(o.owner)).toEqual(auditBefore);
    expect((await history(o.owner))[0]).toMatchObject({
      status: 'rejected',
      dryRun: false,
      rows: 6,
      errorCount: 3,
    });
    // The import's own page keeps its problems for later.
    const detail = (await o.owner.request('GET', `/api/v1/imports/${res.json().id}`)).json();
    expect(detail.errors).toEqual(res.json().errors);
  });

  it('reports an empty required cell and several problems in one row, each in its column', async () => {
    const o = await givenOrg();
    const res = await upload(o.owner, 'bad.csv', csv(HEADER, 'DAU5,,Nowhere,ZZ'));
    expect(res.json().errors).toEqual([
      { row: 2, column: 'Name', message: 'Name is required.' },
      { row: 2, column: 'Time zone', message: 'Use an IANA time zone such as America/Chicago.' },
      { row: 2, column: 'State', message: 'Use the two-letter US state, e.g. TX.' },
    ]);
  });

  it('reports a key repeated in the file on the later row, naming the first, in the key column', async () => {
    const o = await givenOrg();
    const file = csv(
      'DS Code,Name,Time zone,State',
      'DAU5,Austin 5,America/Chicago,TX',
      'DAU7,Austin 7,America/Chicago,TX',
      ' dau5,Austin again,America/Chicago,TX',
    );
    const res = (await upload(o.owner, 'dup.csv', file)).json();
    expect(res).toMatchObject({ status: 'rejected', errorCount: 1 });
    expect(res.errors).toEqual([{ row: 4, column: 'DS Code', message: 'Same station code DAU5 as row 2.' }]);
    expect(await codesOf(o.owner)).toEqual([]);
  });

  it('reports a missing required column on row 1 and reads no further', async () => {
    const o = await givenOrg();
    const res = (await upload(o.owner, 'no-tz.csv', csv('Code,Name,State', 'DAU5,Austin,TX'))).json();
    expect(res).toMatchObject({ status: 'rejected', rows: 0, errorCount: 1 });
    expect(res.errors).toEqual([
      {
        row: 1,
        column: 'Time zone',
        message: 'No column for “Time zone”: add it or map it to a column of the file.',
      },
    ]);
  });

  it('rejects a file with a header row and no data, and an empty file, with one clear error each', async () => {
    const o = await givenOrg();
    const headerOnly = (await upload(o.owner, 'header.csv', csv(HEADER))).json();
    expect(headerOnly).toMatchObject({ status: 'rejected', rows: 0 });
    expect(headerOnly.errors).toEqual([
      { row: 2, column: '', message: 'The file has a header row but no data rows.' },
    ]);
    for (const empty of ['', '\uFEFF', '\r\n\r\n', ',,,\r\n']) {
      const res = (await upload(o.owner, 'empty.csv', empty)).json();
      expect(res).toMatchObject({ status: 'rejected', rows: 0 });
      expect(res.errors).toEqual([
        { row: 1, column: '', message: 'The file is empty: it needs a header row.' },
      ]);
    }
    expect(await codesOf(o.owner)).toEqual([]);
  });

  it('rejects a broken CSV (an unclosed quote) with the row, instead of failing', async () => {
    const o = await givenOrg();
    const file = csv(
      HEADER,
      'DAU5,Austin 5,America/Chicago,TX',
      'DAU7,"Austin 7,America/Chicago,TX',
      'DAU9,x,UTC,TX',
    );
    const res = await upload(o.owner, 'broken.csv', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', errorCount: 1 });
    expect(res.json().errors).toEqual([{ row: 3, column: '', message: expect.stringMatching(/quote/) }]);
    expect((await history(o.owner))[0]).toMatchObject({ status: 'rejected', finishedAt: expect.any(String) });
    expect(await codesOf(o.owner)).toEqual([]);
  });

  it(`counts every error but reports only the first ${MAX_REPORTED_ERRORS}`, async () => {
    const o = await givenOrg();
    const lines = [HEADER];
    for (let i = 0; i < 1200; i++)
      lines.push(`DA${String.fromCharCode(65 + (i % 26))}${i % 10},S${i},America/Chicago,XX`);
    const res = (await upload(o.owner, 'many.csv', csv(...lines))).json();
    expect(res).toMatchObject({ status: 'rejected', rows: 1200, errorCount: 1200 });
    expect(res.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(res.errors[0]).toEqual({
      row: 2,
      column: 'State',
      message: 'Use the two-letter US state, e.g. TX.',
    });
    expect(res.errors[MAX_REPORTED_ERRORS - 1].row).toBe(MAX_REPORTED_ERRORS + 1);
    expect((await history(o.owner))[0]).toMatchObject({ status: 'rejected', errorCount: 1200 });
  });
});

describe('stations import: headers and mappings', () => {
  it('matches headers that differ in case, spacing and punctuation, or go by another name', async () => {
    const o = await givenOrg();
    const file = csv('Station Code ,NAME,TZ,U.S. State', 'DAU5,Austin 5,America/Chicago,TX');
    const res = (await upload(o.owner, 'stations.csv', file)).json();
    expect(res).toMatchObject({
      status: 'committed',
      created: 1,
      mapping: { code: 'Station Code', name: 'NAME', timeZone: 'TZ', state: 'U.S. State' },
    });
    expect(await codesOf(o.owner)).toEqual(['DAU5']);
  });

  it('ignores the blank rows Excel leaves at the end of a CSV (",,,")', async () => {
    const o = await givenOrg();
    const res = (
      await upload(o.owner, 'excel.csv', csv(HEADER, 'DAU5,Austin 5,America/Chicago,TX', ',,,', ',,,'))
    ).json();
    expect(res).toMatchObject({ status: 'committed', rows: 1, created: 1 });
  });

  it("takes the user's mapping for columns it cannot match, saves it, and reuses it next time", async () => {
    const o = await givenOrg();
    const headers = 'Site,Name,Zone,State';
    const unmapped = (
      await upload(o.owner, 'sites.csv', csv(headers, 'DAU5,Austin,America/Chicago,TX'))
    ).json();
    expect(unmapped.status).toBe('rejected');
    expect(unmapped.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [1, 'Station code'],
      [1, 'Time zone'],
    ]);

    const mapping = JSON.stringify({ code: 'Site', timeZone: 'Zone' });
    const preview = (
      await upload(o.owner, 'sites.csv', csv(headers, 'DAU5,Austin,America/Chicago,TX'), {
        mapping,
        dryRun: '1',
      })
    ).json();
    expect(preview).toMatchObject({ status: 'preview', created: 1 });
    expect((await o.owner.request('GET', '/api/v1/imports/kinds/stations/mapping')).json()).toEqual({
      mapping: {},
    });

    const mapped = (
      await upload(o.owner, 'sites.csv', csv(headers, 'DAU5,Austin,America/Chicago,TX'), { mapping })
    ).json();
    expect(mapped).toMatchObject({ status: 'committed', created: 1 });
    const saved = { code: 'Site', name: 'Name', timeZone: 'Zone', state: 'State' };
    expect((await o.owner.request('GET', '/api/v1/imports/kinds/stations/mapping')).json()).toEqual({
      mapping: saved,
    });

    const next = (
      await upload(o.owner, 'sites-2.csv', csv(headers, 'DAU5,Austin North,America/Chicago,TX'))
    ).json();
    expect(next).toMatchObject({ status: 'committed', updated: 1, mapping: saved });
    expect((await stationsOf(o.owner))[0]).toMatchObject({ code: 'DAU5', name: 'Austin North' });
  });

  it('refuses a mapping field that is not JSON {field: header}', async () => {
    const o = await givenOrg();
    for (const mapping of ['{not json', '["Site"]', '{"code": 5}']) {
      const res = await upload(o.owner, 'sites.csv', csv(HEADER, 'DAU5,Austin,America/Chicago,TX'), {
        mapping,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'mapping', message: expect.any(String) }]);
    }
    expect(await history(o.owner)).toEqual([]);
  });

  it('saves a mapping by PUT, refuses unknown fields with 400, and uses the saved one', async () => {
    const o = await givenOrg();
    const bad = await o.owner.request('PUT', '/api/v1/imports/kinds/stations/mapping', {
      mapping: { code: 'Site', colour: 'Paint' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'mapping.colour', message: 'Unknown field.' }]);
    expect((await o.owner.request('GET', '/api/v1/imports/kinds/stations/mapping')).json()).toEqual({
      mapping: {},
    });
    // The same mapping sent with an upload is refused the same way.
    const badUpload = await upload(o.owner, 'stations.csv', csv(HEADER, 'DAU5,Austin,America/Chicago,TX'), {
      mapping: JSON.stringify({ colour: 'Paint' }),
    });
    expect(badUpload.statusCode).toBe(400);
    expect(badUpload.json().errors).toEqual([{ path: 'mapping.colour', message: 'Unknown field.' }]);

    const ok = await o.owner.request('PUT', '/api/v1/imports/kinds/stations/mapping', {
      mapping: { code: 'Site', timeZone: 'Zone' },
    });
    expect(ok.statusCode).toBe(200);
    const res = (
      await upload(o.owner, 'sites.csv', csv('Site,Name,Zone,State', 'DAU5,Austin,America/Chicago,TX'))
    ).json();
    expect(res).toMatchObject({ status: 'committed', created: 1 });
  });
});

describe('stations import: history and undo', () => {
  it('lists who imported which file when, with the counts, newest first', async () => {
    const o = await givenOrg(['DLA8']);
    const first = (await upload(o.owner, 'stations.csv', MIXED)).json();
    const second = (await upload(o.owner, 'bad.csv', csv(HEADER, 'DAU5,x,UTC,XX'))).json();
    const items = await history(o.owner);
    expect(items.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
    const ownerRef = { id: o.userIds[`owner@${o.slug}.test`], name: 'Olivia Owner' };
    expect(items[1]).toMatchObject({
      kind: 'stations',
      stationId: null,
      fileName: 'stations.csv',
      status: 'committed',
      rows: 4,
      processed: 4,
      created: 3,
      updated: 1,
      unchanged: 0,
      errorCount: 0,
      createdBy: ownerRef,
      undoneAt: null,
    });
    expect(items[0]).toMatchObject({
      fileName: 'bad.csv',
      status: 'rejected',
      errorCount: 1,
      createdBy: ownerRef,
    });
    for (const i of items) {
      expect(Date.parse(i.createdAt)).not.toBeNaN();
      expect(Date.parse(i.finishedAt) >= Date.parse(i.createdAt)).toBe(true);
    }
    const one = await o.owner.request('GET', `/api/v1/imports/${first.id}`);
    expect(one.json()).toEqual({ ...items[1], errors: [] });
  });

  it('undoes the latest import: puts updated rows back, removes created ones, and audits it', async () => {
    const o = await givenOrg(['DAU5', 'DLA8']);
    const before = await stationsOf(o.owner);
    const imp = (await upload(o.owner, 'stations.csv', MIXED)).json();
    const created = (await stationsOf(o.owner)).filter((s) => ['DAU7', 'DAU9'].includes(s.code));
    const auditBefore = await auditOf(o.owner);

    const res = await o.owner.request('POST', `/api/v1/imports/${imp.id}/undo`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: imp.id, status: 'undone', undoneAt: expect.any(String) });
    expect(await stationsOf(o.owner)).toEqual(before);

    const written = await newAudit(o.owner, auditBefore);
    const dla8 = before.find((s) => s.code === 'DLA8')?.id;
    expect(written.map((a) => [a.entity, a.action, a.entityId]).sort()).toEqual(
      [
        ['station', 'delete', created[0]?.id],
        ['station', 'delete', created[1]?.id],
        ['station', 'update', dla8],
        ['import', 'update', imp.id],
      ].sort(),
    );
    const restore = written.find((a) => a.entityId === dla8);
    expect(restore?.changes.name).toEqual({ before: 'Los Angeles 8', after: 'DLA8 station' });
    expect(restore?.actorLabel).toContain('undoing import stations.csv');
    expect((await history(o.owner))[0]).toMatchObject({ id: imp.id, status: 'undone' });
  });

  it('refuses to undo an older import while a newer committed one stands, and anything not committed', async () => {
    const o = await givenOrg();
    const a = (await upload(o.owner, 'a.csv', csv(HEADER, 'DAU5,Austin,America/Chicago,TX'))).json();
    const b = (await upload(o.owner, 'b.csv', csv(HEADER, 'DAU5,Austin 5,America/Chicago,TX'))).json();
    const rejected = (await upload(o.owner, 'c.csv', csv(HEADER, 'DAU5,x,UTC,XX'))).json();
    const preview = (await upload(o.owner, 'd.csv', csv(HEADER, 'DAU7,y,UTC,TX'), { dryRun: 'true' })).json();
    const undo = (id: string) => o.owner.request('POST', `/api/v1/imports/${id}/undo`);

    const older = await undo(a.id);
    expect(older.statusCode).toBe(409);
    expect(older.headers['content-type']).toContain('application/problem+json');
    expect((await undo(rejected.id)).statusCode).toBe(409);
    expect((await undo(preview.id)).statusCode).toBe(409);
    expect(await stationsOf(o.owner)).toMatchObject([{ code: 'DAU5', name: 'Austin 5' }]);

    expect((await undo(b.id)).statusCode).toBe(200);
    expect((await undo(b.id)).statusCode).toBe(409);
    expect(await stationsOf(o.owner)).toMatchObject([{ code: 'DAU5', name: 'Austin' }]);
    expect((await undo(a.id)).statusCode).toBe(200);
    expect(await stationsOf(o.owner)).toEqual([]);
  });

  it('refuses to undo the creation of a station that is now in use, and changes nothing', async () => {
    const o = await givenOrg();
    const imp = (
      await upload(o.owner, 'stations.csv', csv(HEADER, 'DAU7,Austin 7,America/Chicago,TX'))
    ).json();
    const [dau7] = await stationsOf(o.owner);
    const added = await o.owner.request('POST', '/api/v1/users', {
      email: `dana@${o.slug}.test`,
      name: 'Dana',
      role: 'dispatcher',
      stationIds: [dau7?.id],
    });
    expect(added.statusCode).toBe(201);
    const auditBefore = await auditOf(o.owner);

    const res = await o.owner.request('POST', `/api/v1/imports/${imp.id}/undo`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('DAU7');
    expect(res.json().detail).toContain(`dana@${o.slug}.test is limited to it`);
    expect(await stationsOf(o.owner)).toEqual([dau7]);
    expect(await auditOf(o.owner)).toEqual(auditBefore);
    expect((await history(o.owner))[0]).toMatchObject({ id: imp.id, status: 'committed' });
  });
});

describe('stations import: who may, and what the request must be', () => {
  it('lets neither a dispatcher nor a manager import stations, and stores nothing', async () => {
    const o = await givenOrg();
    for (const who of ['disp', 'manager']) {
      const c = await signIn(t.app, `${who}@${o.slug}.test`);
      const res = await upload(c, 'stations.csv', MIXED);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const manager = await signIn(t.app, `manager@${o.slug}.test`);
    const kinds = (await manager.request('GET', '/api/v1/imports/kinds')).json().items;
    expect(kinds.map((k: { kind: string }) => k.kind)).not.toContain('stations');
    expect(await codesOf(o.owner)).toEqual([]);
    expect(await history(o.owner)).toEqual([]);
  });

  it("answers 404 for another org's import, and does not undo it", async () => {
    const mine = await givenOrg();
    const theirs = await givenOrg();
    const imp = (
      await upload(theirs.owner, 'stations.csv', csv(HEADER, 'DAU5,Austin,America/Chicago,TX'))
    ).json();
    expect((await mine.owner.request('GET', `/api/v1/imports/${imp.id}`)).statusCode).toBe(404);
    expect((await mine.owner.request('POST', `/api/v1/imports/${imp.id}/undo`)).statusCode).toBe(404);
    expect(await history(mine.owner)).toEqual([]);
    expect((await history(theirs.owner))[0]).toMatchObject({ id: imp.id, status: 'committed' });
    expect(await codesOf(theirs.owner)).toEqual(['DAU5']);
    // Nor can a station of the other org be picked for a file.
    const [station] = await stationsOf(theirs.owner);
    const res = await upload(mine.owner, 'stations.csv', MIXED, { stationId: station?.id ?? '' });
    expect(res.statusCode).toBe(400);
  });

  it('asks for a file: 400 without one, 415 for a body that is not multipart, 404 for an unknown kind', async () => {
    const o = await givenOrg();
    const boundary = '----nofile';
    const onlyFields = await o.owner.request(
      'POST',
      '/api/v1/imports?kind=stations',
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="dryRun"\r\n\r\ntrue\r\n--${boundary}--\r\n`,
      ),
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    );
    expect(onlyFields.statusCode).toBe(400);
    expect(onlyFields.json().errors).toEqual([{ path: 'file', message: expect.any(String) }]);

    const wrongField = multipart('stations.csv', MIXED);
    const renamed = wrongField.payload.toString('latin1').replace('name="file"', 'name="upload"');
    const other = await o.owner.request(
      'POST',
      '/api/v1/imports?kind=stations',
      Buffer.from(renamed, 'latin1'),
      wrongField.headers,
    );
    expect(other.statusCode).toBe(400);

    const json = await o.owner.request('POST', '/api/v1/imports?kind=stations', { file: MIXED });
    expect(json.statusCode).toBe(415);

    const body = multipart('x.csv', MIXED);
    const unknown = await o.owner.request(
      'POST',
      '/api/v1/imports?kind=spaceships',
      body.payload,
      body.headers,
    );
    expect(unknown.statusCode).toBe(404);
    expect(await history(o.owner)).toEqual([]);
  });
});

describe('stations import: XLSX', () => {
  async function workbook(rows: unknown[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Stations');
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('imports an XLSX as it imports the same rows in CSV', async () => {
    const o = await givenOrg(['DAU5', 'DLA8']);
    const book = await workbook([
      ['Station code', 'Name', 'Time zone', 'State'],
      ['DAU5', 'DAU5 station', 'America/Los_Angeles', 'CA'],
      [
        'DLA8',
        { richText: [{ text: 'Los Angeles ', font: { bold: true } }, { text: '8' }] },
        'America/Los_Angeles',
        'CA',
      ],
      [],
      ['DAU7', 'Austin 7', 'America/Chicago', 'TX'],
      ['dau9', { formula: '"Austin "&"9"', result: 'Austin 9' }, 'America/Chicago', 'tx'],
    ]);
    const preview = (await upload(o.owner, 'stations.xlsx', book, { dryRun: 'true' })).json();
    expect(preview).toMatchObject({ status: 'preview', rows: 4, created: 2, updated: 1, unchanged: 1 });
    const res = (await upload(o.owner, 'stations.xlsx', book)).json();
    expect(res).toMatchObject({ status: 'committed', rows: 4, created: 2, updated: 1, unchanged: 1 });
    expect((await stationsOf(o.owner)).map(({ id: _, ...s }) => s)).toEqual([
      { code: 'DAU5', name: 'DAU5 station', timeZone: 'America/Los_Angeles', state: 'CA' },
      { code: 'DAU7', name: 'Austin 7', timeZone: 'America/Chicago', state: 'TX' },
      { code: 'DAU9', name: 'Austin 9', timeZone: 'America/Chicago', state: 'TX' },
      { code: 'DLA8', name: 'Los Angeles 8', timeZone: 'America/Los_Angeles', state: 'CA' },
    ]);
    // The same rows as CSV change nothing.
    expect((await upload(o.owner, 'stations.csv', MIXED)).json()).toMatchObject({ unchanged: 4 });
  });

  it('names XLSX rows as the spreadsheet does and reads a sheet with an empty header cell', async () => {
    const o = await givenOrg();
    const book = await workbook([
      ['Station code', null, 'Name', 'Time zone', 'State'],
      ['DAU5', 'note', 'Austin 5', 'America/Chicago', 'TX'],
      [],
      ['DAU7', null, 'Austin 7', 'America/Chicago', 'Texas'],
    ]);
    const res = await upload(o.owner, 'stations.xlsx', book);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'rejected',
      headers: ['Station code', '', 'Name', 'Time zone', 'State'],
      errors: [{ row: 4, column: 'State', message: 'Use the two-letter US state, e.g. TX.' }],
    });
  });
});
