import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { addVan, must } from '../fleet/test-kit.js';
import { addDa, linkLogin } from '../people/testing.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import { type Client, type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from './testing.js';

// Issue 14, item 11 (the home page is the list of today's work, a dispatcher sees their stations, a DA
// theirs on /me), with the counts of items 8 and 15 and issue 15 item 9 (yesterday's open exceptions).
// One day with one of each kind of work, at DXT1 (and a little at DXC1, and at another org).

const ZONE = 'America/Los_Angeles';
const today = localDate(ZONE);
const yesterday = addDays(today, -1);
const tomorrow = addDays(today, 1);
const at = new Date().toISOString();

interface Line {
  key: string;
  count: number;
  title: string;
  stationId?: string;
  params?: Record<string, string | number>;
}

describe('today’s work', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let beta: SeededOrg;
  let owner: Client;
  let dispatcher: Client;
  let da: Client;
  let betaOwner: Client;
  let dxt1: string;
  let dxc1: string;

  const insert = <T extends keyof Database>(table: T, row: Record<string, unknown>) =>
    t.db.db
      .insertInto(table)
      .values(row as never)
      .execute();

  const route = (
    stationId: string,
    date: string,
    code: string,
    driverId: string | null,
    vanId: string | null,
  ) =>
    insert('routes', {
      org_id: acme.orgId,
      id: newId(),
      station_id: stationId,
      business_date: date,
      code,
      wave_time: '10:20',
      staging_location: null,
      service_type: null,
      planned_minutes: 540,
      stops: 150,
      packages: 240,
      van_type: 'cdv',
      driver_id: driverId,
      van_id: vanId,
      pinned: 0,
      assignment_why: '[]',
      assigned_by: null,
      assigned_at: driverId ? at : null,
      version: 1,
      actual_start: null,
      actual_end: null,
      stops_completed: null,
      packages_delivered: null,
      packages_returned: null,
      closed_by: null,
      closed_at: null,
      source: 'manual',
      created_at: at,
      updated_at: at,
    });

  const shift = (driverId: string, date: string, status: string) =>
    insert('shifts', {
      org_id: acme.orgId,
      id: newId(),
      station_id: dxt1,
      driver_id: driverId,
      business_date: date,
      kind: 'route',
      start_time: '10:00',
      minutes: 540,
      status,
      source: 'manual',
      note: null,
      published_at: at,
      confirmed_at: null,
      checked_in_at: null,
      attendance_event_id: null,
      created_at: at,
      updated_at: at,
    });

  const importRow = (status: string, createdAt: string) =>
    insert('imports', {
      org_id: acme.orgId,
      id: newId(),
      kind: 'da-weekly',
      station_id: dxt1,
      business_date: null,
      file_name: 'week.csv',
      file_sha256: newId(),
      status,
      dry_run: 0,
      rows: 1,
      processed: 1,
      created: 0,
      updated: 0,
      unchanged: 0,
      error_count: 0,
      errors: '[]',
      mapping: '{}',
      created_by: null,
      created_at: createdAt,
      finished_at: createdAt,
      undone_at: null,
      owner_instance: null,
    });

  const exception = (workday: string, status: string, kind = 'missing_out') =>
    insert('payroll_exceptions', {
      org_id: acme.orgId,
      id: newId(),
      station_id: dxt1,
      driver_id: 'someone',
      workday,
      kind,
      message: 'No clock-out',
      evidence: '{}',
      status,
      resolution: null,
      resolution_reason: null,
      correction_id: null,
      resolved_by: null,
      resolved_at: null,
      created_at: at,
      updated_at: at,
    });

  const coachingItem = (driverId: string, over: Record<string, unknown>) =>
    insert('coaching_items', {
      org_id: acme.orgId,
      id: newId(),
      station_id: dxt1,
      driver_id: driverId,
      rule_id: 'rule',
      rule_name: 'Following distance',
      cause_key: newId(),
      cause: '{}',
      measure: 'events',
      week_start: addDays(today, -7),
      cause_date: yesterday,
      step: 1,
      action: 'written_warning',
      status: 'open',
      notify: 'sent',
      manager_note: null,
      notified_at: at,
      acknowledged_at: null,
      signature: null,
      disputed_at: null,
      dispute_text: null,
      resolution: null,
      resolution_note: null,
      resolved_at: null,
      resolved_by: null,
      held_at: null,
      held_by: null,
      held_note: null,
      created_at: at,
      updated_at: at,
      ...over,
    });

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DXT1', 'DXC1'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DXT1'] },
        { email: 'da@acme.test', role: 'driver', stations: ['DXT1'] },
      ],
    });
    beta = await seedOrg(t.db, {
      slug: 'beta',
      stations: ['DXT9'],
      users: [{ email: 'owner@beta.test', role: 'owner' }],
    });
    dxt1 = acme.stationIds.DXT1 as string;
    dxc1 = acme.stationIds.DXC1 as string;
    owner = await signIn(t.app, 'owner@acme.test');
    dispatcher = await signIn(t.app, 'disp@acme.test');
    da = await signIn(t.app, 'da@acme.test');
    betaOwner = await signIn(t.app, 'owner@beta.test');

    // The DA with a login: today's route and van, tomorrow's shift, a license expiring in 3 days.
    const rosa = await addDa(owner, dxt1, { firstName: 'Rosa', licenseExpiry: addDays(today, 3) });
    await linkLogin(t, acme.orgId, rosa, acme.userIds['da@acme.test']);
    const expired = await addDa(owner, dxt1, { licenseExpiry: addDays(today, -2) });
    const caller = await addDa(owner, dxt1);
    const van = await addVan(owner, dxt1, 1);

    // DXT1 today: 3 routes, one covered with a van never inspected; published. Tomorrow: built, not published.
    await route(dxt1, today, 'CX1', rosa, van);
    await route(dxt1, today, 'CX2', null, null);
    await route(dxt1, today, 'CX3', null, null);
    await insert('dispatch_days', {
      org_id: acme.orgId,
      station_id: dxt1,
      business_date: today,
      version: 1,
      roster_published_at: at,
      roster_published_by: null,
      updated_at: at,
    });
    await route(dxt1, tomorrow, 'CX1', rosa, null);
    await route(dxt1, tomorrow, 'CX2', null, null);
    await shift(rosa, today, 'scheduled');
    await shift(rosa, tomorrow, 'scheduled');
    await shift(caller, today, 'called_out');
    // DXC1 today: routes in, roster not built; a grounded van.
    await route(dxc1, today, 'DX1', null, null);
    await route(dxc1, today, 'DX2', null, null);
    const grounded = await addVan(owner, dxt1, 2);
    const groundedThere = await addVan(owner, dxc1, 3);
    await t.db.db
      .updateTable('vans')
      .set({ status: 'grounded' })
      .where('id', 'in', [grounded, groundedThere])
      .execute();

    await insert('time_off_requests', {
      org_id: acme.orgId,
      id: newId(),
      driver_id: caller,
      first_date: addDays(today, 3),
      last_date: addDays(today, 4),
      reason: null,
      status: 'pending',
      requested_by: 'da',
      requested_at: at,
      decided_by: null,
      decided_at: null,
      decision_note: null,
    });
    await insert('driver_documents', {
      org_id: acme.orgId,
      id: newId(),
      driver_id: expired,
      type: 'drivers_license',
      file_id: null,
      expiry: addDays(today, 700),
      note: null,
      status: 'pending_review',
      reviewed_by: null,
      reviewed_at: null,
      review_note: null,
      uploaded_by: 'da',
      uploaded_by_user: null,
      created_at: at,
    });
    await coachingItem(caller, { notify: 'review' });
    await coachingItem(caller, { status: 'disputed', disputed_at: at });
    await coachingItem(rosa, { action: 'one_on_one' });

    // A failed import yesterday; an older one since loaded again (not counted).
    await importRow('failed', new Date(Date.now() - 86_400_000).toISOString());
    await importRow('rejected', new Date(Date.now() - 3 * 86_400_000).toISOString());
    await importRow('committed', new Date(Date.now() - 2 * 86_400_000).toISOString());
    await insert('da_weeks', {
      org_id: acme.orgId,
      id: newId(),
      station_id: dxt1,
      week_start: addDays(today, -7),
      transporter_id: 'AZZZZZZZZZZZ9',
      driver_id: null,
      da_name: 'Nobody Known',
      metrics: '{}',
      amazon_tiers: '{}',
      amazon_scores: '{}',
      overall_standing: null,
      overall_score: null,
      import_id: 'imp',
      created_at: at,
      updated_at: at,
    });
    await exception(yesterday, 'open');
    await exception(yesterday, 'resolved', 'short_meal');
    await exception(addDays(today, -5), 'open');
    await insert('payroll_employee_numbers', {
      org_id: acme.orgId,
      employee_number: 'E-404',
      driver_id: null,
      name: 'Nobody Known',
      updated_at: at,
    });

    // Another org's work, which no one at acme sees.
    await addVan(betaOwner, beta.stationIds.DXT9 as string, 9);
    await t.db.db.updateTable('vans').set({ status: 'grounded' }).where('org_id', '=', beta.orgId).execute();
  });
  afterAll(() => t.close());

  const linesOf = async (c: Client, url = '/api/v1/today'): Promise<Line[]> =>
    must(await c.request('GET', url), 200).json().items;
  const summary = (lines: Line[]) => lines.map((l) => [l.key, l.stationId ?? null, l.count]);

  it('lists the owner one line of each kind, counted, at the station it is about', async () => {
    const lines = await linesOf(owner);
    expect(summary(lines)).toEqual(
      expect.arrayContaining([
        ['dispatch.uncovered', dxt1, 2],
        ['dispatch.pre-trip-missing', dxt1, 1],
        ['dispatch.roster-not-published', dxt1, 1],
        ['dispatch.callouts', dxt1, 1],
        ['dispatch.roster-not-built', dxc1, 2],
        ['dispatch.time-off', dxt1, 1],
        ['fleet.grounded', dxt1, 1],
        ['fleet.grounded', dxc1, 1],
        ['people.documents-expired', dxt1, 1],
        ['people.documents-expiring', dxt1, 1],
        ['people.documents-to-review', dxt1, 1],
        ['coaching.warnings-to-review', dxt1, 1],
        ['coaching.disputes', dxt1, 1],
        ['imports.failed', dxt1, 1],
        ['performance.transporter-ids', dxt1, 1],
        ['payroll.exceptions-yesterday', dxt1, 1],
        ['payroll.exceptions-older', dxt1, 1],
        ['payroll.employee-numbers', null, 1],
      ]),
    );
    expect(lines).toHaveLength(18);
    const title = (key: string) => lines.find((l) => l.key === key)?.title;
    expect(title('dispatch.uncovered')).toBe('2 routes uncovered today at DXT1');
    expect(title('dispatch.roster-not-built')).toBe(
      'Today’s roster at DXC1 is not built: 2 routes without a DA',
    );
    expect(title('dispatch.roster-not-published')).toMatch(
      /^Tomorrow’s roster at DXT1 is built but not published/,
    );
    expect(title('payroll.exceptions-yesterday')).toBe('1 pay exception open for yesterday at DXT1');
    expect(lines.find((l) => l.key === 'dispatch.uncovered')).toMatchObject({
      severity: 'now',
      link: `/dispatch?date=${today}`,
    });
  });

  it('shows a dispatcher only their station, and only what a dispatcher may act on', async () => {
    const lines = await linesOf(dispatcher);
    expect(summary(lines).sort()).toEqual(
      [
        ['dispatch.callouts', dxt1, 1],
        ['dispatch.pre-trip-missing', dxt1, 1],
        ['dispatch.roster-not-published', dxt1, 1],
        ['dispatch.uncovered', dxt1, 2],
        ['imports.failed', dxt1, 1],
      ].sort(),
    );
  });

  it('keeps each org to its own work', async () => {
    const lines = await linesOf(betaOwner);
    expect(summary(lines)).toEqual([['fleet.grounded', beta.stationIds.DXT9, 1]]);
    expect((await linesOf(owner)).some((l) => l.stationId === beta.stationIds.DXT9)).toBe(false);
  });

  it('gives a DA their own day on /me/today, and refuses them the office’s', async () => {
    const lines = await linesOf(da, '/api/v1/me/today');
    expect(lines.map((l) => [l.key, l.count, l.params ?? null]).sort()).toEqual(
      [
        ['me.shift-today', 1, { start: '10:00', route: 'CX1', van: 'V-001' }],
        ['me.inspection', 1, { van: 'V-001' }],
        ['me.shift-tomorrow', 1, { start: '10:00', date: tomorrow }],
        ['me.confirm-schedule', 2, null],
        ['me.documents', 1, { days: 3 }],
        ['me.coaching', 1, null],
      ].sort(),
    );
    expect((await da.request('GET', '/api/v1/today')).statusCode).toBe(403);
    expect((await owner.request('GET', '/api/v1/me/today')).statusCode).toBe(403);
  });

  it('words a DA’s lines in their language', async () => {
    const titles = async () =>
      Object.fromEntries((await linesOf(da, '/api/v1/me/today')).map((l) => [l.key, l.title]));
    expect(await titles()).toMatchObject({
      'me.shift-today': 'Today: 10:00, route CX1, van V-001',
      'me.confirm-schedule': '2 shifts to confirm',
    });
    const language = (l: string) => da.request('PUT', '/api/v1/me/driver/language', { language: l });
    expect((await language('es')).statusCode).toBe(200);
    expect(await titles()).toEqual({
      'me.shift-today': 'Hoy: 10:00, ruta CX1, van V-001',
      'me.inspection': 'Haz la inspección pre-viaje de la van V-001',
      'me.shift-tomorrow': 'Mañana: 10:00',
      'me.confirm-schedule': '2 turnos por confirmar',
      'me.documents': '1 documento por renovar',
      'me.coaching': '1 aviso de coaching por leer y confirmar',
    });
    expect((await language('en')).statusCode).toBe(200);
  });
});
