import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
} from '../app/testing.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { addDa, linkLogin } from './testing.js';

// Issue 5: "callout (reason, notice given in hours), no-call-no-show, late (minutes), left early, sent home;
// excused or not; rolling 30/90-day counts and points under an org policy".

describe('attendance', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;
  let manager: Client;
  let dispatcher: Client;
  let driver: Client;
  let mine = '';
  let other = '';
  const today = () => localDate('America/Los_Angeles');
  const log = (c: Client, id: string, body: Record<string, unknown>) =>
    c.request('POST', `/api/v1/drivers/${id}/attendance`, body);

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr@acme.test', role: 'manager' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU5'] },
        { email: 'da@acme.test', role: 'driver', stations: ['DAU5'] },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    manager = await signIn(t.app, 'mgr@acme.test');
    dispatcher = await signIn(t.app, 'disp@acme.test');
    driver = await signIn(t.app, 'da@acme.test');
    const station = acme.stationIds.DAU5 as string;
    mine = await addDa(owner, station, { lastName: 'Mine' });
    other = await addDa(owner, station, { lastName: 'Other' });
    await linkLogin(t, acme.orgId, mine, acme.userIds['da@acme.test']);
  });
  afterAll(() => t.close());

  it('lets a dispatcher log a short-notice callout (1 point by default), audited', async () => {
    const res = await log(dispatcher, mine, {
      date: today(),
      kind: 'callout',
      noticeHours: 1.5,
      reason: 'Car would not start',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'callout',
      noticeHours: 1.5,
      points: 1,
      excused: false,
      reason: 'Car would not start',
      removed: null,
    });
    const audit = await auditEntries(owner);
    expect(audit.find((a) => a.entityId === res.json().id)).toMatchObject({
      entity: 'attendance_event',
      action: 'create',
    });
  });

  it('asks each kind for its own facts, and no two callouts or a callout and a no-show on one day', async () => {
    const noNotice = await log(dispatcher, other, { date: today(), kind: 'callout' });
    expect(noNotice.json().errors.map((e: { path: string }) => e.path)).toEqual(['noticeHours']);
    const lateNoMinutes = await log(dispatcher, other, { date: today(), kind: 'late' });
    expect(lateNoMinutes.json().errors[0].path).toBe('lateMinutes');
    const wrongFact = await log(dispatcher, other, { date: today(), kind: 'ncns', lateMinutes: 10 });
    expect(wrongFact.json().errors[0].path).toBe('lateMinutes');
    const tomorrow = await log(dispatcher, other, { date: addDays(today(), 1), kind: 'ncns' });
    expect(tomorrow.json().errors[0].path).toBe('date');
    const ahead = await log(dispatcher, other, {
      date: addDays(today(), 3),
      kind: 'callout',
      noticeHours: 72,
    });
    expect(ahead.json()).toMatchObject({ points: 0.5 });
    await log(dispatcher, other, { date: addDays(today(), -5), kind: 'ncns' });
    const clash = await log(dispatcher, other, {
      date: addDays(today(), -5),
      kind: 'callout',
      noticeHours: 5,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].path).toBe('kind');
  });

  it('leaves excusing to managers: a dispatcher can neither excuse nor log an event as excused', async () => {
    const late = (await log(dispatcher, mine, { date: today(), kind: 'late', lateMinutes: 20 })).json();
    expect(late.points).toBe(0.5);
    expect(
      (await dispatcher.request('POST', `/api/v1/attendance/${late.id}/excuse`, { excused: true }))
        .statusCode,
    ).toBe(403);
    const excusedByDispatcher = await log(dispatcher, mine, {
      date: addDays(today(), -1),
      kind: 'left_early',
      excused: true,
    });
    expect(excusedByDispatcher.statusCode).toBe(403);
    expect(excusedByDispatcher.json().errors[0].path).toBe('excused');

    const excused = await manager.request('POST', `/api/v1/attendance/${late.id}/excuse`, {
      excused: true,
      note: 'Station gate closed',
    });
    expect(excused.json()).toMatchObject({ excused: true, points: 0, excuseNote: 'Station gate closed' });
    const back = await manager.request('POST', `/api/v1/attendance/${late.id}/excuse`, { excused: false });
    expect(back.json()).toMatchObject({ excused: false, points: 0.5, excuseNote: null });
  });

  it('removes an event with the reason: managers still see it crossed out, it counts nothing', async () => {
    const ev = (await log(dispatcher, mine, { date: addDays(today(), -2), kind: 'sent_home' })).json();
    const before = (await owner.request('GET', `/api/v1/drivers/${mine}/attendance`)).json().summary.last30
      .points;
    expect(
      (await dispatcher.request('DELETE', `/api/v1/attendance/${ev.id}`, { reason: 'x' })).statusCode,
    ).toBe(403);
    const noReason = await manager.request('DELETE', `/api/v1/attendance/${ev.id}`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const removed = await manager.request('DELETE', `/api/v1/attendance/${ev.id}`, { reason: 'Wrong DA' });
    expect(removed.json().removed).toMatchObject({ reason: 'Wrong DA' });
    const after = (await owner.request('GET', `/api/v1/drivers/${mine}/attendance`)).json();
    expect(after.summary.last30.points).toBe(before - 1);
    expect(after.items.find((e: { id: string }) => e.id === ev.id).removed).not.toBeNull();
    const phone = (await driver.request('GET', '/api/v1/me/attendance')).json();
    expect(phone.items.some((e: { id: string }) => e.id === ev.id)).toBe(false);
    expect(
      (await manager.request('DELETE', `/api/v1/attendance/${ev.id}`, { reason: 'again' })).statusCode,
    ).toBe(409);
  });

  it('counts rolling windows on the station’s calendar: 29 days ago is in the 30, 30 days ago is not', async () => {
    const da = await addDa(owner, acme.stationIds.DAU5 as string, { lastName: 'Windows' });
    await log(manager, da, { date: addDays(today(), -29), kind: 'ncns' });
    await log(manager, da, { date: addDays(today(), -30), kind: 'ncns' });
    await log(manager, da, { date: addDays(today(), -90), kind: 'ncns' });
    const { summary } = (await owner.request('GET', `/api/v1/drivers/${da}/attendance`)).json();
    expect(summary.last30).toMatchObject({ points: 3, counts: { ncns: 1 } });
    expect(summary.last90).toMatchObject({ points: 6, counts: { ncns: 2 } });
    expect(summary).toMatchObject({ flagged: true, flagPoints: 6 });
    const listed = (await owner.request('GET', '/api/v1/drivers?q=Windows')).json().items[0];
    expect(listed.attendance).toEqual({ points: 6, windowDays: 90, flagged: true });
    expect((await owner.request('GET', `/api/v1/drivers/${da}`)).json().attendance.flagged).toBe(true);
  });

  it('lets the owner change the policy, recomputing the points of events still counting', async () => {
    const policy = (await manager.request('GET', '/api/v1/attendance/policy')).json();
    expect(policy).toMatchObject({
      ncnsPoints: 3,
      calloutShortNoticePoints: 1,
      shortNoticeHours: 2,
      flagPoints: 6,
    });
    const stricter = { ...policy, ncnsPoints: 4, flagPoints: 8 };
    delete stricter.updatedBy;
    delete stricter.updatedAt;
    expect((await manager.request('PUT', '/api/v1/attendance/policy', stricter)).statusCode).toBe(403);
    const bad = await owner.request('PUT', '/api/v1/attendance/policy', { ...stricter, latePoints: 0.25 });
    expect(bad.json().errors[0].path).toBe('latePoints');
    const res = await owner.request('PUT', '/api/v1/attendance/policy', stricter);
    expect(res.statusCode).toBe(200);
    // Three no-shows are still counting: Windows’s two and Other’s; nothing else changes with these fields.
    expect(res.json()).toMatchObject({ ncnsPoints: 4, flagPoints: 8, recomputed: 3 });
    const da = (await owner.request('GET', '/api/v1/drivers?q=Windows')).json().items[0];
    const { summary, items } = (await owner.request('GET', `/api/v1/drivers/${da.id}/attendance`)).json();
    expect(summary).toMatchObject({ last90: { points: 8 }, flagged: true, flagPoints: 8 });
    // The no-show of 90 days ago is outside every window: it keeps the points it was given.
    expect(items.map((e: { points: number }) => e.points)).toEqual([4, 4, 3]);
    const audit = await auditEntries(owner);
    expect(audit[0]).toMatchObject({ entity: 'attendance_policy', action: 'create' });
  });

  it('shows a DA only their own events, points and the policy, and nobody else’s', async () => {
    await log(dispatcher, other, { date: addDays(today(), -1), kind: 'late', lateMinutes: 12 });
    const phone = await driver.request('GET', '/api/v1/me/attendance');
    expect(phone.statusCode).toBe(200);
    const body = phone.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((e: { driverId: string }) => e.driverId === mine)).toBe(true);
    expect(body.policy).toMatchObject({ ncnsPoints: 4 });
    expect((await driver.request('GET', `/api/v1/drivers/${other}/attendance`)).statusCode).toBe(403);
    expect(
      (await driver.request('POST', `/api/v1/drivers/${mine}/attendance`, { date: today(), kind: 'ncns' }))
        .statusCode,
    ).toBe(403);
    // Staff without a DA record of their own have no attendance page.
    expect((await owner.request('GET', '/api/v1/me/attendance')).statusCode).toBe(403);
  });
});
