import { type Answer, answer, type Body, client, type Params } from '../app/api.js';

export { VAN_TYPES, type VanType } from '../people/api.js';

export const VAN_STATUSES = [
  'active',
  'grounded',
  'in_shop',
  'returned',
] as const satisfies readonly Van['status'][];
export type VanStatus = (typeof VAN_STATUSES)[number];

export const OWNERSHIPS = [
  'amazon_fleet',
  'leased',
  'rental',
  'owned',
] as const satisfies readonly Van['ownership'][];
export type Ownership = (typeof OWNERSHIPS)[number];

/** A van as the server describes it (GET /vans/:id without the history); dates YYYY-MM-DD. */
export type Van = Answer<'/vans/{id}', 'patch'>;
export type VanDetail = Answer<'/vans/{id}', 'get'>;
export type VanStatusChange = VanDetail['statusHistory'][number];
/** The fields as the server takes them; `null` clears an optional one. */
export type VanInput = Body<'/vans', 'post'>;
export type VanPatch = Body<'/vans/{id}', 'patch'>;
export type VanFilter = Params<'/vans', 'get'>;

export type VanMaintenance = Answer<'/vans/{id}/maintenance', 'get'>;
export type DueItem = VanMaintenance['items'][number];
export type DueState = DueItem['state'];
export type LastService = NonNullable<DueItem['lastService']>;
export type ServiceRecord = VanMaintenance['services'][number];
export type ServiceInput = Body<'/vans/{id}/services', 'post'>;
export type Schedule = Answer<'/maintenance/schedules', 'get'>['items'][number];
export type ScheduleInput = Body<'/maintenance/schedules', 'post'>;
export type FleetSettings = Answer<'/fleet/settings', 'get'>;
export type DueListEntry = Answer<'/maintenance/due', 'get'>['items'][number];

const byId = (id: string) => ({ params: { path: { id } } });

export const fleetApi = {
  vans: (filter: VanFilter) => answer(client.GET('/vans', { params: { query: { limit: 50, ...filter } } })),
  van: (id: string) => answer(client.GET('/vans/{id}', byId(id))),
  createVan: (input: VanInput) => answer(client.POST('/vans', { body: input })),
  updateVan: (id: string, patch: VanPatch) =>
    answer(client.PATCH('/vans/{id}', { ...byId(id), body: patch })),
  changeStatus: (id: string, change: Body<'/vans/{id}/status', 'post'>) =>
    answer(client.POST('/vans/{id}/status', { ...byId(id), body: change })),
  maintenance: (id: string) => answer(client.GET('/vans/{id}/maintenance', byId(id))),
  recordService: (id: string, input: ServiceInput) =>
    answer(client.POST('/vans/{id}/services', { ...byId(id), body: input })),
  due: (stationId?: string) => answer(client.GET('/maintenance/due', { params: { query: { stationId } } })),
  schedules: () => answer(client.GET('/maintenance/schedules', { params: { query: { retired: 'true' } } })),
  createSchedule: (input: ScheduleInput) => answer(client.POST('/maintenance/schedules', { body: input })),
  updateSchedule: (id: string, patch: Body<'/maintenance/schedules/{id}', 'patch'>) =>
    answer(client.PATCH('/maintenance/schedules/{id}', { ...byId(id), body: patch })),
  removeSchedule: (id: string) => answer(client.DELETE('/maintenance/schedules/{id}', byId(id))),
  settings: () => answer(client.GET('/fleet/settings')),
  updateSettings: (s: FleetSettings) => answer(client.PUT('/fleet/settings', { body: s })),
};

/** Every fleet query starts with this key, so one invalidation refreshes lists, profiles and due lists. */
export const FLEET_KEY = ['fleet'] as const;
