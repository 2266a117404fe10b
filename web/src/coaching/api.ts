import { type Answer, answer, type Body, client, type Params } from '../app/api.js';

export type RuleIn = Body<'/coaching/rules', 'post'>;
export type Trigger = RuleIn['trigger'];
export type Action = RuleIn['ladder'][number];
export type Rules = Answer<'/coaching/rules', 'get'>;
export type Rule = Answer<'/coaching/rules', 'post'>;
export type Item = Answer<'/coaching/items', 'get'>['items'][number];
export type ItemDetail = Answer<'/coaching/items/{id}', 'get'>;
export type Cause = ItemDetail['cause'];
export type EventEvidence = Extract<Cause, { type: 'events' }>['events'][number];
export type ItemEffect = ItemDetail['effect'];
export type Effect = Answer<'/coaching/effect', 'get'>;
export type RuleEffect = Effect['rules'][number];
export type RunResult = Answer<'/coaching/run', 'post'>;
export type MyItems = Answer<'/me/coaching', 'get'>;
export type MyItem = Answer<'/me/coaching/{id}/acknowledge', 'post'>;
export type ItemStatus = Item['status'];
export type ItemFilters = Params<'/coaching/items', 'get'>;
export type ItemKind = NonNullable<ItemFilters['kind']>;
export type ItemPage = Answer<'/coaching/items', 'get'>;
export type ReviewItem = Answer<'/coaching/review', 'get'>['items'][number];
export type OpenWarnings = Answer<'/coaching/open-warnings', 'get'>;
export type Resolution = Body<'/coaching/items/{id}/resolve', 'post'>['resolution'];

const byId = (id: string) => ({ params: { path: { id } } });

export const coachingApi = {
  rules: () => answer(client.GET('/coaching/rules')),
  createRule: (rule: RuleIn) => answer(client.POST('/coaching/rules', { body: rule })),
  saveRule: (id: string, rule: RuleIn) =>
    answer(client.PUT('/coaching/rules/{id}', { ...byId(id), body: rule })),
  deleteRule: (id: string) => answer(client.DELETE('/coaching/rules/{id}', byId(id))),
  run: (stationId: string) => answer(client.POST('/coaching/run', { body: { stationId } })),
  items: (filters: ItemFilters) => answer(client.GET('/coaching/items', { params: { query: filters } })),
  review: (stationId: string) => answer(client.GET('/coaching/review', { params: { query: { stationId } } })),
  reviewCount: (stationId: string) =>
    answer(client.GET('/coaching/review/count', { params: { query: { stationId } } })),
  send: (id: string, note?: string) =>
    answer(
      client.POST('/coaching/items/{id}/send', { ...byId(id), body: note === undefined ? {} : { note } }),
    ),
  editNote: (id: string, note: string) =>
    answer(client.PUT('/coaching/items/{id}/note', { ...byId(id), body: { note } })),
  dismiss: (id: string, note: string) =>
    answer(client.POST('/coaching/items/{id}/dismiss', { ...byId(id), body: { note } })),
  openWarnings: (stationId: string) =>
    answer(client.GET('/coaching/open-warnings', { params: { query: { stationId } } })),
  item: (id: string) => answer(client.GET('/coaching/items/{id}', byId(id))),
  resolve: (id: string, resolution: Resolution, note: string) =>
    answer(client.POST('/coaching/items/{id}/resolve', { ...byId(id), body: { resolution, note } })),
  held: (id: string, note: string) =>
    answer(client.POST('/coaching/items/{id}/held', { ...byId(id), body: { note } })),
  effect: (stationId: string, weeks: number) =>
    answer(client.GET('/coaching/effect', { params: { query: { stationId, weeks } } })),
  mine: () => answer(client.GET('/me/coaching')),
  acknowledge: (id: string, signature?: string) =>
    answer(
      client.POST('/me/coaching/{id}/acknowledge', { ...byId(id), body: signature ? { signature } : {} }),
    ),
  dispute: (id: string, text: string) =>
    answer(client.POST('/me/coaching/{id}/dispute', { ...byId(id), body: { text } })),
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
