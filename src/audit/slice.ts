import type { Slice } from '../app/slice.js';
import { auditRoutes } from './routes.js';

export const auditSlice: Slice = { name: 'audit', routes: [auditRoutes] };
