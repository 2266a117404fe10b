import { type Answer, answer, type Body, client } from '../app/api.js';

/** The week schedule (staff) and a DA's own schedule, availability, time off and messages (phone). */

export const SHIFT_KINDS = [
  'route',
  'standby',
  'training',
  'ride-along',
  'rescue',
  'office',
] as const satisfies readonly Shift['kind'][];
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const TIME_OFF_STATUSES = [
  'pending',
  'approved',
  'denied',
  'cancelled',
] as const satisfies readonly TimeOffRequest['status'][];
export type TimeOffStatus = (typeof TIME_OFF_STATUSES)[number];

/** The week at a station: dates YYYY-MM-DD (the station's), times HH:MM on its wall clock. */
export type Week = Answer<'/schedule/week', 'get'>;
export type WeekDay = Week['days'][number];
export type WeekDriver = Week['drivers'][number];
export type DriverDay = WeekDriver['days'][number];
export type Shift = NonNullable<DriverDay['shift']>;
export type ShiftStatus = Shift['status'];
export type DayAvailability = DriverDay['availability'];
export type DayClearance = DriverDay['clearance'];
export type StandbyPlan = WeekDay['standby'];
export type DispatchRules = Answer<'/schedule/rules', 'get'>;
export type WeekDemand = Body<'/schedule/week/demand', 'put'>;
export type ShiftInput = Body<'/schedule/shifts', 'put'>;
export type Availability = Answer<'/drivers/{id}/availability', 'get'>;
export type Pattern = Availability['pattern'];
export type AvailabilityException = Availability['exceptions'][number];
export type TimeOffRequest = Availability['timeOff'][number];
export type TimeOffInput = Body<'/me/time-off', 'post'>;
export type QueuedTimeOff = Answer<'/schedule/time-off', 'get'>['items'][number];
export type TimeOffDecision = Answer<'/schedule/time-off/{id}/decide', 'post'>;
/** POST /schedule/week/auto: what the auto-scheduler changed and why the week is still short. */
export type AutoScheduleResult = Answer<'/schedule/week/auto', 'post'>;
export type PublishResult = Answer<'/schedule/week/publish', 'post'>;
export type MySchedule = Answer<'/me/schedule', 'get'>;
export type TodayRoute = NonNullable<MySchedule['todayRoute']>;
export type Message = Answer<'/me/messages', 'get'>['items'][number];

const weekQuery = (stationId: string, date: string) => ({
  params: { query: { stationId, date: date || undefined } },
});
const byId = (id: string) => ({ params: { path: { id } } });

export const scheduleApi = {
  /** The week holding `date` (any date of it), or this week at the station when `date` is ''. */
  week: (stationId: string, date: string) => answer(client.GET('/schedule/week', weekQuery(stationId, date))),
  saveDemand: (stationId: string, date: string, demand: WeekDemand) =>
    answer(client.PUT('/schedule/week/demand', { ...weekQuery(stationId, date), body: demand })),
  publish: (stationId: string, date: string) =>
    answer(client.POST('/schedule/week/publish', weekQuery(stationId, date))),
  autoSchedule: (stationId: string, date: string) =>
    answer(client.POST('/schedule/week/auto', weekQuery(stationId, date))),
  putShift: (input: ShiftInput) => answer(client.PUT('/schedule/shifts', { body: input })),
  removeShift: (id: string) => answer(client.DELETE('/schedule/shifts/{id}', byId(id))),
  rules: () => answer(client.GET('/schedule/rules')),
  saveRules: (rules: DispatchRules) => answer(client.PUT('/schedule/rules', { body: rules })),
  timeOff: (status: TimeOffStatus, stationId: string) =>
    answer(
      client.GET('/schedule/time-off', { params: { query: { status, stationId: stationId || undefined } } }),
    ),
  decide: (id: string, approve: boolean, note: string | null) =>
    answer(
      client.POST('/schedule/time-off/{id}/decide', {
        ...byId(id),
        body: { approve, ...(note ? { note } : {}) },
      }),
    ),
  availability: (id: string) => answer(client.GET('/drivers/{id}/availability', byId(id))),
  savePattern: (id: string, pattern: Body<'/drivers/{id}/availability', 'put'>) =>
    answer(client.PUT('/drivers/{id}/availability', { ...byId(id), body: pattern })),
  setException: (id: string, input: Body<'/drivers/{id}/availability/exceptions', 'put'>) =>
    answer(client.PUT('/drivers/{id}/availability/exceptions', { ...byId(id), body: input })),
  removeException: (id: string, exceptionId: string) =>
    answer(
      client.DELETE('/drivers/{id}/availability/exceptions/{exceptionId}', {
        params: { path: { id, exceptionId } },
      }),
    ),
  askTimeOff: (id: string, input: TimeOffInput) =>
    answer(client.POST('/drivers/{id}/time-off', { ...byId(id), body: input })),
};

/** The DA's own, from the phone: none of these take a DA id. */
export const myScheduleApi = {
  schedule: () => answer(client.GET('/me/schedule')),
  confirm: (id: string) => answer(client.POST('/me/shifts/{id}/confirm', byId(id))),
  checkIn: (id: string) => answer(client.POST('/me/shifts/{id}/check-in', byId(id))),
  availability: () => answer(client.GET('/me/availability')),
  savePattern: (pattern: Body<'/me/availability', 'put'>) =>
    answer(client.PUT('/me/availability', { body: pattern })),
  askTimeOff: (input: TimeOffInput) => answer(client.POST('/me/time-off', { body: input })),
  withdraw: (id: string) => answer(client.POST('/me/time-off/{id}/cancel', byId(id))),
  messages: () => answer(client.GET('/me/messages')),
  markRead: (ids: string[]) => answer(client.POST('/me/messages/read', { body: { ids } })),
  pastPlan: () => answer(client.GET('/me/routes/past-plan')),
};

export type MyPastPlan = Answer<'/me/routes/past-plan', 'get'>;

/** Every staff schedule query starts with `schedule`, so one invalidation refreshes the week and lists. */
export const scheduleKeys = {
  all: ['schedule'] as const,
  week: (stationId: string, date: string) => ['schedule', 'week', stationId, date] as const,
  timeOff: (status: TimeOffStatus, stationId: string) => ['schedule', 'time-off', status, stationId] as const,
  availability: (driverId: string) => ['schedule', 'availability', driverId] as const,
  rules: ['schedule', 'rules'] as const,
};

/** The DA's own (never invalidate `['me']` alone: that is the session). */
export const myKeys = {
  schedule: ['me', 'schedule'] as const,
  availability: ['me', 'availability'] as const,
  messages: ['me', 'messages'] as const,
  pastPlan: ['me', 'routes', 'past-plan'] as const,
};
