import type { Slice } from '../app/slice.js';
import { MANAGERS, OWNER } from '../auth/domain/permissions.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { capacityImport } from './capacity-import.js';
import { depositImport } from './deposit-import.js';
import { disputeRoutes } from './dispute-routes.js';
import { afsImport, fixedMonthlyImport, fleetInvoiceImport } from './fleet-imports.js';
import { fleetRoutes } from './fleet-routes.js';
import { incentiveInvoiceImport } from './incentive-import.js';
import { variableInvoiceImport } from './invoice-import.js';
import { rateCardImport } from './rate-card-import.js';
import { recheckBoardWeek } from './reconcile-week.js';
import { riskRoutes } from './risk-routes.js';
import { moneyRoutes } from './routes.js';
import { summaryRoutes } from './summary-routes.js';
import { moneyToday } from './today.js';
import { moneyWeekRoutes } from './week-routes.js';
import { wstFileImports } from './wst-files-import.js';
import { wstServiceDetailsImport } from './wst-import.js';
import { zipRoutes } from './zip-routes.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  // What Amazon owes and paid, and what the DSP absorbs: managers read it; the owner imports its files,
  // disputes and settles.
  'money.read': MANAGERS,
  'money.write': OWNER,
};

export const moneySlice: Slice<typeof GRANTS> = {
  name: 'money',
  permissions: GRANTS,
  routes: [moneyRoutes, disputeRoutes, riskRoutes, summaryRoutes, moneyWeekRoutes, zipRoutes, fleetRoutes],
  today: moneyToday,
  afterBoardRecords: recheckBoardWeek,
  importKinds: [
    rateCardImport as ImportKind,
    variableInvoiceImport as ImportKind,
    wstServiceDetailsImport as ImportKind,
    depositImport as ImportKind,
    incentiveInvoiceImport as ImportKind,
    ...wstFileImports,
    fixedMonthlyImport as ImportKind,
    afsImport as ImportKind,
    fleetInvoiceImport as ImportKind,
    capacityImport as ImportKind,
  ],
};
