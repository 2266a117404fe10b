import { api, type Page } from '../app/api.js';
import type { Org, Role } from '../app/types.js';

export interface Station {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  state: string;
  createdAt: string;
  updatedAt: string;
}

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  stationIds: string[] | null;
  status: 'active' | 'disabled';
  totpEnabled: boolean;
  createdAt: string;
}

/** A place offered to an email, not yet accepted: only what this org typed, nothing of any account. */
export interface Invitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  stationIds: string[] | null;
  createdAt: string;
  expiresAt: string;
}

export interface StationInput {
  code: string;
  name: string;
  timeZone: string;
  state: string;
}

export interface MemberInput {
  email: string;
  name: string;
  role: Role;
  stationIds: string[] | null;
}

export type MemberPatch = Partial<Pick<Member, 'name' | 'role' | 'stationIds' | 'status'>>;

export const tenancyApi = {
  org: () => api.get<Org>('/org'),
  updateOrg: (patch: { name?: string; requireMfa?: boolean }) => api.patch<Org>('/org', patch),
  stations: (cursor?: string) => api.get<Page<Station>>('/stations', { limit: 100, cursor }),
  createStation: (input: StationInput) => api.post<Station>('/stations', input),
  updateStation: (id: string, patch: Partial<Omit<StationInput, 'code'>>) =>
    api.patch<Station>(`/stations/${encodeURIComponent(id)}`, patch),
  users: (q: {
    cursor?: string | undefined;
    role?: string | undefined;
    stationId?: string | undefined;
    limit?: number;
  }) => api.get<Page<Member>>('/users', { limit: 100, ...q }),
  invite: (input: MemberInput) =>
    api.post<{ invitation: Invitation; oneTimePassword: string }>('/users', input),
  invitations: () => api.get<{ items: Invitation[] }>('/invitations'),
  cancelInvitation: (id: string) => api.del(`/invitations/${encodeURIComponent(id)}`),
  updateUser: (id: string, patch: MemberPatch) =>
    api.patch<Member>(`/users/${encodeURIComponent(id)}`, patch),
  resetPassword: (id: string) =>
    api.post<{ oneTimePassword: string }>(`/users/${encodeURIComponent(id)}/reset-password`),
  removeUser: (id: string) => api.del(`/users/${encodeURIComponent(id)}`),
};
