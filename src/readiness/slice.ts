import type { Slice } from '../app/slice.js';
import { readinessRoutes } from './routes.js';

export const readinessSlice: Slice = { name: 'readiness', routes: [readinessRoutes] };
