import { type Answer, answer, type Body, client, formBody } from '../app/api.js';

/** Amazon's weekly DSP scorecard PDFs as the server reads them (see src/performance/dsp-scorecard-*). */

export type DspScorecard = Answer<'/performance/dsp-scorecards/{id}', 'get'>;
export type ScorecardSummary = Answer<'/performance/dsp-scorecards', 'get'>['items'][number];
export type ScorecardField = DspScorecard['fields'][number];
export type FieldValue = NonNullable<ScorecardField['value']>;
export type ScorecardRow = DspScorecard['table']['rows'][number];

export const DSP_SCORECARD_KEY = ['performance', 'dsp-scorecards'] as const;

const byId = (id: string) => ({ params: { path: { id } } });

export const dspScorecardApi = {
  list: (stationId: string, week: string) =>
    answer(
      client.GET('/performance/dsp-scorecards', {
        params: { query: { stationId, week: week || undefined } },
      }),
    ),
  get: (id: string) => answer(client.GET('/performance/dsp-scorecards/{id}', byId(id))),
  upload: (stationId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return answer(
      client.POST('/performance/dsp-scorecards', { params: { query: { stationId } }, ...formBody(form) }),
    );
  },
  saveEntries: (id: string, entries: Body<'/performance/dsp-scorecards/{id}/entries', 'put'>['entries']) =>
    answer(client.PUT('/performance/dsp-scorecards/{id}/entries', { ...byId(id), body: { entries } })),
};
