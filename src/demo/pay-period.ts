import type { Db } from '../db/database.js';
import { type PayrollSettings, periodOf } from '../payroll/domain/pay-periods.js';
import { closePayPeriod } from '../payroll/pay-periods.js';
import { changePayrollSettings } from '../payroll/payroll-settings.js';
import { exportPayPeriod } from '../payroll/period-exports.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { ownerActor } from './performance-store.js';

/** Weeks of pay periods before today's: the demo's 12 weeks of punches, and one more. */
const WEEKS_BACK = 13;

/** The demo DSP's provider set-up: its company codes and its own earnings codes for each pay item. */
const providers: PayrollSettings['providers'] = {
  adp_wfn: { companyCode: 'DCD', codes: { REG: 'REG', OT: 'OT', DT: 'DBL', MEAL: 'MLP', REST: 'RSP' } },
  adp_run: { companyCode: 'R1DCD', codes: { REG: 'REG', OT: 'OVT', DT: 'DBL', MEAL: 'MLP', REST: 'RSP' } },
  paychex: {
    companyCode: '0042DCD',
    codes: { REG: 'Regular', OT: 'Overtime', DT: 'Doubletime', MEAL: 'Meal Premium', REST: 'Rest Premium' },
  },
  gusto: { companyCode: '', codes: { REG: '', OT: '', DT: '', MEAL: '', REST: '' } },
  paycom: { companyCode: '', codes: { REG: 'REG', OT: 'OT', DT: 'DT', MEAL: 'MEAL', REST: 'REST' } },
};

/**
 * The owner's payroll set-up and one pay run (issue 15, item 12): weekly periods from a Sunday 13
 * weeks back, the codes of every provider, then the period before last week (whose exceptions the
 * demo settled) closed and exported once to ADP Workforce Now through the payroll slice's own functions.
 */
export async function createPayPeriodDemo(db: Db, orgId: string, now = new Date()) {
  const owner = await ownerActor(db, orgId);
  // A pay period is over when over at every station: the org's date is its stations' earliest.
  const zones = [...(await findOrgStationZones(db, orgId)).values()];
  const today = zones.map((z) => localDate(z, now)).sort()[0] ?? localDate('UTC', now);
  const sunday = addDays(today, -weekday(today));
  const firstPeriodStart = addDays(sunday, -7 * WEEKS_BACK);
  await changePayrollSettings(db, owner, { frequency: 'weekly', firstPeriodStart, providers });
  const period = periodOf({ frequency: 'weekly', firstPeriodStart }, addDays(sunday, -14));
  const closed = await closePayPeriod(db, owner, { start: period.start });
  const file = await exportPayPeriod(db, owner, closed.id, 'adp_wfn');
  return { period: closed, file };
}
