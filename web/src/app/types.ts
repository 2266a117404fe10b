import type { Answer } from './api.js';

/** Who is signed in, their org, role, stations and permissions: the server's answer to GET /me. */
export type Me = Answer<'/me', 'get'>;
export type Role = Me['orgs'][number]['role'];
export type Permission = Me['permissions'][number];
export type Org = NonNullable<Me['org']>;
export type StationRef = Me['stations'][number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  manager: 'Manager',
  dispatcher: 'Dispatcher',
  driver: 'Driver',
};
