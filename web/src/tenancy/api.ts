import { type Answer, answer, type Body, client, type Params } from '../app/api.js';

export type Station = Answer<'/stations/{id}', 'get'>;
export type Member = Answer<'/users/{id}', 'patch'>;
/** A place offered to an email, not yet accepted: only what this org typed, nothing of any account. */
export type Invitation = Answer<'/invitations', 'get'>['items'][number];
export type StationInput = Body<'/stations', 'post'>;
export type MemberInput = Body<'/users', 'post'>;
export type MemberPatch = Body<'/users/{id}', 'patch'>;

const byId = (id: string) => ({ params: { path: { id } } });

export const tenancyApi = {
  org: () => answer(client.GET('/org')),
  updateOrg: (patch: Body<'/org', 'patch'>) => answer(client.PATCH('/org', { body: patch })),
  stations: (cursor?: string) =>
    answer(client.GET('/stations', { params: { query: { limit: 100, cursor } } })),
  createStation: (input: StationInput) => answer(client.POST('/stations', { body: input })),
  updateStation: (id: string, patch: Body<'/stations/{id}', 'patch'>) =>
    answer(client.PATCH('/stations/{id}', { ...byId(id), body: patch })),
  users: (q: Params<'/users', 'get'>) =>
    answer(client.GET('/users', { params: { query: { limit: 100, ...q } } })),
  invite: (input: MemberInput) => answer(client.POST('/users', { body: input })),
  invitations: () => answer(client.GET('/invitations')),
  cancelInvitation: (id: string) => answer(client.DELETE('/invitations/{id}', byId(id))),
  updateUser: (id: string, patch: MemberPatch) =>
    answer(client.PATCH('/users/{id}', { ...byId(id), body: patch })),
  resetPassword: (id: string) => answer(client.POST('/users/{id}/reset-password', byId(id))),
  removeUser: (id: string) => answer(client.DELETE('/users/{id}', byId(id))),
};
