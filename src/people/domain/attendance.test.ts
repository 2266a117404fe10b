import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/days.js';
import {
  ATTENDANCE_KINDS,
  type AttendanceFacts,
  attendancePoints,
  type CountedEvent,
  DEFAULT_POLICY,
  rollingCounts,
  windowCounts,
} from './attendance.js';

// Issue 5: "rolling 30/90-day counts and points under an org policy (configurable, e.g. NCNS 3 points,
// callout with < 2 h notice 1 point, flag at 6 in 90 days)". Points are in tenths (10 = 1 point).

const event = (over: Partial<AttendanceFacts>): AttendanceFacts => ({
  kind: 'callout',
  noticeMinutes: null,
  lateMinutes: null,
  excused: false,
  ...over,
});

describe('attendancePoints (default policy)', () => {
  it('issue 5: a no-call-no-show costs 3 points', () => {
    expect(attendancePoints(event({ kind: 'ncns' }), DEFAULT_POLICY)).toBe(30);
  });

  it('issue 5: a callout with under 2 hours’ notice costs 1 point; 2 hours or more costs ½', () => {
    expect(attendancePoints(event({ noticeMinutes: 119 }), DEFAULT_POLICY)).toBe(10);
    expect(attendancePoints(event({ noticeMinutes: 120 }), DEFAULT_POLICY)).toBe(5);
    expect(attendancePoints(event({ noticeMinutes: 24 * 60 }), DEFAULT_POLICY)).toBe(5);
  });

  it('a callout whose notice is not known counts as short notice', () => {
    expect(attendancePoints(event({ noticeMinutes: null }), DEFAULT_POLICY)).toBe(10);
  });

  it('late past the 5-minute grace costs ½; within it, nothing', () => {
    expect(attendancePoints(event({ kind: 'late', lateMinutes: 5 }), DEFAULT_POLICY)).toBe(0);
    expect(attendancePoints(event({ kind: 'late', lateMinutes: 6 }), DEFAULT_POLICY)).toBe(5);
  });

  it('left early ½, sent home 1', () => {
    expect(attendancePoints(event({ kind: 'left_early' }), DEFAULT_POLICY)).toBe(5);
    expect(attendancePoints(event({ kind: 'sent_home' }), DEFAULT_POLICY)).toBe(10);
  });

  it('issue 5: an excused event of any kind costs nothing', () => {
    for (const kind of ATTENDANCE_KINDS) {
      expect(attendancePoints(event({ kind, lateMinutes: 30, excused: true }), DEFAULT_POLICY)).toBe(0);
    }
  });

  it('follows a changed policy: a 4-hour notice rule makes a 3-hour callout short notice', () => {
    const strict = { ...DEFAULT_POLICY, shortNoticeHours: 4, calloutShortTenths: 15 };
    expect(attendancePoints(event({ noticeMinutes: 180 }), DEFAULT_POLICY)).toBe(5);
    expect(attendancePoints(event({ noticeMinutes: 180 }), strict)).toBe(15);
  });
});

const TODAY = '2026-05-01';
const on = (daysAgo: number, kind: CountedEvent['kind'], pointsTenths: number): CountedEvent => ({
  date: addDays(TODAY, -daysAgo),
  kind,
  pointsTenths,
});

describe('rollingCounts', () => {
  it('counts the last 30 days including today: 29 days ago is in, 30 days ago is out', () => {
    const w = windowCounts([on(0, 'late', 5), on(29, 'callout', 10), on(30, 'ncns', 30)], TODAY, 30);
    expect(w).toEqual({
      days: 30,
      counts: { callout: 1, ncns: 0, late: 1, left_early: 0, sent_home: 0 },
      pointsTenths: 15,
    });
  });

  it('counts the last 90 days the same way: 89 in, 90 out', () => {
    const s = rollingCounts([on(89, 'ncns', 30), on(90, 'ncns', 30)], TODAY, DEFAULT_POLICY);
    expect(s.last90.counts.ncns).toBe(1);
    expect(s.last90.pointsTenths).toBe(30);
    expect(s.last30.pointsTenths).toBe(0);
  });

  it('leaves out a callout logged ahead for a shift that has not come yet', () => {
    const s = rollingCounts(
      [{ date: addDays(TODAY, 1), kind: 'callout', pointsTenths: 5 }],
      TODAY,
      DEFAULT_POLICY,
    );
    expect(s.last30.counts.callout).toBe(0);
  });

  it('issue 5: flags at 6 points in 90 days — 5.5 is not flagged, 6 is', () => {
    const two = [on(3, 'ncns', 30), on(40, 'ncns', 30)];
    expect(rollingCounts(two, TODAY, DEFAULT_POLICY).flagged).toBe(true);
    const almost = [
      on(3, 'ncns', 30),
      on(40, 'callout', 10),
      on(60, 'late', 5),
      on(61, 'late', 5),
      on(62, 'late', 5),
    ];
    expect(rollingCounts(almost, TODAY, DEFAULT_POLICY)).toMatchObject({
      flagged: false,
      policyWindow: { pointsTenths: 55 },
    });
  });

  it('counts an excused event (it happened) but adds none of its points', () => {
    const s = rollingCounts([on(1, 'callout', 0)], TODAY, DEFAULT_POLICY);
    expect(s.last30.counts.callout).toBe(1);
    expect(s.last30.pointsTenths).toBe(0);
  });

  it('measures the flag on the policy’s own window: a 30-day window forgets the NCNS of 40 days ago', () => {
    const events = [on(3, 'ncns', 30), on(40, 'ncns', 30)];
    const month = { ...DEFAULT_POLICY, windowDays: 30 };
    expect(rollingCounts(events, TODAY, month)).toMatchObject({
      flagged: false,
      policyWindow: { days: 30, pointsTenths: 30 },
    });
  });

  it('points in a window never exceed the longer window’s (property)', () => {
    const arb = fc.array(
      fc.record({
        daysAgo: fc.integer({ min: -5, max: 200 }),
        kind: fc.constantFrom(...ATTENDANCE_KINDS),
        points: fc.integer({ min: 0, max: 30 }),
      }),
    );
    fc.assert(
      fc.property(arb, (list) => {
        const s = rollingCounts(
          list.map((e) => on(e.daysAgo, e.kind, e.points)),
          TODAY,
          DEFAULT_POLICY,
        );
        expect(s.last30.pointsTenths).toBeLessThanOrEqual(s.last90.pointsTenths);
        expect(s.policyWindow).toEqual(s.last90);
      }),
    );
  });
});
