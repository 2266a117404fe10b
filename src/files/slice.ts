import type { Slice } from '../app/slice.js';
import { fileRoutes } from './routes.js';

export const filesSlice: Slice = { name: 'files', routes: [fileRoutes] };
