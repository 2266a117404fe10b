import { type Answer, answer, client } from '../app/api.js';

export type Readiness = Answer<'/readiness', 'get'>;
export type VanState = Readiness['vans'][number]['state'];

export const readinessApi = {
  get: (stationId: string, date: string) =>
    answer(client.GET('/readiness', { params: { query: { stationId, date: date || undefined } } })),
};
