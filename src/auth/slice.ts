import type { Slice } from '../app/slice.js';
import { authRoutes } from './routes.js';
import { tokenRoutes } from './token-routes.js';
import { totpEnrolmentRoutes } from './totp-routes.js';

export const authSlice: Slice = { name: 'auth', routes: [authRoutes, totpEnrolmentRoutes, tokenRoutes] };
