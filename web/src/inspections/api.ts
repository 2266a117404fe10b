import { type Answer, answer, type Body, client, type Params } from '../app/api.js';
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
] as const satisfies readonly Damage['panels'][number][];
export type Panel = (typeof PANELS)[number];

export const BODY_SIDES = [
  'front',
  'rear',
  'driver_side',
  'passenger_side',
] as const satisfies readonly (keyof Inspection['bodyPhotos'])[];
export type BodySide = (typeof BODY_SIDES)[number];

export const SEVERITIES = ['minor', 'moderate', 'major'] as const satisfies readonly NonNullable<
  Damage['severity']
>[];
export type Severity = (typeof SEVERITIES)[number];
export const CLAIM_STATUSES = [
  'none',
  'open',
  'submitted',
  'approved',
  'denied',
  'paid',
  'closed',
] as const satisfies readonly Damage['claimStatus'][];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export type Inspection = Answer<'/inspections/{id}', 'get'>;
export type InspectionSummary = Answer<'/vans/{id}/inspections', 'get'>['items'][number];
export type InspectionKind = InspectionSummary['kind'];
export type CheckResult = Inspection['items'][number]['result'];
export type TemplateItem = ChecklistTemplate['items'][number];
/** What the phone sends (photos uploaded first, by id). */
export type InspectionInput = Body<'/me/inspections', 'post'>;
export type InspectableVan = Answer<'/inspections/today', 'get'>['items'][number];
export type PreTripStatus = InspectableVan['preTripToday'];
export type InspectionStart = Answer<'/me/inspections/start', 'get'>;
export type Damage = Answer<'/damage/{id}', 'get'>;
export type Repair = Damage['repairs'][number];
export type DamageInput = Body<'/vans/{id}/damage', 'post'>;
export type RepairInput = Body<'/damage/{id}/repairs', 'post'>;
export type Alert = Answer<'/alerts', 'get'>['items'][number];
export type InspectionFilter = Params<'/vans/{id}/inspections', 'get'>;
/** A van type's DVIC checklist; `saved` is false while it is still the default. */
export type ChecklistTemplate = Answer<'/inspection-templates', 'get'>['items'][number];

const byId = (id: string) => ({ params: { path: { id } } });

export const inspectionsApi = {
  vanInspections: (id: string, filter: InspectionFilter) =>
    answer(
      client.GET('/vans/{id}/inspections', { params: { path: { id }, query: { limit: 50, ...filter } } }),
    ),
  inspection: (id: string) => answer(client.GET('/inspections/{id}', byId(id))),
  /** Every van in scope with today's pre-trip status (its station's date). */
  today: (stationId?: string) =>
    answer(client.GET('/inspections/today', { params: { query: { stationId } } })),
  vanDamage: (id: string) => answer(client.GET('/vans/{id}/damage', byId(id))),
  createDamage: (id: string, input: DamageInput) =>
    answer(client.POST('/vans/{id}/damage', { ...byId(id), body: input })),
  updateDamage: (id: string, patch: Body<'/damage/{id}', 'patch'>) =>
    answer(client.PATCH('/damage/{id}', { ...byId(id), body: patch })),
  removeDamage: (id: string) => answer(client.DELETE('/damage/{id}', byId(id))),
  addRepair: (id: string, input: RepairInput) =>
    answer(client.POST('/damage/{id}/repairs', { ...byId(id), body: input })),
  removeRepair: (id: string, repairId: string) =>
    answer(client.DELETE('/damage/{id}/repairs/{repairId}', { params: { path: { id, repairId } } })),
  alerts: (open: boolean, stationId?: string) =>
    answer(
      client.GET('/alerts', { params: { query: { open: open ? 'true' : 'false', stationId, limit: 20 } } }),
    ),
  acknowledge: (id: string) => answer(client.POST('/alerts/{id}/acknowledge', byId(id))),
  templates: () => answer(client.GET('/inspection-templates')),
  saveTemplate: (vanType: VanType, items: TemplateItem[]) =>
    answer(client.PUT('/inspection-templates/{vanType}', { params: { path: { vanType } }, body: { items } })),
};

/** The DA's own routes (the phone). */
export const myInspectionsApi = {
  vans: () => answer(client.GET('/me/inspections/vans')),
  start: (vanId: string) => answer(client.GET('/me/inspections/start', { params: { query: { vanId } } })),
  submit: (input: InspectionInput) => answer(client.POST('/me/inspections', { body: input })),
  mine: () => answer(client.GET('/me/inspections', { params: { query: { limit: 20 } } })),
};

/** Every inspection, damage and alert query starts with this key: one invalidation refreshes them all. */
export const INSPECTIONS_KEY = ['inspections'] as const;
