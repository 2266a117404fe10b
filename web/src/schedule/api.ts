import { api, queryString } from '../app/api.js';

/** The week schedule (staff) and a DA's own schedule, availability, time off and messages (phone). */

export const SHIFT_KINDS = ['route', 'standby', 'training', 'rescue', 'office'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export type ShiftStatus = 'scheduled' | 'called_out' | 'no_show';

export interface Shift {
  id: string;
  stationId: string;
  driverId: string;
  /** YYYY-MM-DD, the station's business date. */
  date: string;
  kind: ShiftKind;
  /** HH:MM, the station's wall clock. */
  startTime: string;
  minutes: number;
  status: ShiftStatus;
  source: string;
  note: string | null;
  /** Null until the week is published: the DA does not see the shift yet. */
  publishedAt: string | null;
  confirmedAt: string | null;
  checkedInAt: string | null;
  attendanceEventId: string | null;
  updatedAt: string;
}

export interface DayAvailability {
  available: boolean;
  /** What makes the day unavailable: approved time off, a dated exception or the weekly pattern. */
  cause: 'time_off' | 'exception' | 'pattern' | null;
  reason: string | null;
  preferred: boolean;
  /** A time-off request waiting for a decision covers the day. */
  timeOffPending: boolean;
}

export interface DayClearance {
  cleared: boolean;
  reasons: string[];
  vanTypes: string[];
}

export interface DispatchRules {
  maxDaysPerWeek: number;
  maxWeekMinutes: number;
  overtimeAllowed: boolean;
  maxWeekMinutesWithOvertime: number;
  minRestMinutes: number;
  maxConsecutiveDays: number;
  /** Hard caps: the longest day, and the most in any rolling 7 days. */
  maxDayMinutes: number;
  maxSevenDayMinutes: number;
  /** 0.5–0.999: the chance the morning's DAs cover every route that standby planning aims for. */
  standbyCoverageTarget: number;
}

export interface WeekDemand {
  /** Sunday first, seven days. */
  days: { routes: number; standbys: number }[];
  routeMinutes: number;
  standbyMinutes: number;
  /** HH:MM: when route and standby shifts start (the first wave). */
  startTime: string;
}

export interface StandbyPlan {
  date: string;
  routes: number;
  routeDas: number;
  standbys: number;
  missRate: number;
  expectedMisses: number;
  coverage: number;
  recommendedStandbys: number;
  coverageWithRecommended: number;
}

export interface WeekDay {
  date: string;
  demand: { routes: number; standbys: number };
  /** Routes already entered or imported for the day; once there they replace the demand's guess. */
  routesKnown: number;
  scheduled: { route: number; standby: number; other: number; calledOut: number };
  short: { routes: number; standbys: number };
  standby: StandbyPlan;
}

export interface DriverDay {
  date: string;
  availability: DayAvailability;
  clearance: DayClearance;
  shift: Shift | null;
}

export interface WeekDriver {
  driver: { id: string; firstName: string; lastName: string; status: string; vanTypes: string[] };
  wantsDays: number;
  scheduledDays: number;
  scheduledMinutes: number;
  days: DriverDay[];
}

export interface Week {
  station: { id: string; code: string; name: string; timeZone: string };
  /** The Sunday the week starts on. */
  weekStart: string;
  dates: string[];
  rules: DispatchRules;
  demand: WeekDemand;
  published: { at: string; by: string | null } | null;
  unpublishedShifts: number;
  days: WeekDay[];
  drivers: WeekDriver[];
}

export interface ShiftInput {
  stationId: string;
  driverId: string;
  date: string;
  kind: ShiftKind;
  startTime: string;
  minutes: number;
  note?: string | null;
}

export interface Pattern {
  /** Sunday first, seven days each. */
  weekdays: boolean[];
  preferredWeekdays: boolean[];
  wantsDays: number;
}

export interface AvailabilityException {
  id: string;
  date: string;
  available: boolean;
  note: string | null;
}

export const TIME_OFF_STATUSES = ['pending', 'approved', 'denied', 'cancelled'] as const;
export type TimeOffStatus = (typeof TIME_OFF_STATUSES)[number];

export interface TimeOffRequest {
  id: string;
  driverId: string;
  firstDate: string;
  lastDate: string;
  status: TimeOffStatus;
  reason: string | null;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface TimeOffInput {
  firstDate: string;
  lastDate: string;
  reason?: string | null;
}

export interface Availability {
  /** Today at the DA's home station. */
  today: string;
  pattern: Pattern;
  note: string | null;
  updatedBy: string | null;
  /** Dated exceptions from today on. */
  exceptions: AvailabilityException[];
  /** Requests not over more than 30 days ago. */
  timeOff: TimeOffRequest[];
}

export type QueuedTimeOff = TimeOffRequest & {
  driver: { id: string; firstName: string; lastName: string; homeStationId: string };
};

export interface TimeOffDecision {
  request: TimeOffRequest;
  shiftsRemoved: { date: string; kind: string }[];
}

/** POST /schedule/week/auto: what the auto-scheduler changed and why the week is still short. */
export interface AutoScheduleResult {
  shiftsCreated: number;
  shiftsRemoved: number;
  /** Relative gap between the plan and the best plan possible (0.004 = within 0.4%). */
  gap: number;
  dayGaps: { date: string; message: string }[];
  /** One sentence per cause, with the DAs it applies to. */
  daGaps: { message: string; das: { driverId: string; name: string }[] }[];
}

export interface PublishResult {
  publishedAt: string;
  shiftsPublished: number;
  dasNotified: number;
}

export interface TodayRoute {
  date: string;
  code: string;
  waveTime: string;
  stagingLocation: string | null;
  plannedMinutes: number;
  stops: number | null;
  packages: number | null;
  van: { id: string; fleetNumber: string; vanType: string } | null;
}

export interface MySchedule {
  today: string;
  weekStart: string;
  language: 'en' | 'es';
  /** Published shifts of this week and next. */
  shifts: Shift[];
  todayShift: Shift | null;
  /** Once the day's roster is published. */
  todayRoute: TodayRoute | null;
  /** The soonest route after today whose day's roster is out (tomorrow's, the evening before). */
  nextRoute: TodayRoute | null;
}

export interface Message {
  id: string;
  topic: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

const weekQuery = (stationId: string, date: string) => ({ stationId, date: date || undefined });
const driverPath = (id: string) => `/drivers/${encodeURIComponent(id)}`;

export const scheduleApi = {
  /** The week holding `date` (any date of it), or this week at the station when `date` is ''. */
  week: (stationId: string, date: string) => api.get<Week>('/schedule/week', weekQuery(stationId, date)),
  saveDemand: (stationId: string, date: string, demand: WeekDemand) =>
    api.put<WeekDemand>(`/schedule/week/demand${queryString(weekQuery(stationId, date))}`, demand),
  publish: (stationId: string, date: string) =>
    api.post<PublishResult>(`/schedule/week/publish${queryString(weekQuery(stationId, date))}`),
  autoSchedule: (stationId: string, date: string) =>
    api.post<AutoScheduleResult>(`/schedule/week/auto${queryString(weekQuery(stationId, date))}`),
  putShift: (input: ShiftInput) => api.put<{ shift: Shift; warnings: string[] }>('/schedule/shifts', input),
  removeShift: (id: string) => api.del(`/schedule/shifts/${encodeURIComponent(id)}`),
  rules: () => api.get<DispatchRules>('/schedule/rules'),
  saveRules: (rules: DispatchRules) => api.put<DispatchRules>('/schedule/rules', rules),
  timeOff: (status: TimeOffStatus, stationId: string) =>
    api.get<{ items: QueuedTimeOff[] }>('/schedule/time-off', { status, stationId: stationId || undefined }),
  decide: (id: string, approve: boolean, note: string | null) =>
    api.post<TimeOffDecision>(`/schedule/time-off/${encodeURIComponent(id)}/decide`, {
      approve,
      ...(note ? { note } : {}),
    }),
  availability: (driverId: string) => api.get<Availability>(`${driverPath(driverId)}/availability`),
  savePattern: (driverId: string, pattern: Pattern & { note: string | null }) =>
    api.put<Pattern>(`${driverPath(driverId)}/availability`, pattern),
  setException: (driverId: string, input: { date: string; available: boolean; note: string | null }) =>
    api.put<AvailabilityException>(`${driverPath(driverId)}/availability/exceptions`, input),
  removeException: (driverId: string, id: string) =>
    api.del(`${driverPath(driverId)}/availability/exceptions/${encodeURIComponent(id)}`),
  askTimeOff: (driverId: string, input: TimeOffInput) =>
    api.post<TimeOffRequest>(`${driverPath(driverId)}/time-off`, input),
};

/** The DA's own, from the phone: none of these take a DA id. */
export const myScheduleApi = {
  schedule: () => api.get<MySchedule>('/me/schedule'),
  confirm: (shiftId: string) => api.post<Shift>(`/me/shifts/${encodeURIComponent(shiftId)}/confirm`),
  checkIn: (shiftId: string) => api.post<Shift>(`/me/shifts/${encodeURIComponent(shiftId)}/check-in`),
  availability: () => api.get<Availability>('/me/availability'),
  savePattern: (pattern: Pattern & { note: string | null }) => api.put<Pattern>('/me/availability', pattern),
  askTimeOff: (input: TimeOffInput) => api.post<TimeOffRequest>('/me/time-off', input),
  withdraw: (id: string) => api.post<TimeOffRequest>(`/me/time-off/${encodeURIComponent(id)}/cancel`),
  messages: () => api.get<{ items: Message[]; unread: number }>('/me/messages'),
  markRead: (ids: string[]) => api.post<void>('/me/messages/read', { ids }),
};

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
};
