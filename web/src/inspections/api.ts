import { api, type Page } from '../app/api.js';
import type { FileRef } from '../files/api.js';
import type { VanType } from '../people/api.js';

export const PANELS = [
  'front_bumper',
  'hood',
  'windshield',
  'roof',
  'driver_side_front',
  'driver_side_rear',
  'passenger_side_front',
  'passenger_side_rear',
  'rear_doors',
  'rear_bumper',
] as const;
export type Panel = (typeof PANELS)[number];

export type InspectionKind = 'pre_trip' | 'post_trip';
export type CheckResult = 'pass' | 'fail' | 'na';
export type PreTripStatus = 'passed' | 'failed' | 'missing';
export const BODY_SIDES = ['front', 'rear', 'driver_side', 'passenger_side'] as const;
export type BodySide = (typeof BODY_SIDES)[number];

export const SEVERITIES = ['minor', 'moderate', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CLAIM_STATUSES = ['none', 'open', 'submitted', 'approved', 'denied', 'paid', 'closed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface TemplateItem {
  key: string;
  label: string;
  critical: boolean;
}

export interface InspectionSummary {
  id: string;
  vanId: string;
  fleetNumber: string;
  stationId: string;
  vanType: VanType;
  kind: InspectionKind;
  businessDate: string;
  driverId: string | null;
  inspectorName: string;
  startedAt: string;
  durationSeconds: number;
  rushed: boolean;
  passed: boolean;
  grounded: boolean;
  failedItems: string[];
  damagePanels: Panel[];
}

export interface Inspection extends InspectionSummary {
  submittedAt: string;
  receivedAt: string;
  rushedUnderSeconds: number;
  odometerMiles: number;
  fuelPercent: number;
  items: (TemplateItem & { result: CheckResult; note: string | null; photos: FileRef[] })[];
  bodyPhotos: Record<BodySide, FileRef | null>;
  odometerPhoto: FileRef | null;
  video: FileRef | null;
  damageMarks: { panel: Panel; note: string | null; photos: FileRef[] }[];
  newDamage: { id: string; panels: Panel[]; attribution: string | null }[];
}

/** What the phone sends (photos uploaded first, by id). */
export interface InspectionInput {
  id: string;
  vanId: string;
  kind: InspectionKind;
  startedAt: string;
  submittedAt: string;
  odometerMiles: number;
  fuelPercent: number;
  items: { key: string; result: CheckResult; note: string | null; photoIds: string[] }[];
  bodyPhotos: Record<BodySide, string>;
  odometerPhotoId: string;
  videoId: string | null;
  damageMarks: { panel: Panel; note: string | null; photoIds: string[] }[];
}

export interface InspectableVan {
  id: string;
  fleetNumber: string;
  stationId: string;
  vanType: VanType;
  make: string | null;
  model: string | null;
  plate: string | null;
  status: string;
  odometerMiles: number | null;
  date: string;
  preTripToday: PreTripStatus;
  /** The van's latest pre-trip that day: the phone warns before a second one. */
  lastPreTripToday: { startedAt: string; inspectorName: string } | null;
}

export interface InspectionStart {
  van: InspectableVan;
  items: TemplateItem[];
  knownDamage: { panel: Panel; note: string | null }[];
  rushedUnderSeconds: number;
}

export interface Repair {
  id: string;
  repairedOn: string;
  vendor: string;
  costCents: number;
  note: string | null;
  invoice: FileRef | null;
  createdAt: string;
}

export interface Damage {
  id: string;
  vanId: string;
  stationId: string;
  panels: Panel[];
  occurredAt: string;
  driverId: string | null;
  driverName: string | null;
  description: string;
  severity: Severity | null;
  thirdParty: boolean;
  thirdPartyDetails: string | null;
  policeReport: string | null;
  claimStatus: ClaimStatus;
  costCents: number | null;
  photos: FileRef[];
  videos: FileRef[];
  source: 'manual' | 'inspection';
  evidence: {
    previous: InspectionSummary | null;
    current: InspectionSummary | null;
    attribution: string | null;
    attributionKind: 'shift' | 'parked' | 'unclear' | null;
  } | null;
  repairs: Repair[];
  repairCostCents: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface DamageInput {
  panels: Panel[];
  occurredAt: string;
  driverId: string | null;
  description: string;
  severity: Severity;
  thirdParty: boolean;
  thirdPartyDetails: string | null;
  policeReport: string | null;
  claimStatus: ClaimStatus;
  costCents: number | null;
  photoIds: string[];
}

export interface RepairInput {
  repairedOn: string;
  vendor: string;
  costCents: number;
  note: string | null;
  invoiceFileId: string | null;
}

export interface Alert {
  id: string;
  stationId: string | null;
  vanId: string | null;
  kind: 'van_grounded' | 'critical_failure' | 'new_damage' | string;
  message: string;
  entity: string;
  entityId: string;
  createdAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
}

export interface InspectionFilter {
  cursor?: string | undefined;
  kind?: InspectionKind | undefined;
  passed?: 'true' | 'false' | undefined;
  rushed?: 'true' | 'false' | undefined;
  limit?: number;
}

const van = (id: string) => `/vans/${encodeURIComponent(id)}`;
const damage = (id: string) => `/damage/${encodeURIComponent(id)}`;

export const inspectionsApi = {
  vanInspections: (vanId: string, filter: InspectionFilter) =>
    api.get<Page<InspectionSummary>>(`${van(vanId)}/inspections`, { limit: 50, ...filter }),
  inspection: (id: string) => api.get<Inspection>(`/inspections/${encodeURIComponent(id)}`),
  /** Every van in scope with today's pre-trip status (its station's date). */
  today: (stationId?: string) => api.get<{ items: InspectableVan[] }>('/inspections/today', { stationId }),
  vanDamage: (vanId: string) => api.get<{ items: Damage[] }>(`${van(vanId)}/damage`),
  createDamage: (vanId: string, input: DamageInput) => api.post<Damage>(`${van(vanId)}/damage`, input),
  updateDamage: (id: string, patch: Partial<DamageInput>) => api.patch<Damage>(damage(id), patch),
  removeDamage: (id: string) => api.del(damage(id)),
  addRepair: (id: string, input: RepairInput) => api.post<Damage>(`${damage(id)}/repairs`, input),
  removeRepair: (id: string, repairId: string) =>
    api.del<Damage>(`${damage(id)}/repairs/${encodeURIComponent(repairId)}`),
  alerts: (open: boolean, stationId?: string) =>
    api.get<Page<Alert>>('/alerts', { open: String(open), stationId, limit: 20 }),
  acknowledge: (id: string) => api.post<Alert>(`/alerts/${encodeURIComponent(id)}/acknowledge`),
  templates: () => api.get<{ items: ChecklistTemplate[] }>('/inspection-templates'),
  saveTemplate: (vanType: VanType, items: TemplateItem[]) =>
    api.put<ChecklistTemplate>(`/inspection-templates/${vanType}`, { items }),
};

/** A van type's DVIC checklist; `saved` is false while it is still the default. */
export interface ChecklistTemplate {
  vanType: VanType;
  items: TemplateItem[];
  saved: boolean;
}

/** The DA's own routes (the phone). */
export const myInspectionsApi = {
  vans: () => api.get<{ items: InspectableVan[] }>('/me/inspections/vans'),
  start: (vanId: string) => api.get<InspectionStart>('/me/inspections/start', { vanId }),
  submit: (input: InspectionInput) => api.post<Inspection>('/me/inspections', input),
  mine: () => api.get<Page<InspectionSummary>>('/me/inspections', { limit: 20 }),
};

/** Every inspection, damage and alert query starts with this key: one invalidation refreshes them all. */
export const INSPECTIONS_KEY = ['inspections'] as const;
