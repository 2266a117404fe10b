import { type Answer, answer, type Body, client } from '../app/api.js';

/** The DA's own time clock and pay, from their phone. */

export type MyPunch = Answer<'/me/punches', 'post'>;
export type PunchInput = Body<'/me/punches', 'post'>;
export type PunchKind = PunchInput['kind'];
export type MyWeek = Answer<'/me/payroll/week', 'get'>;
export type MyQuestion = Answer<'/me/payroll/questions', 'post'>;

export const myPayrollKeys = {
  punches: (week?: string) => ['me', 'punches', week ?? 'now'] as const,
  week: (week?: string) => ['me', 'payroll', 'week', week ?? 'now'] as const,
  all: ['me', 'payroll'] as const,
};

export const myPayrollApi = {
  punch: (body: PunchInput) => answer(client.POST('/me/punches', { body })),
  punches: (week?: string) => answer(client.GET('/me/punches', { params: { query: { week } } })),
  week: (week?: string) => answer(client.GET('/me/payroll/week', { params: { query: { week } } })),
  ask: (body: Body<'/me/payroll/questions', 'post'>) =>
    answer(client.POST('/me/payroll/questions', { body })),
};
