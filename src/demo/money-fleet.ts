import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../db/database.js';
import type { VansTable } from '../db/schema.js';
import { listOrgVanRows } from '../fleet/store.js';
import { daysInMonth, vanDaysCents } from '../money/domain/fleet.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import type { Cell, DemoFile } from './demo-file.js';
import { FLEET_CLASSES } from './money-card.js';
import { fixedMonthlyAsPdf } from './money-fleet-pdf.js';
import { importDemoFiles } from './performance.js';
import { ownerActor } from './performance-store.js';
import { writeDemoFiles } from './performance-write.js';

/**
 * The fleet bills demo (issue 16 item 5): each station's last three complete months as Amazon's Fixed
 * Monthly invoice and AFS, from the demo's own vans (Amazon-program vans, LMR rentals and leased vans
 * in the fleet each day), with 2 LMR van-days left unpaid once at the first station; and a lessor's
 * 4-week invoice that bills a van the demo returned during the period to the period's end.
 */

const MONTHS = 3;
const SHORT_LMR = 2;

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/** The first days of the months billed: the last three complete ones before today's, oldest first. */
export function fleetMonths(today: string): string[] {
  const firsts: string[] = [];
  for (let m = monthStart(today); firsts.length < MONTHS; ) {
    m = monthStart(addDays(m, -1));
    firsts.unshift(m);
  }
  return firsts;
}
const monthEnd = (date: string) => addDays(monthStart(date), daysInMonth(date) - 1);
const sunday = (date: string) => addDays(date, -weekday(date));

/** The day a van went back, when it has: its last status change, while it stands returned. */
const returnedOn = (van: VansTable, zone: string) =>
  van.status === 'returned' ? localDate(zone, new Date(van.status_since)) : null;

/** Whether a van was in the fleet that day: begun, and not yet returned. */
const inFleet = (van: VansTable, date: string, zone: string) => {
  const back = returnedOn(van, zone);
  return (van.ownership_start ?? '0000-01-01') <= date && (back === null || date < back);
};

interface Station {
  id: string;
  code: string;
  time_zone: string;
}

/** A month's Fixed Monthly invoice and AFS; `shortDay` pays 2 fewer LMR than the fleet had. */
function monthFiles(station: Station, vans: VansTable[], first: string, shortDay: string | null): DemoFile[] {
  const days = Array.from({ length: daysInMonth(first) }, (_, i) => addDays(first, i));
  const lines: Cell[][] = [];
  const afs: Cell[][] = [];
  for (const day of days) {
    let size = 0;
    for (const c of FLEET_CLASSES) {
      const count = vans.filter(
        (v) => v.ownership === c.ownership && inFleet(v, day, station.time_zone),
      ).length;
      size += count;
      const paid = day === shortDay && c.ownership === 'rental' ? count - SHORT_LMR : count;
      if (count > 0)
        lines.push([
          day,
          c.name,
          paid,
          (c.rateCents / 100).toFixed(2),
          (vanDaysCents(paid, c.rateCents, day) / 100).toFixed(2),
        ]);
    }
    afs.push([day, size]);
  }
  const month = first.slice(0, 7);
  const base = { stationCode: station.code, weekStart: sunday(first) };
  return [
    {
      ...base,
      kind: 'fixed-monthly',
      baseName: `Fixed_Monthly_${station.code}_${month}`,
      header: ['Date', 'Description', 'Quantity', 'Rate', 'Amount'],
      rows: lines,
    },
    {
      ...base,
      kind: 'afs',
      baseName: `AFS_${station.code}_${month}`,
      header: ['Date', 'Total AFS'],
      rows: afs,
    },
  ];
}

const PERIOD_DAYS = 28;
const HELD = new Set(['leased', 'rental']);

/**
 * A lessor's or rental company's 4-week invoice ending last Saturday: the station's leased and rental
 * vans, and first the one it returned during the period (when it was leased or rented), billed to the end.
 */
