import type { Slice } from '../app/slice.js';
import { riskRoutes } from './risk-routes.js';

export const moneySlice: Slice = {
  name: 'money',
  routes: [riskRoutes],
};
