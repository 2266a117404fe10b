import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CoachingScenario, type Da, givenCoaching } from '../coaching/testing.js';
import { testVin } from '../fleet/test-kit.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { type Client, multipart, uploadImport } from './testing.js';

// Issue 12, item 5: a NUL in any text gave 500 on PostgreSQL and was stored on SQLite (so a SQLite backup
// could not be restored into PostgreSQL); a lone surrogate was stored as broken UTF-8. Every text that
// enters is refused at the edge with 400 naming the field, the same on both databases.

const NUL = '\u0000';

describe('text no database can hold is refused at the edge, naming the field', () => {
  let s: CoachingScenario;
  let da: Da;
  let phone: Client;
  let itemId: string;
  beforeAll(async () => {
    s = await givenCoaching();
    da = await s.addDa();
    phone = await s.loginAs(da);
    await s.shift(da, '2025-03-06');
    await s.events(da, ['2025-03-03', '2025-03-04', '2025-03-05']);
    await s.run('2025-03-06');
    const item = (await s.items(da))[0];
    if (!item) throw new Error('no coaching item opened');
    itemId = item.id;
  });
  afterAll(() => s.close());

  const refused = (res: { statusCode: number; json(): unknown; headers: Record<string, unknown> }) => {
    expect(res.statusCode, JSON.stringify(res.json())).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return (res.json() as { errors: { path: string; message: string }[] }).errors;
  };

  it('a NUL in a DA’s own dispute of a coaching item, and in their time-off request', async () => {
    const dispute = await phone.request('POST', `/api/v1/me/coaching/${itemId}/dispute`, {
      text: `Not me${NUL}, a car cut in.`,
    });
    expect(refused(dispute)).toEqual([{ path: 'text', message: expect.stringMatching(/NUL character/) }]);
    expect((await s.items(da))[0]?.status).not.toBe('disputed');

    const first = addDays(localDate('America/Los_Angeles'), 20);
    const timeOff = await phone.request('POST', '/api/v1/me/time-off', {
      firstDate: first,
      lastDate: first,
      reason: `cita${NUL}`,
    });
    expect(refused(timeOff)).toEqual([{ path: 'reason', message: expect.stringMatching(/NUL/) }]);
  });

  it('a NUL in a DA, a van and a note, each at its field; a nested field by its JSON path', async () => {
    const driver = await s.manager.request('POST', '/api/v1/drivers', {
      firstName: 'Ma',
      lastName: `Gar${NUL}cia`,
      homeStationId: s.stationId,
      vanTypes: [`edv${NUL}`],
    });
    expect(refused(driver).map((e) => e.path)).toEqual(['lastName', 'vanTypes.0']);

    const van = await s.owner.request('POST', '/api/v1/vans', {
      stationId: s.stationId,
      fleetNumber: `V-${NUL}1`,
      vin: testVin(901),
      vanType: 'cdv',
      ownership: 'owned',
    });
    expect(refused(van).map((e) => e.path)).toEqual(['fleetNumber']);

    const note = await s.manager.request('POST', `/api/v1/drivers/${da.id}/notes`, { body: `ok${NUL}` });
    expect(refused(note).map((e) => e.path)).toEqual(['body']);
    const notes = await s.manager.request('GET', `/api/v1/drivers/${da.id}/notes`);
    expect(notes.json().items).toEqual([]);
  });

  it('a lone surrogate in JSON (“\\ud800”), a NUL in a field name; tabs and line breaks taken', async () => {
    const raw = (payload: string) =>
      s.manager.request('POST', `/api/v1/drivers/${da.id}/notes`, payload, {
        'content-type': 'application/json',
      });
    expect(refused(await raw('{"body":"broken \\ud800 text"}'))).toEqual([
      { path: 'body', message: expect.stringMatching(/broken character/) },
    ]);
    expect(refused(await raw('{"body":"ok","b\\u0000dy":"x"}'))[0]).toMatchObject({
      path: 'b\uFFFDdy',
      message: expect.stringMatching(/^The field name holds a NUL/),
    });
    const fine = await raw(JSON.stringify({ body: 'Late twice:\n\t- Monday\r\n\t- Friday 👍' }));
    expect(fine.statusCode).toBe(201);
  });

  it('a NUL in the query string or a path parameter (a lookup on PostgreSQL failed with 500)', async () => {
    expect(refused(await s.manager.request('GET', '/api/v1/drivers?q=Ma%00ria'))).toEqual([
      { path: 'query.q', message: expect.stringMatching(/NUL/) },
    ]);
    expect(refused(await s.manager.request('GET', '/api/v1/drivers/abc%00def')).map((e) => e.path)).toEqual([
      'params.id',
    ]);
  });

  it('a NUL in a multipart field or in the uploaded file’s name', async () => {
    const good = 'code,name,time zone,state\nDAU9,Austin,America/Chicago,TX\n';
    const field = await uploadImport(s.owner, 'stations', 'stations.csv', good, { dryRun: `true${NUL}` });
    expect(refused(field)).toEqual([{ path: 'dryRun', message: expect.stringMatching(/NUL/) }]);
    const body = multipart(`stations${NUL}.csv`, good);
    const named = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=stations',
      payload: body.payload,
      headers: { ...body.headers, cookie: s.owner.cookie, 'x-csrf-token': s.owner.csrfToken },
    });
    expect(refused(named)).toEqual([{ path: 'file', message: expect.stringMatching(/NUL/) }]);
  });

  it('an import with a NUL in a cell or a header names row and column, and stores nothing', async () => {
    const stations = async () => (await s.owner.request('GET', '/api/v1/stations')).json().items.length;
    const before = await stations();
    const cell =
      'code,name,time zone,state\nDAU9,Austin,America/Chicago,TX\nDAU8,Aus\u0000tin,America/Chicago,TX\n';
    for (const dryRun of ['true', 'false']) {
      const res = await uploadImport(s.owner, 'stations', 'stations.csv', cell, { dryRun });
      expect(res.json()).toMatchObject({
        status: 'rejected',
        errors: [{ row: 3, column: 'name', message: expect.stringMatching(/NUL character/) }],
      });
    }
    const header = 'code,na\u0000me,time zone,state\nDAU9,Austin,America/Chicago,TX\n';
    const res = await uploadImport(s.owner, 'stations', 'stations.csv', header, { dryRun: 'true' });
    expect(res.json()).toMatchObject({
      status: 'rejected',
      errors: [
        {
          row: 1,
          column: 'na\uFFFDme',
          message: expect.stringMatching(/^The header of column 2 holds a NUL/),
        },
      ],
    });
    expect(await stations()).toBe(before);
  });
});
