import { type Answer, answer, client } from '../app/api.js';

export type Risk = Answer<'/money/risk', 'get'>;
export type RiskWeek = Risk['weeks'][number];

export const riskApi = {
  station: (stationId: string, weeks = 12) =>
    answer(client.GET('/money/risk', { params: { query: { stationId, weeks } } })),
};