function leaseFile(station: Station, vans: VansTable[], today: string): DemoFile | null {
  const to = addDays(today, -weekday(today) - 1);
  const from = addDays(to, 1 - PERIOD_DAYS);
  const back = vans.find((v) => {
    const day = returnedOn(v, station.time_zone);
    return HELD.has(v.ownership) && day !== null && from < day && day <= to;
  });
  const lessorOf = back?.lessor ?? vans.find((v) => HELD.has(v.ownership) && v.lessor)?.lessor;
  const held = vans.filter(
    (v) =>
      HELD.has(v.ownership) &&
      v.lessor === lessorOf &&
      v.status !== 'returned' &&
      (v.ownership_start ?? '') <= from,
  );
  const billed = [...(back ? [back] : []), ...held].slice(0, 6);
  const lessor = billed[0]?.lessor;
  if (!lessor) return null;
  const rows = billed.map((v, i): Cell[] => {
    const rate = v.monthly_rate_cents ?? 150_000;
    // The file names most vans by VIN, one by its plate alone.
    return [
      lessor,
      `LS-${station.code}-${to}`,
      i === 1 ? '' : v.vin,
      i === 1 ? (v.plate ?? '') : '',
      from,
      to,
      PERIOD_DAYS,
      (rate / 100).toFixed(2),
      (vanDaysCents(PERIOD_DAYS, rate, from) / 100).toFixed(2),
    ];
  });
  return {
    kind: 'fleet-invoice',
    stationCode: station.code,
    weekStart: sunday(from),
    baseName: `Invoice_${lessor.replace(/\W+/g, '_')}_${station.code}_${to}`,
    header: [
      'Lessor',
      'Invoice Number',
      'VIN',
      'Plate',
      'Period Start',
      'Period End',
      'Days',
      'Rate',
      'Amount',
    ],
    rows,
  };
}

/** The middle month's first day with at least 2 LMR in the fleet: where the 2 unpaid van-days go. */
function shortDayOf(station: Station, vans: VansTable[], first: string): string | null {
  const rentals = vans.filter((v) => v.ownership === 'rental');
  for (let d = addDays(first, 13); d <= monthEnd(first); d = addDays(d, 1))
    if (rentals.filter((v) => inFleet(v, d, station.time_zone)).length >= SHORT_LMR) return d;
  return null;
}

export async function createMoneyFleetDemo(db: Db, opts: { orgId: string; now?: Date }): Promise<void> {
  const stations = await db
    .selectFrom('stations')
    .select(['id', 'code', 'time_zone'])
    .where('org_id', '=', opts.orgId)
    .orderBy('code')
    .execute();
  const allVans = await listOrgVanRows(db, opts.orgId);
  const files: DemoFile[] = [];
  stations.forEach((station, s) => {
    const vans = allVans.filter((v) => v.station_id === station.id);
    const firsts = fleetMonths(localDate(station.time_zone, opts.now ?? new Date()));
    for (const [i, first] of firsts.entries()) {
      const shortDay = s === 0 && i === 1 ? shortDayOf(station, vans, first) : null;
      files.push(...monthFiles(station, vans, first, shortDay));
    }
    const lease = leaseFile(station, vans, localDate(station.time_zone, opts.now ?? new Date()));
    if (lease) files.push(lease);
  });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stationhand-demo-fleet-'));
  try {
    const owner = await ownerActor(db, opts.orgId);
    const written = await writeDemoFiles(dir, files);
    // The first station's latest month comes as Amazon's PDF, a line on its 10th paid a van-day short.
    const last = written.findLastIndex(
      (w) => w.file.kind === 'fixed-monthly' && w.file.stationCode === stations[0]?.code,
    );
    const month = written[last];
    if (month)
      written[last] = await fixedMonthlyAsPdf(month, addDays(monthStart(String(month.file.rows[0]?.[0])), 9));
    await importDemoFiles(db, owner, written, new Map(stations.map((s) => [s.code, s.id])), {
      afterCommit: true,
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
