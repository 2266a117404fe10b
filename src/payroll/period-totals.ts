import type { Db } from '../db/database.js';
import type { PayPeriodTotalsTable, StationsTable } from '../db/schema.js';
import { listDriversPay } from '../people/store.js';
import { findStation } from '../tenancy/store.js';
import { PAY_ITEMS, type PeriodDates } from './domain/pay-periods.js';
import { daPeriodTotals } from './domain/period-totals.js';
import { countingPunches } from './domain/punches.js';
import { ruleSetFor } from './domain/rule-sets.js';
import type { StateCode } from './domain/types.js';
import { listOrgPunches, listUnpaidPremiums } from './period-store.js';
import { listEmployeeNumbers } from './store.js';

export type TotalRow = Omit<PayPeriodTotalsTable, 'org_id' | 'period_id'>;

/**
 * What closing the period now would freeze: each DA's hours by pay code from the workweek calculator
 * and the premiums the ledger owes up to the period's last day (one owed from an earlier, closed period
 * is paid by the next close), with the names and number the provider keys on (the payroll provider's
 * number remembered from its timecards first, else the DSP's employee ID). A DA is computed once,
 * in their home station's zone and state, across every station they punched at.
 */
export async function computePeriodTotals(db: Db, orgId: string, period: PeriodDates) {
  const punches = await listOrgPunches(db, orgId, period.start, period.end);
  const premiums = await listUnpaidPremiums(db, orgId, period.end);
  const ids = [
    ...new Set([...punches.map((p) => p.driver_id as string), ...premiums.map((p) => p.driver_id)]),
  ];
  const drivers = await listDriversPay(db, orgId, ids);
  const stations = new Map<string, StationsTable | undefined>();
  for (const id of new Set(drivers.map((d) => d.home_station_id)))
    stations.set(id, await findStation(db, orgId, id));
  const numbers = new Map<string, string>();
  for (const n of await listEmployeeNumbers(db, orgId))
    if (n.driver_id && !numbers.has(n.driver_id)) numbers.set(n.driver_id, n.employee_number);
  const byDriver = <T extends { driver_id: string | null }>(xs: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const x of xs) map.set(x.driver_id as string, [...(map.get(x.driver_id as string) ?? []), x]);
    return map;
  };
  const punchesOf = byDriver(punches);
  const premiumsOf = byDriver(premiums);
  const rows: TotalRow[] = [];
  for (const da of [...drivers].sort((a, b) => a.id.localeCompare(b.id))) {
    const station = stations.get(da.home_station_id);
    if (!station) continue;
    const totals = daPeriodTotals(period, {
      timeZone: station.time_zone,
      rulesFor: (weekStart) => ruleSetFor(station.state as StateCode, weekStart),
      hourlyCents: da.hourly_rate_cents,
      punches: countingPunches(punchesOf.get(da.id) ?? []),
      premiums: premiumsOf.get(da.id) ?? [],
    });
    for (const item of PAY_ITEMS)
      if (totals[item].minutes > 0)
        rows.push({
          driver_id: da.id,
          station_id: da.home_station_id,
          employee_number: numbers.get(da.id) ?? da.employee_id ?? null,
          first_name: da.first_name,
          last_name: da.last_name,
          pay_code: item,
          minutes: totals[item].minutes,
          cents: totals[item].cents,
        });
  }
  return { rows, premiumIds: premiums.map((p) => p.id) };
}
