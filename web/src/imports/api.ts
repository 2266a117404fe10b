import { type Answer, answer, client, formBody } from '../app/api.js';

export type ImportKindInfo = Answer<'/imports/kinds', 'get'>['items'][number];
export type ImportResult = Answer<'/imports', 'post'>;
export type ImportSummary = Answer<'/imports', 'get'>['items'][number];
export type ImportStatus = ImportSummary['status'];
export type Mapping = ImportResult['mapping'];

export const importsApi = {
  kinds: () => answer(client.GET('/imports/kinds')),
  run: (
    kind: string,
    opts: {
      file: File;
      stationId?: string | undefined;
      date?: string | undefined;
      dryRun: boolean;
      mapping?: Mapping | undefined;
    },
  ) => {
    const form = new FormData();
    // Text fields first: a streaming server reads them before the file.
    if (opts.stationId) form.append('stationId', opts.stationId);
    if (opts.date) form.append('date', opts.date);
    form.append('dryRun', opts.dryRun ? 'true' : 'false');
    if (opts.mapping) form.append('mapping', JSON.stringify(opts.mapping));
    form.append('file', opts.file, opts.file.name);
    return answer(client.POST('/imports', { params: { query: { kind } }, ...formBody(form) }));
  },
  history: (cursor?: string) => answer(client.GET('/imports', { params: { query: { limit: 25, cursor } } })),
  undo: (id: string) => answer(client.POST('/imports/{id}/undo', { params: { path: { id } } })),
};
