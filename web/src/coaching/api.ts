// The shapes are the server's own zod schemas, imported as types only: nothing of zod reaches the bundle.
import type { z } from 'zod';
import type { Action, RuleIn, Trigger } from '../../../src/coaching/domain/rules.js';
import type {
  EffectOut,
  ItemDetailOut,
  ItemOut,
  ItemsOut,
  KINDS,
  MyItemOut,
  MyItemsOut,
  OpenWarningsOut,
  RuleOut,
  RulesOut,
  RunOut,
  STATUSES,
} from '../../../src/coaching/schemas.js';
import { api } from '../app/api.js';

export type { Action, RuleIn, Trigger };
export type Rule = z.infer<typeof RuleOut>;
export type Rules = z.infer<typeof RulesOut>;
export type Item = z.infer<typeof ItemOut>;
export type ItemDetail = z.infer<typeof ItemDetailOut>;
export type Cause = ItemDetail['cause'];
export type EventEvidence = Extract<Cause, { type: 'events' }>['events'][number];
export type ItemEffect = ItemDetail['effect'];
export type Effect = z.infer<typeof EffectOut>;
export type RuleEffect = Effect['rules'][number];
export type RunResult = z.infer<typeof RunOut>;
export type MyItem = z.infer<typeof MyItemOut>;
export type MyItems = z.infer<typeof MyItemsOut>;
export type ItemStatus = (typeof STATUSES)[number];
export type ItemKind = (typeof KINDS)[number];
export type ItemPage = z.infer<typeof ItemsOut>;
export type ReviewItem = Item & { cause: Cause };
export type OpenWarnings = z.infer<typeof OpenWarningsOut>;
export type Resolution = 'upheld' | 'dismissed';

export interface ItemFilters {
  stationId?: string | undefined;
  driverId?: string | undefined;
  ruleId?: string | undefined;
  status?: ItemStatus | undefined;
  kind?: ItemKind | undefined;
  limit?: number;
  cursor?: string | undefined;
}

const at = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;

export const coachingApi = {
  rules: () => api.get<Rules>('/coaching/rules'),
  createRule: (rule: RuleIn) => api.post<Rule>('/coaching/rules', rule),
  saveRule: (id: string, rule: RuleIn) => api.put<Rule>(at('/coaching/rules', id), rule),
  deleteRule: (id: string) => api.del(at('/coaching/rules', id)),
  run: (stationId: string) => api.post<RunResult>('/coaching/run', { stationId }),
  items: (filters: ItemFilters) => api.get<ItemPage>('/coaching/items', { ...filters }),
  review: (stationId: string) => api.get<{ items: ReviewItem[] }>('/coaching/review', { stationId }),
  reviewCount: (stationId: string) => api.get<{ count: number }>('/coaching/review/count', { stationId }),
  send: (id: string, note?: string) =>
    api.post<ItemDetail>(`${at('/coaching/items', id)}/send`, note === undefined ? {} : { note }),
  editNote: (id: string, note: string) => api.put<ItemDetail>(`${at('/coaching/items', id)}/note`, { note }),
  dismiss: (id: string, note: string) =>
    api.post<ItemDetail>(`${at('/coaching/items', id)}/dismiss`, { note }),
  openWarnings: (stationId: string) => api.get<OpenWarnings>('/coaching/open-warnings', { stationId }),
  item: (id: string) => api.get<ItemDetail>(at('/coaching/items', id)),
  resolve: (id: string, resolution: Resolution, note: string) =>
    api.post<ItemDetail>(`${at('/coaching/items', id)}/resolve`, { resolution, note }),
  held: (id: string, note: string) => api.post<ItemDetail>(`${at('/coaching/items', id)}/held`, { note }),
  effect: (stationId: string, weeks: number) => api.get<Effect>('/coaching/effect', { stationId, weeks }),
  mine: () => api.get<MyItems>('/me/coaching'),
  acknowledge: (id: string, signature?: string) =>
    api.post<MyItem>(`${at('/me/coaching', id)}/acknowledge`, signature ? { signature } : {}),
  dispute: (id: string, text: string) => api.post<MyItem>(`${at('/me/coaching', id)}/dispute`, { text }),
};

export const coachingKeys = {
  all: ['coaching'] as const,
  rules: ['coaching', 'rules'] as const,
  items: (filters: ItemFilters) => ['coaching', 'items', filters] as const,
  item: (id: string) => ['coaching', 'item', id] as const,
  review: (stationId: string) => ['coaching', 'review', stationId] as const,
  openWarnings: (stationId: string) => ['coaching', 'open-warnings', stationId] as const,
  effect: (stationId: string, weeks: number) => ['coaching', 'effect', stationId, weeks] as const,
  mine: ['me', 'coaching'] as const,
};
