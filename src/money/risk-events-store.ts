import type { Db } from '../db/database.js';
import type { StationsTable } from '../db/schema.js';
import { listLateCancels } from '../dispatch/amazon-events-store.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { listStationShifts } from '../dispatch/schedule-store.js';
import { listStationPremiums } from '../payroll/store.js';
import { findDriverRowsByIds } from '../people/store.js';
import { latestFileOfWeek } from './amazon-files-store.js';
import { listInvoiceRows } from './amazon-rows-store.js';
import { lineItemOf } from './domain/invoice.js';
import type { LateCancelCost, PremiumOwed, Reimbursed } from './domain/risk.js';
import { latestFactFilesOfWeek, listWstFacts } from './files-store.js';

// What the risk ledger reads besides route closes: late cancels, premiums, and what Amazon paid.

/** The hourly rate of each DA named (null when their profile has none). */
async function ratesOf(db: Db, orgId: string, ids: string[]) {
  const rows = await findDriverRowsByIds(db, orgId, ids);
  return new Map(rows.map((d) => [d.id, d.hourly_rate_cents]));
}

/**
 * The staffed routes Amazon cancelled late at a station between two business dates, each with the time
 * its DA is paid: their route shift that day (the one they did not call out of), else the route's plan.
 */
export async function loadLateCancels(
  db: Db,
  station: StationsTable,
  from: string,
  to: string,
): Promise<LateCancelCost[]> {
  const orgId = station.org_id;
  const cancels = await listLateCancels(db, orgId, station.id, from, to);
  if (cancels.length === 0) return [];
  const [routes, shifts] = await Promise.all([
    listStationRoutes(db, orgId, station.id, from, to),
    listStationShifts(db, orgId, station.id, from, to),
  ]);
  const routeOf = new Map(routes.map((r) => [r.id, r]));
  const cancelled = cancels.flatMap((c) => {
    const route = routeOf.get(c.route_id);
    return route?.driver_id ? [{ ...route, driver_id: route.driver_id }] : [];
  });
  const rates = await ratesOf(
    db,
    orgId,
    cancelled.map((r) => r.driver_id),
  );
  return cancelled.map((r) => {
    const shift = shifts.find(
      (s) =>
        s.driver_id === r.driver_id &&
        s.business_date === r.business_date &&
        s.kind === 'route' &&
        s.status === 'scheduled',
    );
    return {
      stationId: station.id,
      date: r.business_date,
      code: r.code,
      rateCents: rates.get(r.driver_id) ?? null,
      paidMinutes: shift?.minutes ?? r.planned_minutes,
    };
  });
}

/** The meal and rest premiums payroll's ledger owes the station's DAs for workdays between two dates. */
export async function loadPremiums(
  db: Db,
  station: StationsTable,
  from: string,
  to: string,
): Promise<PremiumOwed[]> {
  const premiums = await listStationPremiums(db, station.org_id, station.id, from, to);
  const rates = await ratesOf(
    db,
    station.org_id,
    premiums.map((p) => p.driver_id),
  );
  return premiums.map((p) => ({
    stationId: station.id,
    date: p.workday,
    driverId: p.driver_id,
    rateCents: rates.get(p.driver_id) ?? null,
    hours: p.hours,
  }));
}

/**
 * What Amazon paid for a station's week: the unplanned-delay and late cancel lines of its latest
 * Variable invoice, and the minutes of its latest WST Unplanned Delay file.
 */
export async function loadReimbursed(db: Db, station: StationsTable, week: string): Promise<Reimbursed> {
  const orgId = station.org_id;
  const [invoice, facts] = await Promise.all([
    latestFileOfWeek(db, orgId, station.id, 'variable-invoice', week),
    latestFactFilesOfWeek(db, orgId, station.id, week),
  ]);
  const delayFile = facts.get('wst-unplanned-delay');
  const delays = delayFile ? await listWstFacts(db, orgId, delayFile.id, week) : null;
  const lines = invoice
    ? (await listInvoiceRows(db, orgId, invoice.id)).filter((r) => r.rate_cents !== null)
    : null;
  const of = (kind: 'late-cancel' | 'unplanned-delay') =>
    lines?.filter((l) => lineItemOf(l.description).kind === kind) ?? null;
  const sum = (rows: { amount_cents: number }[] | null) =>
    rows ? rows.reduce((s, r) => s + r.amount_cents, 0) : null;
  const cancels = of('late-cancel');
  return {
    stationId: station.id,
    waitingCents: sum(of('unplanned-delay')),
    amazonDelayMinutes: delays ? delays.reduce((s, f) => s + f.quantity, 0) : null,
    lateCancelCents: sum(cancels),
    lateCancelsPaid: cancels ? cancels.reduce((s, l) => s + (l.quantity ?? 0), 0) : null,
  };
}
