import { type Answer, answer, type Body, client, type Params } from '../app/api.js';

export const VAN_TYPES = [
  'edv',
  'cdv',
  'step_van',
  'rental',
] as const satisfies readonly Driver['vanTypes'][number][];
export type VanType = (typeof VAN_TYPES)[number];

export const DRIVER_STATUSES = [
  'applicant',
  'onboarding',
  'active',
  'inactive',
  'terminated',
] as const satisfies readonly Driver['status'][];
export type DriverStatus = (typeof DRIVER_STATUSES)[number];

/** The statuses a new DA may start in; inactive and terminated come later, with a reason. */
export const START_STATUSES = ['applicant', 'onboarding', 'active'] as const satisfies readonly Body<
  '/drivers',
  'post'
>['status'][];

export type Language = 'en' | 'es';

/** A DA as the server answers one (dates YYYY-MM-DD, phone E.164). */
export type Driver = Answer<'/drivers/{id}', 'patch'>;
/** Whether the DA may be given work today (their home station's business day), and why not. */
export type Clearance = Driver['clearance'];
export type DriverDetail = Answer<'/drivers/{id}', 'get'>;
export type StatusChange = DriverDetail['statusHistory'][number];

/** The profile fields as the server takes them; `null` clears an optional field. */
export type DriverInput = Omit<Body<'/drivers', 'post'>, 'status'>;
export type DriverPatch = Body<'/drivers/{id}', 'patch'>;
export type DriverFilter = Params<'/drivers', 'get'>;

export const peopleApi = {
  drivers: (filter: DriverFilter) =>
    answer(client.GET('/drivers', { params: { query: { limit: 50, ...filter } } })),
  driver: (id: string) => answer(client.GET('/drivers/{id}', { params: { path: { id } } })),
  createDriver: (input: Body<'/drivers', 'post'>) => answer(client.POST('/drivers', { body: input })),
  updateDriver: (id: string, patch: DriverPatch) =>
    answer(client.PATCH('/drivers/{id}', { params: { path: { id } }, body: patch })),
  /** The signed-in person's own DA record (null when their login has none). */
  myDriver: () => answer(client.GET('/me/driver')),
  setMyLanguage: (language: 'en' | 'es') => answer(client.PUT('/me/driver/language', { body: { language } })),
  changeStatus: (id: string, change: Body<'/drivers/{id}/status', 'post'>) =>
    answer(client.POST('/drivers/{id}/status', { params: { path: { id } }, body: change })),
};

/** Every DA query starts with this key, so one invalidation refreshes lists and profiles alike. */
export const DRIVERS_KEY = ['drivers'] as const;
