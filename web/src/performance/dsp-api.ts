import { api } from '../app/api.js';
import type { MetricKey } from './api.js';

/** Amazon's weekly DSP scorecard PDFs as the server reads them (see src/performance/dsp-scorecard-*). */

export type FieldValue = string | number;

export interface ScorecardField {
  key: string;
  label: string;
  kind: 'week' | 'station' | 'score' | 'standing';
  required: boolean;
  /** In effect: the manager's entry, else what the PDF says. */
  value: FieldValue | null;
  source: 'entry' | 'pdf' | null;
  read: { value: FieldValue; text: string; where: string } | null;
  unreadReason: string | null;
  entry: { by: string | null; byLabel: string; at: string } | null;
}

export interface ScorecardRow {
  transporterId: string;
  name: string | null;
  rank: number | null;
  metrics: Partial<Record<MetricKey, number | null>>;
  counts: Partial<Record<'dsb_count' | 'pod_opportunities', number | null>>;
  page: number;
  driverId: string | null;
  driverName: string | null;
}

export interface ScorecardSummary {
  id: string;
  week: string | null;
  label: string | null;
  status: 'needs_entry' | 'complete';
  overallStanding: string | null;
  overallScore: number | null;
  fileName: string;
  das: number;
  uploadedAt: string;
  updatedAt: string;
}

export interface DspScorecard extends ScorecardSummary {
  station: { id: string; code: string; name: string };
  file: { id: string; url: string };
  pageCount: number;
  fields: ScorecardField[];
  table: {
    found: boolean;
    note: string | null;
    pages: number[];
    rows: ScorecardRow[];
    unread: { page: number; transporterId: string | null; column: string; text: string; reason: string }[];
    unknownTransporters: { transporterId: string; name: string | null }[];
  };
}

export const DSP_SCORECARD_KEY = ['performance', 'dsp-scorecards'] as const;

export const dspScorecardApi = {
  list: (stationId: string, week: string) =>
    api.get<{ items: ScorecardSummary[] }>('/performance/dsp-scorecards', {
      stationId,
      week: week || undefined,
    }),
  get: (id: string) => api.get<DspScorecard>(`/performance/dsp-scorecards/${encodeURIComponent(id)}`),
  upload: (stationId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.post<DspScorecard & { outcome: 'created' | 'replaced' | 'unchanged' }>(
      `/performance/dsp-scorecards?stationId=${encodeURIComponent(stationId)}`,
      form,
    );
  },
  saveEntries: (id: string, entries: Record<string, FieldValue | null>) =>
    api.put<DspScorecard>(`/performance/dsp-scorecards/${encodeURIComponent(id)}/entries`, { entries }),
};
