import { addDays } from '../shared/days.js';
import type { DemoFile } from './demo-file.js';
import { blockHoursOf, type RunRoute } from './money-files.js';

/**
 * A week of Amazon's Capacity & Reliability report for the money demo (issue 16 item 2): each day's
 * final scheduled and completed routes as the week's WST file has them, no cancels or drops, except one
 * planted undercount: a day Amazon counts one route fewer than WST's. That day is the first whose
 * routes all ran one block length (so the check prices the route left out at the card's block rate).
 * Its columns stand where the report has them: A date, E final scheduled, F completed, H Amazon-paid
 * cancels, J target, L DSP dropped; the others are not read.
 */

/**
 * The money week (counted from the oldest, 0) with the report: last week, whose dispute window is still
 * open, and where the weekly plan excludes no WST route (money-plan.ts: only invoices and deposits).
 */
const CAPACITY_WEEK = 11;

const HEADER = [
  'Date',
  'Station',
  'DSP',
  'Initial Scheduled',
  'Final Scheduled',
  'Completed',
  'Reliability',
  'Amazon Paid Cancels',
  'DSP Late Cancels',
  'Target',
  'Capacity',
  'DSP Dropped',
];

/** The day of the undercount: the first whose routes share one block length, else the first with routes. */
function undercountDay(days: readonly { date: string; routes: readonly RunRoute[] }[]): string | undefined {
  const worked = days.filter((d) => d.routes.length > 0);
  const even = worked.find((d) => new Set(d.routes.map((r) => blockHoursOf(r.plannedMinutes))).size === 1);
  return (even ?? worked[0])?.date;
}

export function capacityFiles(station: {
  code: string;
  weeks: { week: string; run: RunRoute[] }[];
}): DemoFile[] {
  const money = station.weeks[CAPACITY_WEEK];
  if (!money) return [];
  const days = Array.from({ length: 7 }, (_, i) => addDays(money.week, i)).map((date) => ({
    date,
    routes: money.run.filter((r) => r.date === date),
  }));
  const short = undercountDay(days);
  const rows = days.map(({ date, routes }) => {
    const n = routes.length;
    const completed = date === short ? n - 1 : n;
    const reliability = n === 0 ? '' : `${((100 * completed) / n).toFixed(1)}%`;
    return [date, station.code, 'DCDL', n, n, completed, reliability, 0, 0, n, '100.0%', 0];
  });
  return [
    {
      kind: 'capacity-reliability',
      stationCode: station.code,
      weekStart: money.week,
      baseName: `${station.code}_Capacity_Reliability_${money.week}`,
      header: HEADER,
      rows,
    },
  ];
}
