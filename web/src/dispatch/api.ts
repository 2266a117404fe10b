import type { Conflict } from '../../../src/dispatch/domain/conflicts.js';
import { api } from '../app/api.js';
import type { StandbyPlan } from '../schedule/api.js';

export type { Conflict };

export interface RouteClose {
  actualStart: string;
  actualEnd: string;
  actualMinutes: number;
  overrunMinutes: number;
  stopsCompleted: number | null;
  packagesDelivered: number | null;
  packagesReturned: number | null;
  closedBy: string | null;
  closedAt: string | null;
}

export interface BoardRoute {
  id: string;
  code: string;
  waveTime: string;
  stagingLocation: string | null;
  serviceType: string | null;
  plannedMinutes: number;
  stops: number | null;
  packages: number | null;
  vanType: string;
  driverId: string | null;
  vanId: string | null;
  pinned: boolean;
  why: string[];
  assignedBy: string | null;
  version: number;
  close: RouteClose | null;
  conflicts: Conflict[];
}

export interface BoardShift {
  id: string;
  kind: 'route' | 'standby' | 'training' | 'rescue' | 'office';
  startTime: string;
  minutes: number;
  status: 'scheduled' | 'called_out' | 'no_show';
  confirmedAt: string | null;
  checkedInAt: string | null;
}

export interface BoardDriver {
  id: string;
  name: string;
  transporterId: string | null;
  shift: BoardShift | null;
  cleared: boolean;
  clearanceReasons: string[];
  vanTypes: string[];
  /** Whether the DA said they can work today (pattern, exceptions, time off), and why not. */
  availability: { available: boolean; timeOff: boolean; reason: string | null };
  otherDays: number;
  otherDaysMinutes: number;
  /** For the org's hard caps: minutes on the 6 days before, and when yesterday's route ended. */
  pastSixDaysMinutes: number;
  yesterdayEndMinute: number | null;
  hourlyRateCents: number | null;
  routeId: string | null;
}

export interface BoardVan {
  id: string;
  fleetNumber: string;
  vanType: string;
  status: string;
  statusReason: string | null;
  dispatchable: boolean;
  preTrip: 'passed' | 'failed' | 'missing';
  routeId: string | null;
}

export interface BoardRescue {
  id: string;
  routeId: string;
  rescuerDriverId: string;
  stops: number;
  packages: number;
  startedAt: string;
  endedAt: string | null;
  note: string | null;
}

export interface Board {
  changed: true;
  version: number;
  station: { id: string; code: string; name: string; timeZone: string };
  date: string;
  rosterPublishedAt: string | null;
  routes: BoardRoute[];
  drivers: BoardDriver[];
  vans: BoardVan[];
  rescues: BoardRescue[];
  rules: {
    overtimeAfterMinutes: number;
    weekCapMinutes: number;
    caps: { maxDayMinutes: number; maxSevenDayMinutes: number; minRestMinutes: number };
    maxDaysPerWeek: number;
    defaultHourlyCents: number;
  };
}

export interface Replacement {
  driverId: string;
  name: string;
  group: 'standby' | 'scheduled' | 'off_today';
  checkedIn: boolean;
  vanTypes: string[];
  weekMinutes: number;
  weekMinutesAfter: number;
  overtimeMinutes: number;
  overtimeCostCents: number;
}

export interface Replacements {
  route: { id: string; code: string; version: number };
  replacements: Replacement[];
  leftOut: { reason: string; names: string[]; driverIds: string[] }[];
  /** The free van of the route's type a DA put on it takes (or the one it has), else why none. */
  van: { id: string; fleetNumber: string } | null;
  vanNote: string | null;
}

export interface OvertimeDecision {
  status: 'none' | 'allowed' | 'needs_approval' | 'approved' | 'declined';
  das: {
    driverId: string;
    name: string;
    routeCode: string;
    overtimeMinutes: number;
    weekMinutes: number;
    costCents: number;
  }[];
  minutes: number;
  costCents: number;
  routesCovered: number;
  covers: string[];
  text: string;
}

