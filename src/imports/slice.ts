import type { Slice } from '../app/slice.js';
import { importRoutes } from './routes.js';

export const importsSlice: Slice = { name: 'imports', routes: [importRoutes] };
