import { z } from 'zod';
import { ROLES } from '../auth/domain/permissions.js';

export const StationOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
  state: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const OrgOut = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  requireMfa: z.boolean(),
});

export const MemberOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  stationIds: z.array(z.string()).nullable(),
  status: z.enum(['active', 'disabled']),
  totpEnabled: z.boolean(),
  createdAt: z.string(),
});

/** An open invitation as the org sees it: only what the org itself typed, nothing of any account. */
export const InvitationOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  stationIds: z.array(z.string()).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

export const IdParams = z.object({ id: z.string().min(1).max(100) });
