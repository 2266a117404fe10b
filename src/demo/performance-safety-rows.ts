import type { Cell } from './demo-file.js';
import type { CameraEvent, DrawnEvent, EventMetric } from './performance-events.js';
import type { DaWeekRecord } from './performance-history.js';
import { pick, randomDigits } from './random.js';

/**
 * The camera's events as rows of Cortex's Safety Dashboard and of a Netradyne alerts export, with
 * times on the station's clock as each writes them.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Formatters are costly to make and there are thousands of events: one per zone. */
const clocks = new Map<string, Intl.DateTimeFormat>();
const clockOf = (zone: string) => {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(zone, clock);
  }
  return clock;
};

/** The station's wall clock at an instant, and its offset from UTC in minutes. */
function wallClock(zone: string, at: Date): { date: string; time: string; offset: number } {
  const parts = clockOf(zone).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return {
    date: `${n('year')}-${pad(n('month'))}-${pad(n('day'))}`,
    time: `${pad(n('hour'))}:${pad(n('minute'))}:${pad(n('second'))}`,
    offset: Math.round((wall - at.getTime()) / 60_000),
  };
}

/** Cortex names the station's zone in the time column's header: "Date Time (PDT/PST)". */
export function zoneHeader(zone: string): string {
  const standard = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date('2026-01-15T12:00:00Z'))
    .find((p) => p.type === 'timeZoneName')?.value;
  const pair: Record<string, string> = { PST: 'PDT/PST', CST: 'CDT/CST', MST: 'MDT/MST', EST: 'EDT/EST' };
  return `Date Time (${pair[standard ?? ''] ?? 'PDT/PST'})`;
}

/** ISO 8601 with the station's offset, as Netradyne's export writes times. */
function isoWithOffset(zone: string, at: Date): string {
  const w = wallClock(zone, at);
  const sign = w.offset < 0 ? '-' : '+';
  const off = Math.abs(w.offset);
  return `${w.date}T${w.time}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

const hex = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const eventId = (rand: () => number) =>
  `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-a${hex(rand, 3)}-${hex(rand, 12)}`;

// ---- Cortex Safety Dashboard and Netradyne ---------------------------------------------------------

const CORTEX: Record<EventMetric, [string, string[]]> = {
  speeding: ['Speeding', ['10-19 MPH over the limit', '20+ MPH over the limit']],
  following_distance: ['Following Distance', ['']],
  distractions: ['Distraction', ['Looking Down', 'Phone Manipulation', 'Talking on Phone']],
  sign_signal: [
    'Sign/Signal Violation',
    ['Stop Sign Violation', 'Traffic Light Violation', 'Illegal U-Turn'],
  ],
  seatbelt: ['Seatbelt-Off', ['']],
};

export function cortexRow(rand: () => number, zone: string, r: DaWeekRecord, e: DrawnEvent): Cell[] {
  const id = eventId(rand);
  const [type, subtypes] = CORTEX[e.metric];
  const w = wallClock(zone, e.at);
  return [
    e.route.date,
    r.name,
    r.transporterId,
    id,
    `${w.date} ${w.time}`,
    e.route.vin ?? '',
    'Yes',
    type,
    pick(rand, subtypes),
    'Netradyne',
    `https://cortex.amazon.example/safety/video/${id}`,
    rand() < 0.15 ? 'Reviewed: valid event' : '',
  ];
}

export function netradyneRow(rand: () => number, zone: string, r: DaWeekRecord, e: CameraEvent): Cell[] {
  const id = randomDigits(rand, 10);
  return [
    id,
    isoWithOffset(zone, e.at),
    r.name,
    r.transporterId,
    e.route.fleetNumber ?? '',
    e.type,
    e.severity,
    'Driveri',
    `https://idms.netradyne.example/alerts/${id}/video`,
  ];
}
