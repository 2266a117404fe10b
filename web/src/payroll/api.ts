import { type Answer, answer, type Body, client } from '../app/api.js';

/** Managers' payroll pages: the timecards week grid, punches, the exceptions queue and the rules. */

export type Timecards = Answer<'/payroll/timecards', 'get'>;
export type TimecardRow = Timecards['rows'][number];
export type TimecardDay = TimecardRow['days'][number];
export type Punch = Answer<'/payroll/punches', 'get'>['items'][number];
export type PunchKind = Punch['kind'];
export type QueuedException = Answer<'/payroll/exceptions', 'get'>['items'][number];
export type Resolution = Body<'/payroll/exceptions/{id}/resolve', 'post'>['resolution'];
export type PayrollRules = Answer<'/payroll/rules', 'get'>;
export type PayrollRule = PayrollRules['ruleSet']['rules'][number];

export const payrollKeys = {
  all: ['payroll'] as const,
  timecards: (stationId: string, week: string) => ['payroll', 'timecards', stationId, week] as const,
  punches: (stationId: string, week: string) => ['payroll', 'punches', stationId, week] as const,
  exceptions: (stationId: string, date: string, status: string) =>
    ['payroll', 'exceptions', stationId, date, status] as const,
  rules: (stationId: string) => ['payroll', 'rules', stationId] as const,
};

export const payrollApi = {
  timecards: (stationId: string, week: string) =>
    answer(client.GET('/payroll/timecards', { params: { query: { stationId, week } } })),
  weekPunches: (stationId: string, weekStart: string) =>
    answer(client.GET('/payroll/punches', { params: { query: { stationId, weekStart } } })),
  dayPunches: (stationId: string, date: string) =>
    answer(client.GET('/payroll/punches', { params: { query: { stationId, date } } })),
  addPunch: (body: Body<'/payroll/punches', 'post'>) => answer(client.POST('/payroll/punches', { body })),
  correctPunch: (id: string, body: Body<'/payroll/punches/{id}/corrections', 'post'>) =>
    answer(client.POST('/payroll/punches/{id}/corrections', { params: { path: { id } }, body })),
  exceptions: (stationId: string, date: string, status: 'open' | 'resolved' | undefined) =>
    answer(
      client.GET('/payroll/exceptions', {
        params: { query: { stationId, date: date || undefined, status } },
      }),
    ),
  resolve: (id: string, body: Body<'/payroll/exceptions/{id}/resolve', 'post'>) =>
    answer(client.POST('/payroll/exceptions/{id}/resolve', { params: { path: { id } }, body })),
  resolveMany: (body: Body<'/payroll/exceptions/resolve', 'post'>) =>
    answer(client.POST('/payroll/exceptions/resolve', { body })),
  rules: (stationId: string) => answer(client.GET('/payroll/rules', { params: { query: { stationId } } })),
};

export const PUNCH_KIND_LABELS: Record<PunchKind, string> = {
  in: 'In',
  meal_start: 'Meal start',
  meal_end: 'Meal end',
  rest_start: 'Rest start',
  rest_end: 'Rest end',
  out: 'Out',
};

export const SOURCE_LABELS: Record<Punch['source'], string> = {
  phone: 'DA’s phone',
  import: 'Payroll file',
  manager: 'Manager',
};

export const RESOLUTION_LABELS: Record<Resolution, string> = {
  corrected: 'Punch corrected',
  waiver: 'Waiver on file',
  premium: 'Premium owed',
  overtime_approved: 'Overtime approved',
  answered: 'Answered the DA',
};

/** The exception kinds the queue raises (src/payroll/domain/exceptions.ts), as a manager says them. */
export const EXCEPTION_KIND_LABELS: Record<string, string> = {
  missing_punch: 'Missing punch',
  meal: 'Meal',
  rest: 'Rest break',
  day_of_rest: 'Day of rest',
  day_hours: 'Long day',
  rolling_7_days_hours: 'Hours in 7 days',
  days_in_7: 'Days in 7',
  unapproved_overtime: 'Unapproved overtime',
  out_before_route_closed: 'Out before route closed',
  route_without_punches: 'Route, no punches',
  in_long_before_wave: 'In long before the wave',
  route_overrun: 'Route past its plan',
  meal_during_deliveries: 'Meal during deliveries',
  da_question: 'DA’s question',
};
