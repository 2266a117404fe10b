import { type Answer, answer, BASE, type Body, client, queryString } from '../app/api.js';

type BoardAnswer = Answer<'/dispatch/board', 'get'>;
export type Board = Extract<BoardAnswer, { changed: true }>;
export type BoardRoute = Board['routes'][number];
export type RouteClose = NonNullable<BoardRoute['close']>;
export type BoardDriver = Board['drivers'][number];
export type BoardShift = NonNullable<BoardDriver['shift']>;
export type BoardVan = Board['vans'][number];
export type BoardRescue = Board['rescues'][number];
export type Replacement = Replacements['replacements'][number];
export type RouteInput = Body<'/dispatch/routes', 'post'>;
export type Replacements = Answer<'/dispatch/routes/{id}/replacements', 'get'>;
export type BuildResult = Answer<'/dispatch/roster/build', 'post'>;
export type OvertimeDecision = BuildResult['overtime'];
/** The dispatcher's answer to the overtime decision; none yet: a plain build. */
export type OvertimeAnswer = NonNullable<Body<'/dispatch/roster/build', 'post'>>;
export type RescueCount = Answer<'/dispatch/rescues/summary', 'get'>['items'][number];

const day = (stationId: string, date: string) => ({ stationId, date: date || undefined });
const onDay = (stationId: string, date: string) => ({ params: { query: { stationId, date } } });
const byId = (id: string) => ({ params: { path: { id } } });

/** The Sunday-to-Saturday week holding a date. */
function weekOf(date: string): { from: string; to: string } {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const sunday = ms - new Date(ms).getUTCDay() * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(sunday), to: iso(sunday + 6 * 86_400_000) };
}

export const dispatchApi = {
  board: (stationId: string, date: string, since?: number) =>
    answer(client.GET('/dispatch/board', { params: { query: { ...day(stationId, date), since } } })),
  assign: (id: string, body: Body<'/dispatch/routes/{id}/assign', 'post'>) =>
    answer(client.POST('/dispatch/routes/{id}/assign', { ...byId(id), body })),
  build: (stationId: string, date: string, decision?: OvertimeAnswer) =>
    answer(client.POST('/dispatch/roster/build', { ...onDay(stationId, date), body: decision ?? {} })),
  publish: (stationId: string, date: string) =>
    answer(client.POST('/dispatch/roster/publish', onDay(stationId, date))),
  addRoute: (stationId: string, date: string, body: RouteInput) =>
    answer(client.POST('/dispatch/routes', { ...onDay(stationId, date), body })),
  removeRoute: (id: string, version: number) =>
    answer(client.DELETE('/dispatch/routes/{id}', { params: { path: { id }, query: { version } } })),
  replacements: (id: string) => answer(client.GET('/dispatch/routes/{id}/replacements', byId(id))),
  callout: (body: Body<'/dispatch/callouts', 'post'>) => answer(client.POST('/dispatch/callouts', { body })),
  checkIn: (id: string) => answer(client.POST('/dispatch/shifts/{id}/check-in', byId(id))),
  close: (id: string, body: Body<'/dispatch/routes/{id}/close', 'post'>) =>
    answer(client.POST('/dispatch/routes/{id}/close', { ...byId(id), body })),
  rescue: (body: Body<'/dispatch/rescues', 'post'>) => answer(client.POST('/dispatch/rescues', { body })),
  removeRescue: (id: string) => answer(client.DELETE('/dispatch/rescues/{id}', byId(id))),
  standby: (stationId: string, date: string) =>
    answer(client.GET('/dispatch/standby', { params: { query: day(stationId, date) } })),
  rescueCounts: (stationId: string, date: string) =>
    answer(client.GET('/dispatch/rescues/summary', { params: { query: { stationId, ...weekOf(date) } } })),
  exportUrl: (stationId: string, date: string, format: 'csv' | 'xlsx' | 'pdf') =>
    `${BASE}/dispatch/roster/export${queryString({ stationId, date, format })}`,
};
