import { api, type Page } from '../app/api.js';
import type { FileRef } from '../files/api.js';
import type { VanType } from '../people/api.js';

export { VAN_TYPES, type VanType } from '../people/api.js';

export const VAN_STATUSES = ['active', 'grounded', 'in_shop', 'returned'] as const;
export type VanStatus = (typeof VAN_STATUSES)[number];

export const OWNERSHIPS = ['amazon_fleet', 'leased', 'rental', 'owned'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** A van as the server describes it (GET /vans/:id without the history). */
export interface Van {
  id: string;
  stationId: string;
  fleetNumber: string;
  vin: string;
  plate: string | null;
  plateState: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
  vanType: VanType;
  ownership: Ownership;
  lessor: string | null;
  /** Dates are YYYY-MM-DD. */
  ownershipStart: string | null;
  ownershipEnd: string | null;
  monthlyRateCents: number | null;
  odometerMiles: number | null;
  /** UTC instant of the reading. */
  odometerAt: string | null;
  telematicsId: string | null;
  cameraId: string | null;
  status: VanStatus;
  statusReason: string | null;
  /** UTC instant of the last status change. */
  statusSince: string;
  createdAt: string;
  updatedAt: string;
  /** How many maintenance items are overdue or due soon today. */
  maintenance: { overdue: number; dueSoon: number };
}

export interface VanStatusChange {
  status: VanStatus;
  reason: string | null;
  /** manual, inspection, damage, maintenance or import. */
  source: string;
  changedBy: string;
  at: string;
}

export type VanDetail = Van & { statusHistory: VanStatusChange[] };

/** The fields as the server takes them; `null` clears an optional one. */
export interface VanInput {
  stationId: string;
  fleetNumber: string;
  vin: string;
  plate: string | null;
  plateState: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
  vanType: VanType;
  ownership: Ownership;
  lessor: string | null;
  ownershipStart: string | null;
  ownershipEnd: string | null;
  monthlyRateCents: number | null;
  odometerMiles: number | null;
  telematicsId: string | null;
  cameraId: string | null;
}

export type VanPatch = Partial<VanInput>;

export interface VanFilter {
  cursor?: string | undefined;
  q?: string | undefined;
  status?: string | undefined;
  vanType?: string | undefined;
  stationId?: string | undefined;
  limit?: number;
}

export type DueState = 'ok' | 'due_soon' | 'overdue';

export interface LastService {
  date: string;
  odometerMiles: number;
}

export interface DueItem {
  scheduleId: string;
  name: string;
  critical: boolean;
  state: DueState;
  everyMiles: number | null;
  everyDays: number | null;
  lastService: LastService | null;
  dueAtMiles: number | null;
  milesLeft: number | null;
  dueDate: string | null;
  daysLeft: number | null;
}

export interface ServiceRecord {
  id: string;
  vanId: string;
  scheduleId: string | null;
  scheduleName: string | null;
  serviceDate: string;
  odometerMiles: number;
  vendor: string;
  description: string | null;
  costCents: number;
  invoice: FileRef | null;
  notes: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface ServiceInput {
  scheduleId: string | null;
  serviceDate: string;
  odometerMiles: number;
  vendor: string;
  description: string | null;
  costCents: number;
  invoiceFileId: string | null;
  notes: string | null;
}

export interface VanMaintenance {
  items: DueItem[];
  services: ServiceRecord[];
}

export interface Schedule {
  id: string;
  name: string;
  vanTypes: VanType[];
  everyMiles: number | null;
  everyDays: number | null;
  critical: boolean;
  retiredAt: string | null;
}

export type ScheduleInput = Pick<Schedule, 'name' | 'vanTypes' | 'everyMiles' | 'everyDays' | 'critical'>;

export interface FleetSettings {
  groundOnOverdueCritical: boolean;
}

export interface DueListEntry {
  van: Pick<Van, 'id' | 'fleetNumber' | 'vanType' | 'status' | 'stationId' | 'odometerMiles'>;
  item: DueItem;
}

const path = (id: string) => `/vans/${encodeURIComponent(id)}`;

export const fleetApi = {
  vans: (filter: VanFilter) => api.get<Page<Van>>('/vans', { limit: 50, ...filter }),
  van: (id: string) => api.get<VanDetail>(path(id)),
  createVan: (input: VanInput) => api.post<Van>('/vans', input),
  updateVan: (id: string, patch: VanPatch) => api.patch<Van>(path(id), patch),
  changeStatus: (id: string, change: { status: VanStatus; reason?: string }) =>
    api.post<Van>(`${path(id)}/status`, change),
  maintenance: (id: string) => api.get<VanMaintenance>(`${path(id)}/maintenance`),
  recordService: (id: string, input: ServiceInput) => api.post<ServiceRecord>(`${path(id)}/services`, input),
  due: (stationId?: string) => api.get<{ items: DueListEntry[] }>('/maintenance/due', { stationId }),
  schedules: () => api.get<{ items: Schedule[] }>('/maintenance/schedules', { retired: true }),
  createSchedule: (input: ScheduleInput) => api.post<Schedule>('/maintenance/schedules', input),
  updateSchedule: (id: string, patch: Partial<ScheduleInput> & { retired?: boolean }) =>
    api.patch<Schedule>(`/maintenance/schedules/${encodeURIComponent(id)}`, patch),
  removeSchedule: (id: string) =>
    api.del<{ outcome: 'deleted' | 'retired' }>(`/maintenance/schedules/${encodeURIComponent(id)}`),
  settings: () => api.get<FleetSettings>('/fleet/settings'),
  updateSettings: (s: FleetSettings) => api.put<FleetSettings>('/fleet/settings', s),
};

/** Every fleet query starts with this key, so one invalidation refreshes lists, profiles and due lists. */
export const FLEET_KEY = ['fleet'] as const;
