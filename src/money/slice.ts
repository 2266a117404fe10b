import type { Slice } from '../app/slice.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { depositImport } from './deposit-import.js';
import { disputeRoutes } from './dispute-routes.js';
import { variableInvoiceImport } from './invoice-import.js';
import { rateCardImport } from './rate-card-import.js';
import { riskRoutes } from './risk-routes.js';
import { moneyRoutes } from './routes.js';
import { wstServiceDetailsImport } from './wst-import.js';

export const moneySlice: Slice = {
  name: 'money',
  routes: [moneyRoutes, disputeRoutes, riskRoutes],
  importKinds: [
    rateCardImport as ImportKind,
    variableInvoiceImport as ImportKind,
    wstServiceDetailsImport as ImportKind,
    depositImport as ImportKind,
  ],
};
