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
  createUser: (input: MemberInput) =>
    api.post<{ user: Member; oneTimePassword: string | null }>('/users', input),
  updateUser: (id: string, patch: MemberPatch) =>
    api.patch<Member>(`/users/${encodeURIComponent(id)}`, patch),
  resetPassword: (id: string) =>
    api.post<{ oneTimePassword: string }>(`/users/${encodeURIComponent(id)}/reset-password`),
  removeUser: (id: string) => api.del(`/users/${encodeURIComponent(id)}`),
};
