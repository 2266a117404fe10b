import { addDays } from '../../shared/days.js';

export const ATTENDANCE_KINDS = ['callout', 'ncns', 'late', 'left_early', 'sent_home'] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

export const ATTENDANCE_LABELS: Record<AttendanceKind, string> = {
  callout: 'Callout',
  ncns: 'No call, no show',
  late: 'Late',
  left_early: 'Left early',
  sent_home: 'Sent home',
};

/**
 * An org's attendance points policy. Points are kept in tenths (1 point = 10) so half points add up
 * exactly on both databases.
 */
export interface AttendancePolicy {
  ncnsTenths: number;
  /** A callout with less notice than `shortNoticeHours` (or none recorded). */
  calloutShortTenths: number;
  calloutTenths: number;
  shortNoticeHours: number;
  lateTenths: number;
  /** Minutes late that cost nothing (traffic at the station gate). */
  lateGraceMinutes: number;
  leftEarlyTenths: number;
  sentHomeTenths: number;
  /** A DA with this many points or more inside `windowDays` is flagged for a conversation. */
  flagTenths: number;
  windowDays: number;
}

/**
 * The defaults, as many DSP handbooks have them: a no-call-no-show is the worst (3), a callout with
 * under 2 hours' notice costs 1 and with notice ½, late past a 5-minute grace or leaving early ½, being
 * sent home (uniform, conduct) 1; 6 points in 90 days is the flag for a final conversation.
 */
export const DEFAULT_POLICY: AttendancePolicy = {
  ncnsTenths: 30,
  calloutShortTenths: 10,
  calloutTenths: 5,
  shortNoticeHours: 2,
  lateTenths: 5,
  lateGraceMinutes: 5,
  leftEarlyTenths: 5,
  sentHomeTenths: 10,
  flagTenths: 60,
  windowDays: 90,
};

export interface AttendanceFacts {
  kind: AttendanceKind;
  /** Callouts: minutes of notice before the shift; null when not known (counts as short notice). */
  noticeMinutes: number | null;
  lateMinutes: number | null;
  excused: boolean;
}

/** The points (tenths) one event costs under `policy`; an excused event costs nothing. */
export function attendancePoints(e: AttendanceFacts, policy: AttendancePolicy): number {
  if (e.excused) return 0;
  switch (e.kind) {
    case 'ncns':
      return policy.ncnsTenths;
    case 'callout':
      return e.noticeMinutes !== null && e.noticeMinutes >= policy.shortNoticeHours * 60
        ? policy.calloutTenths
        : policy.calloutShortTenths;
    case 'late':
      return (e.lateMinutes ?? 0) > policy.lateGraceMinutes ? policy.lateTenths : 0;
    case 'left_early':
      return policy.leftEarlyTenths;
    case 'sent_home':
      return policy.sentHomeTenths;
  }
}

export interface CountedEvent {
  date: string;
  kind: AttendanceKind;
  pointsTenths: number;
}

export interface WindowCounts {
  days: number;
  /** Events of each kind in the window, excused ones included (they happened). */
  counts: Record<AttendanceKind, number>;
  pointsTenths: number;
}

export interface AttendanceSummary {
  last30: WindowCounts;
  last90: WindowCounts;
  /** The policy's window, which the flag is measured on. */
  policyWindow: WindowCounts;
  flagged: boolean;
}

const noCounts = (): Record<AttendanceKind, number> => ({
  callout: 0,
  ncns: 0,
  late: 0,
  left_early: 0,
  sent_home: 0,
});

/** The last `days` days up to and including `today`; an event recorded ahead (a callout for tomorrow) waits. */
export function windowCounts(events: CountedEvent[], today: string, days: number): WindowCounts {
  const from = addDays(today, -(days - 1));
  const counts = noCounts();
  let pointsTenths = 0;
  for (const e of events) {
    if (e.date < from || e.date > today) continue;
    counts[e.kind] += 1;
    pointsTenths += e.pointsTenths;
  }
  return { days, counts, pointsTenths };
}

/** Rolling 30- and 90-day counts and points, and whether the DA has reached the policy's flag. */
export function rollingCounts(
  events: CountedEvent[],
  today: string,
  policy: AttendancePolicy,
): AttendanceSummary {
  const policyWindow = windowCounts(events, today, policy.windowDays);
  return {
    last30: windowCounts(events, today, 30),
    last90: windowCounts(events, today, 90),
    policyWindow,
    flagged: policyWindow.pointsTenths >= policy.flagTenths,
  };
}

/** Tenths as the points people read, e.g. 15 → 1.5. */
export const tenthsToPoints = (tenths: number): number => tenths / 10;
export const pointsToTenths = (points: number): number => Math.round(points * 10);
