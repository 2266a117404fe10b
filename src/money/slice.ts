import type { Slice } from '../app/slice.js';
import { MANAGERS, OWNER } from '../auth/domain/permissions.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { depositImport } from './deposit-import.js';
import { disputeRoutes } from './dispute-routes.js';
import { afsImport, fixedMonthlyImport, fleetInvoiceImport } from './fleet-imports.js';
import { fleetRoutes } from './fleet-routes.js';
import { variableInvoiceImport } from './invoice-import.js';
import { rateCardImport } from './rate-card-import.js';
import { riskRoutes } from './risk-routes.js';
import { moneyRoutes } from './routes.js';
import { wstServiceDetailsImport } from './wst-import.js';

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
  routes: [moneyRoutes, disputeRoutes, riskRoutes, fleetRoutes],
  importKinds: [
    rateCardImport as ImportKind,
    variableInvoiceImport as ImportKind,
    wstServiceDetailsImport as ImportKind,
    depositImport as ImportKind,
    fixedMonthlyImport as ImportKind,
    afsImport as ImportKind,
    fleetInvoiceImport as ImportKind,
  ],
};
