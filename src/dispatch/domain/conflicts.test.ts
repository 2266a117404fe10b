import { describe, expect, it } from 'vitest';
import {
  assignmentConflicts,
  type ConflictDriver,
  type ConflictRoute,
  type ConflictVan,
} from './conflicts.js';

const route: ConflictRoute = {
  id: 'r1',
  code: 'CX101',
  waveTime: '10:00',
  vanType: 'cdv',
  plannedMinutes: 600,
  driverId: null,
  vanId: null,
};
const ana: ConflictDriver = {
  id: 'd1',
  name: 'Ana Ruiz',
  shiftKind: 'route',
  calledOut: false,
  timeOff: false,
  unavailableReason: null,
  cleared: true,
  clearanceReasons: [],
  vanTypes: ['cdv', 'edv'],
  otherDaysMinutes: 1200,
  pastSixDaysMinutes: 1200,
  yesterdayEndMinute: 19 * 60,
};
const van: ConflictVan = {
  id: 'v1',
  fleetNumber: 'V-001',
  vanType: 'cdv',
  dispatchable: true,
  outOfServiceReason: null,
  preTrip: 'passed',
};
const ctx = {
  routes: [route],
  overtimeAfterMinutes: 2400,
  weekCapMinutes: 3000,
  caps: { maxDayMinutes: 720, maxSevenDayMinutes: 3600, minRestMinutes: 600 },
};
const codes = (d: ConflictDriver | null, v: ConflictVan | null, c = ctx) =>
  assignmentConflicts(route, d, v, c).map((x) => `${x.level}:${x.code}`);

describe('assignmentConflicts', () => {
  it('has nothing to say about a cleared, scheduled DA in an inspected van of the right type', () => {
    expect(assignmentConflicts(route, ana, van, ctx)).toEqual([]);
  });

  it('blocks a DA who is not cleared or not qualified for the van type, and an out-of-service van', () => {
    expect(codes({ ...ana, cleared: false, clearanceReasons: ['License expired.'] }, null)).toEqual([
      'block:not_cleared',
    ]);
    expect(codes({ ...ana, vanTypes: ['edv'] }, null)).toEqual(['block:not_qualified']);
    const grounded = { ...van, dispatchable: false, outOfServiceReason: 'brakes failed' };
    expect(assignmentConflicts(route, null, grounded, ctx)[0]?.message).toBe(
      'Van V-001 is out of service: brakes failed',
    );
  });

  it('warns about the van type, inspection, schedule, callout and hours', () => {
    expect(codes(null, { ...van, vanType: 'edv', preTrip: 'missing' })).toEqual([
      'warn:wrong_van_type',
      'warn:not_inspected',
    ]);
    expect(codes(null, { ...van, preTrip: 'failed' })).toEqual(['warn:pre_trip_failed']);
    expect(codes({ ...ana, shiftKind: null }, null)).toEqual(['warn:not_scheduled']);
    expect(codes({ ...ana, calledOut: true }, null)).toEqual(['warn:called_out']);
    const overtime = assignmentConflicts(route, { ...ana, otherDaysMinutes: 2100 }, null, ctx);
    expect(overtime).toEqual([
      { level: 'warn', code: 'overtime', message: 'Ana Ruiz would reach 45 h this week: 5 h of overtime.' },
    ]);
    expect(codes({ ...ana, otherDaysMinutes: 2500 }, null)).toEqual(['warn:over_week_cap']);
  });

  it('blocks a DA on approved time off, and warns about one off today who said they cannot work', () => {
    expect(
      codes({ ...ana, shiftKind: null, timeOff: true, unavailableReason: 'approved time off' }, null),
    ).toEqual(['block:time_off', 'warn:not_scheduled']);
    const notToday = assignmentConflicts(
      route,
      { ...ana, shiftKind: null, unavailableReason: 'not available on Tuesdays' },
      null,
      ctx,
    );
    expect(notToday[0]).toEqual({
      level: 'warn',
      code: 'not_available',
      message: 'Ana Ruiz: not available on Tuesdays.',
    });
  });

  // Issue 14, item 1: a drop that breaks the org's hard caps is refused, with the reason in words.
  it('blocks a DA past the 12 h day, 60 h in 7 days, or short of rest since yesterday', () => {
    const message = (d: ConflictDriver, r = route) =>
      assignmentConflicts(r, d, null, ctx)
        .filter((c) => c.code === 'hard_cap')
        .map((c) => c.message);
    expect(message(ana)).toEqual([]);
    expect(message(ana, { ...route, plannedMinutes: 730 })).toEqual([
      'Ana Ruiz would work 12 h 10 min today, past the 12 h day cap.',
    ]);
    expect(message({ ...ana, pastSixDaysMinutes: 3100 })).toEqual([
      'Ana Ruiz would reach 61 h 40 min in 7 days, past the 60 h cap.',
    ]);
    expect(message({ ...ana, yesterdayEndMinute: 24 * 60 + 40 })).toEqual([
      "Ana Ruiz would have 9 h 20 min of rest since yesterday's route, under the 10 h minimum.",
    ]);
    expect(codes({ ...ana, yesterdayEndMinute: 24 * 60 + 40 }, null)).toEqual(['block:hard_cap']);
  });

  it('says when the DA or van moves off another route', () => {
    const other = { ...route, id: 'r2', code: 'CX102', driverId: 'd1', vanId: 'v1' };
    const messages = assignmentConflicts(route, ana, van, { ...ctx, routes: [route, other] }).map(
      (c) => c.message,
    );
    expect(messages).toEqual(['Ana Ruiz moves off CX102.', 'Van V-001 moves off CX102.']);
  });
});
