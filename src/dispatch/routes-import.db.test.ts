import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, uploadImport } from '../app/testing.js';
import { addDays } from './domain/calendar.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 4, item 3: "Routes for a station and date: `routes` import kind (route code, wave/dispatch time,
// staging location, service type, planned duration, stops, packages, van type; mapped by header)". The
// foundation's rules hold: all-or-nothing, idempotent, every bad cell named by row and column.

interface BoardRoute {
  id: string;
  code: string;
  waveTime: string;
  plannedMinutes: number;
  vanType: string;
  driverId: string | null;
  pinned: boolean;
  version: number;
}

// A Cortex-like export: BOM, CRLF, headers in its own words, times and durations as people type them.
const FILE = [
  '\uFEFFRoute Code,Wave Time,Staging Location,Service Type,Planned Duration,Stops,Packages,Vehicle Type,Transporter ID',
  'cx101,10:20 AM,STG.A1,Standard Parcel,9:30,190,"1,204",Ford Transit,',
  'CX102,1040,STG.A2,Nursery Route Level 1,8.5,120,180,EDV,',
  'CX103,10:40,STG.A3,Standard Parcel,600 min,210,310,Step Van,ATESTDA000001',
].join('\r\n');

describe('the routes import kind', () => {
  let s: StationScenario;
  let day = '';
  let pinnedDa = '';
  const upload = (c: Client, content: string, fields: Record<string, string> = {}) =>
    uploadImport(c, 'routes', 'routes.csv', content, { stationId: s.stationId, date: day, ...fields });
  const routes = async (): Promise<BoardRoute[]> =>
    must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/board?stationId=${s.stationId}&date=${day}`),
      200,
    ).json().routes;

  beforeAll(async () => {
    s = await givenStation();
    day = addDays(s.today, 1);
    pinnedDa = await s.addDa({
      firstName: 'Pat',
      lastName: 'Pinned',
      transporterId: 'ATESTDA000001',
      vanTypes: ['cdv', 'step_van'],
      dotMedicalExpiry: '2031-01-01',
    });
  });
  afterAll(() => s.close());

  it('imports a day’s routes from a messy file as a dispatcher, reading every cell form', async () => {
    const res = must(await upload(s.dispatcher, FILE), 200).json();
    expect(res).toMatchObject({ status: 'committed', rows: 3, created: 3, errors: [] });
    expect(await routes()).toEqual([
      expect.objectContaining({
        code: 'CX101',
        waveTime: '10:20',
        plannedMinutes: 570,
        vanType: 'cdv',
        driverId: null,
      }),
      expect.objectContaining({ code: 'CX102', waveTime: '10:40', plannedMinutes: 510, vanType: 'edv' }),
      expect.objectContaining({
        code: 'CX103',
        waveTime: '10:40',
        vanType: 'step_van',
        driverId: pinnedDa,
        pinned: true,
      }),
    ]);
    const cx101 = (await routes())[0];
    expect(cx101).toMatchObject({
      stops: 190,
      packages: 1204,
      stagingLocation: 'STG.A1',
      serviceType: 'Standard Parcel',
    });
  });

  it('changes nothing the second time, and a new wave time updates the plan but keeps who is on the route', async () => {
    const again = must(await upload(s.dispatcher, FILE), 200).json();
    expect(again).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 3 });
    const moved = FILE.replace('cx101,10:20 AM', 'cx101,10:00 AM');
    const res = must(await upload(s.dispatcher, moved), 200).json();
    expect(res).toMatchObject({ updated: 1, unchanged: 2 });
    const all = await routes();
    expect(all.find((r) => r.code === 'CX101')?.waveTime).toBe('10:00');
    expect(all.find((r) => r.code === 'CX103')?.driverId).toBe(pinnedDa);
  });

  it('names every bad cell by row and column and stores nothing', async () => {
    const bad = [
      'Route,Wave,Duration,Van type,Transporter ID',
      'CX201,25:10,9:00,CDV,',
      'CX202,10:20,forever,bicycle,',
      'CX203,10:20,9:00,CDV,',
      'CX204,10:20,9:00,CDV,',
      'CX204,10:40,9:00,CDV,',
    ].join('\n');
    const res = must(await upload(s.dispatcher, bad), 200).json();
    expect(res.status).toBe('rejected');
    expect(res.errors).toEqual([
      { row: 2, column: 'Wave', message: 'A time such as 10:20 or 9:40 AM.' },
      {
        row: 3,
        column: 'Duration',
        message: expect.stringContaining('A duration between 30 minutes and 14 hours'),
      },
      { row: 3, column: 'Van type', message: 'A van type: EDV, CDV, step van or rental.' },
      { row: 6, column: 'Route', message: expect.stringContaining('row 5') },
    ]);
    expect((await routes()).map((r) => r.code)).toEqual(['CX101', 'CX102', 'CX103']);
  });

  it('needs the day, and keeps a dispatcher to the kinds they may import', async () => {
    const res = await uploadImport(s.dispatcher, 'routes', 'routes.csv', FILE, { stationId: s.stationId });
    expect(must(res, 400).json().errors).toEqual([{ path: 'date', message: 'Pick the day.' }]);
    must(await uploadImport(s.dispatcher, 'drivers', 'das.csv', 'First name,Last name\nA,B\n'), 403);
    const kinds = must(await s.dispatcher.request('GET', '/api/v1/imports/kinds'), 200).json();
    expect(kinds.items.map((k: { kind: string }) => k.kind)).toEqual(['routes']);
    expect(kinds.items[0]).toMatchObject({ needsStation: true, needsDate: true });
    const driversImport = must(
      await uploadImport(
        s.manager,
        'drivers',
        'das.csv',
        'First name,Last name,Transporter ID\nAl,Bo,AZZZZZZZZZZZZ\n',
        {
          stationId: s.stationId,
        },
      ),
      200,
    ).json();
    const history = must(await s.dispatcher.request('GET', '/api/v1/imports?limit=50'), 200).json();
    expect(history.items.every((i: { kind: string }) => i.kind === 'routes')).toBe(true);
    expect(history.items[0]).toMatchObject({ kind: 'routes', businessDate: day });
    must(await s.dispatcher.request('GET', `/api/v1/imports/${driversImport.id}`), 404);
  });

  it('undoes the day’s imports newest first: the change comes back, then the routes made go', async () => {
    const history = must(await s.dispatcher.request('GET', '/api/v1/imports?limit=50'), 200).json();
    const committed = history.items.filter(
      (i: { status: string; dryRun: boolean }) => i.status === 'committed' && !i.dryRun,
    );
    expect(committed.map((i: { created: number; updated: number }) => [i.created, i.updated])).toEqual([
      [0, 1],
      [0, 0],
      [3, 0],
    ]);
    must(await s.dispatcher.request('POST', `/api/v1/imports/${committed[2].id}/undo`), 409);
    must(await s.dispatcher.request('POST', `/api/v1/imports/${committed[0].id}/undo`), 200);
    expect((await routes()).find((r) => r.code === 'CX101')?.waveTime).toBe('10:20');
    for (const i of committed.slice(1))
      must(await s.dispatcher.request('POST', `/api/v1/imports/${i.id}/undo`), 200);
    expect(await routes()).toEqual([]);
  });

  it('keeps a route whose Transporter ID matches no DA, unassigned, and lists the ID to link', async () => {
    const file = ['Route,Wave,Duration,Van type,Transporter ID', 'CX301,10:20,9:00,CDV,aunknown000000'].join(
      '\n',
    );
    const res = must(await upload(s.dispatcher, file), 200).json();
    expect(res).toMatchObject({ status: 'committed', created: 1 });
    expect(res.unmatched).toMatchObject({
      field: 'Transporter ID',
      rows: 1,
      ids: ['AUNKNOWN000000'],
      message: "1 row's Transporter ID matches no DA: AUNKNOWN000000 — kept; link it",
    });
    expect((await routes()).find((r) => r.code === 'CX301')).toMatchObject({ driverId: null });
    // The history keeps saying it after the page that ran the import is gone.
    const history = must(await s.dispatcher.request('GET', '/api/v1/imports'), 200).json();
    expect(history.items.find((i: { id: string }) => i.id === res.id).unmatched).toMatchObject({
      ids: ['AUNKNOWN000000'],
      link: '/performance?tab=unknown',
    });
  });
});
