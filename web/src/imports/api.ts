import { api, type Page } from '../app/api.js';
import type { ImportKindInfo, ImportResult, ImportSummary, Mapping } from './types.js';

export const importsApi = {
  kinds: () => api.get<{ items: ImportKindInfo[] }>('/imports/kinds'),
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
    return api.post<ImportResult>(`/imports?kind=${encodeURIComponent(kind)}`, form);
  },
  history: (cursor?: string) => api.get<Page<ImportSummary>>('/imports', { limit: 25, cursor }),
  undo: (id: string) => api.post<ImportSummary>(`/imports/${encodeURIComponent(id)}/undo`),
};
