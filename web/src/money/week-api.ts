import { type Answer, answer, client } from '../app/api.js';

export type MoneyWeek = Answer<'/money/week', 'get'>;
export type WeekLine = MoneyWeek['lines'][number];
export type WeekFound = WeekLine['discrepancies'][number];

export const moneyWeekApi = {
  week: (stationId: string, week: string) =>
    answer(client.GET('/money/week', { params: { query: { stationId, week } } })),
  check: (stationId: string, week: string) =>
    answer(client.POST('/money/week/check', { body: { stationId, week } })),
};
