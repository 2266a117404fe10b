import type { AttendanceEventsTable } from '../db/schema.js';
import { type AttendanceKind, attendancePoints, DEFAULT_POLICY } from '../people/domain/attendance.js';
import { groupBy } from '../people/domain/group.js';
import type { Driver } from '../people/store.js';
import { weekday } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import { atUtcHour } from './clock.js';
import { pick } from './random.js';

/** A scheduled driving shift (route or standby) that has already happened: attendance is drawn on it. */
export interface AttendedShift {
  driverId: string;
  date: string;
}

/**
 * Most DAs are reliable and a few are not: the mix that gives a 3–8% callout rate overall with a few
 * DAs over the flag threshold.
 */
const reliability = (rand: () => number) => {
  const r = rand();
  return r < 0.75 ? 0.6 : r < 0.95 ? 1.3 : 3;
};

/** Callouts cluster after the weekend and on Saturdays (issue 15). */
const CALLOUT_BY_WEEKDAY = [0.045, 0.08, 0.045, 0.04, 0.045, 0.05, 0.075];

const CALLOUT_REASONS = [
  'Sick',
  'Car trouble',
  'Childcare fell through',
  'Family emergency',
  'Doctor’s appointment',
  'No reason given',
];

/** The reasons as a Spanish-speaking DA gives them: the phone shows a DA their own words. */
const REASONS_ES: Record<string, string> = {
  Sick: 'Enfermo',
  'Car trouble': 'Problemas con el carro',
  'Childcare fell through': 'No tuve quién cuidara a los niños',
  'Family emergency': 'Emergencia familiar',
  'Doctor’s appointment': 'Cita con el médico',
  'No reason given': 'Sin motivo',
  Traffic: 'Tráfico',
  'Felt unwell': 'Me sentí mal',
  'Out of uniform': 'Sin uniforme',
};

interface DemoEvent {
  kind: AttendanceKind;
  noticeMinutes: number | null;
  lateMinutes: number | null;
  reason: string | null;
  excused: boolean;
}

/** What happened on one scheduled shift, if anything. */
function shiftEvent(rand: () => number, date: string, risk: number): DemoEvent | null {
  const r = rand();
  const calloutRate = (CALLOUT_BY_WEEKDAY[weekday(date)] ?? 0.05) * risk;
  const ncnsRate = 0.003 * risk;
  const lateRate = 0.03 * risk;
  const none = { noticeMinutes: null, lateMinutes: null, excused: false };
  if (r < calloutRate) {
    const shortNotice = rand() < 0.4;
    const reason = pick(rand, CALLOUT_REASONS);
    return {
      kind: 'callout',
      noticeMinutes: shortNotice ? Math.floor(rand() * 110) : 120 + Math.floor(rand() * 46) * 60,
      lateMinutes: null,
      reason,
      excused: reason === 'Family emergency' || (reason === 'Doctor’s appointment' && rand() < 0.7),
    };
  }
  if (r < calloutRate + ncnsRate) return { kind: 'ncns', reason: null, ...none };
  if (r < calloutRate + ncnsRate + lateRate) {
    const minutes = rand() < 0.25 ? 1 + Math.floor(rand() * 5) : 6 + Math.floor(rand() * 40);
    return { ...none, kind: 'late', lateMinutes: minutes, reason: rand() < 0.5 ? 'Traffic' : null };
  }
  if (r < calloutRate + ncnsRate + lateRate + 0.006 * risk) {
    return { kind: 'left_early', reason: 'Felt unwell', ...none };
  }
  if (r < calloutRate + ncnsRate + lateRate + 0.008 * risk) {
    return { kind: 'sent_home', reason: 'Out of uniform', ...none };
  }
  return null;
}

/** What happened on each of a DA's past shifts (the dispatch plan's), if anything. */
function attendanceOf(
  rand: () => number,
  orgId: string,
  d: Driver,
  shifts: readonly AttendedShift[],
): Map<AttendedShift, AttendanceEventsTable> {
  const risk = reliability(rand);
  const events = new Map<AttendedShift, AttendanceEventsTable>();
  for (const shift of shifts) {
    const date = shift.date;
    const e = shiftEvent(rand, date, risk);
    if (!e) continue;
    events.set(shift, {
      org_id: orgId,
      id: newId(),
      driver_id: d.id,
      business_date: date,
      kind: e.kind,
      notice_minutes: e.noticeMinutes,
      late_minutes: e.lateMinutes,
      reason: e.reason && d.language === 'es' ? (REASONS_ES[e.reason] ?? e.reason) : e.reason,
      excused: e.excused ? 1 : 0,
      excused_by: e.excused ? 'Demo generator' : null,
      excused_at: e.excused ? atUtcHour(date, 20) : null,
      excuse_note: e.excused ? 'Note provided.' : null,
      points_tenths: attendancePoints(e, DEFAULT_POLICY),
      recorded_by: 'Demo generator',
      recorded_at: atUtcHour(date, 14),
      deleted_at: null,
      deleted_by: null,
      delete_reason: null,
    });
  }
  return events;
}

/** The attendance of every active DA on their past shifts: the event drawn on each shift that had one. */
export function drawAttendance(
  rand: () => number,
  orgId: string,
  drivers: readonly Driver[],
  shifts: readonly AttendedShift[],
): Map<AttendedShift, AttendanceEventsTable> {
  const shiftsOf = groupBy(shifts, (s) => s.driverId);
  const events = new Map<AttendedShift, AttendanceEventsTable>();
  for (const d of drivers) {
    if (d.status !== 'active') continue;
    for (const [shift, event] of attendanceOf(rand, orgId, d, shiftsOf.get(d.id) ?? [])) {
      events.set(shift, event);
    }
  }
  return events;
}