export interface RouteInput {
  code: string;
  waveTime: string;
  stagingLocation: string | null;
  serviceType: string | null;
  plannedMinutes: number;
  stops: number | null;
  packages: number | null;
  vanType: string;
}

export interface BuildResult {
  version: number;
  assigned: number;
  uncovered: { routeCode: string; reasons: string[] }[];
  causes: { text: string; routeCodes: string[] }[];
  overtime: OvertimeDecision;
  /** DAs off today who could cover the routes waiting on the overtime without any ("call in"). */
  callIn: { routeId: string; routeCode: string; driverId: string; name: string; vanId: string | null }[];
  objective: number;
}

const day = (stationId: string, date: string) => ({ stationId, date: date || undefined });

/** The Sunday-to-Saturday week holding a date. */
function weekOf(date: string): { from: string; to: string } {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const sunday = ms - new Date(ms).getUTCDay() * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(sunday), to: iso(sunday + 6 * 86_400_000) };
}

export interface RescueCount {
  driverId: string;
  name: string;
  rescuesGiven: number;
  stopsTaken: number;
  packagesTaken: number;
  rescuesReceived: number;
  stopsGivenAway: number;
}

export const dispatchApi = {
  board: (stationId: string, date: string, since?: number) =>
    api.get<Board | { changed: false; version: number }>('/dispatch/board', {
      ...day(stationId, date),
      since,
    }),
  assign: (
    routeId: string,
    body: { driverId: string | null; vanId: string | null; version: number; pinned?: boolean },
  ) => api.post<{ version: number; warnings: string[] }>(`/dispatch/routes/${routeId}/assign`, body),
  build: (
    stationId: string,
    date: string,
    decision?: { overtime: 'approve' | 'decline'; approvedMinutes?: number },
  ) => api.post<BuildResult>(`/dispatch/roster/build?stationId=${stationId}&date=${date}`, decision),
  publish: (stationId: string, date: string) =>
    api.post<{ dasNotified: number; uncovered: number }>(
      `/dispatch/roster/publish?stationId=${stationId}&date=${date}`,
    ),
  addRoute: (stationId: string, date: string, body: RouteInput) =>
    api.post<BoardRoute>(`/dispatch/routes?stationId=${stationId}&date=${date}`, body),
  removeRoute: (routeId: string, version: number) =>
    api.del(`/dispatch/routes/${routeId}?version=${version}`),
  replacements: (routeId: string) => api.get<Replacements>(`/dispatch/routes/${routeId}/replacements`),
  callout: (body: {
    stationId: string;
    date: string;
    driverId: string;
    kind: 'callout' | 'ncns';
    noticeHours: number | null;
    reason: string | null;
  }) => api.post<{ uncoveredRouteIds: string[] }>('/dispatch/callouts', body),
  checkIn: (shiftId: string) => api.post(`/dispatch/shifts/${shiftId}/check-in`),
  close: (
    routeId: string,
    body: {
      version: number;
      actualStart: string;
      actualEnd: string;
      stopsCompleted: number;
      packagesDelivered: number;
      packagesReturned: number;
    },
  ) => api.post<BoardRoute>(`/dispatch/routes/${routeId}/close`, body),
  rescue: (body: {
    routeId: string;
    rescuerDriverId: string;
    stops: number;
    packages: number;
    startTime: string;
    endTime: string | null;
    note: string | null;
  }) => api.post<{ id: string }>('/dispatch/rescues', body),
  removeRescue: (id: string) => api.del(`/dispatch/rescues/${id}`),
  standby: (stationId: string, date: string) =>
    api.get<{ target: number; plan: StandbyPlan }>('/dispatch/standby', day(stationId, date)),
  rescueCounts: (stationId: string, date: string) =>
    api.get<{ items: RescueCount[] }>('/dispatch/rescues/summary', { stationId, ...weekOf(date) }),
  exportUrl: (stationId: string, date: string, format: 'csv' | 'xlsx' | 'pdf') =>
    `/api/v1/dispatch/roster/export?stationId=${stationId}&date=${date}&format=${format}`,
};
