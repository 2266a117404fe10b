import type { Slice } from '../app/slice.js';
import { importRoutes } from './routes.js';
import { importsToday } from './today.js';

export const importsSlice: Slice = { name: 'imports', routes: [importRoutes], today: importsToday };
