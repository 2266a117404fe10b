import { type Answer, answer, type Body, client } from '../app/api.js';

/** The records kept on a DA beside the profile: onboarding, documents, attendance, rating and notes. */

export const DOCUMENT_TYPES = [
  'drivers_license',
  'dot_medical_card',
  'background_check',
  'mvr',
  'drug_test',
  'i9',
  'w4',
  'handbook',
  'training',
  'other',
] as const satisfies readonly DriverDocument['type'][];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const ONBOARDING_STATUSES = [
  'todo',
  'done',
  'waived',
  'failed',
] as const satisfies readonly ChecklistItem['status'][];
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

export const ATTENDANCE_KINDS = [
  'callout',
  'ncns',
  'late',
  'left_early',
  'sent_home',
] as const satisfies readonly AttendanceEvent['kind'][];
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

export type OnboardingStep = Answer<'/onboarding/steps', 'get'>['items'][number];
export type Checklist = Answer<'/drivers/{id}/onboarding', 'get'>;
export type ChecklistItem = Checklist['items'][number];
export type Progress = Checklist['progress'];
export type BoardItem = Answer<'/onboarding', 'get'>['items'][number];
export type DriverDocument = Answer<'/drivers/{id}/documents', 'get'>['items'][number];
export type DocumentStatus = DriverDocument['status'];
export type ExpiringItem = Answer<'/documents/expiring', 'get'>['items'][number];
export type ExpiryBucket = ExpiringItem['bucket'];
export type DriverBrief = ExpiringItem['driver'];
export type Attendance = Answer<'/drivers/{id}/attendance', 'get'>;
export type AttendanceEvent = Attendance['items'][number];
export type AttendanceSummary = Attendance['summary'];
export type WindowCounts = AttendanceSummary['last30'];
export type AttendancePolicy = Body<'/attendance/policy', 'put'>;
export type AttendanceInput = Body<'/drivers/{id}/attendance', 'post'>;
export type Rating = Answer<'/drivers/{id}/ratings', 'get'>['history'][number];
export type Note = Answer<'/drivers/{id}/notes', 'get'>['items'][number];

const byId = (id: string) => ({ params: { path: { id } } });
const atStation = (stationId?: string) => ({ params: { query: { stationId } } });

export const recordsApi = {
  steps: () => answer(client.GET('/onboarding/steps')),
  addStep: (input: Body<'/onboarding/steps', 'post'>) =>
    answer(client.POST('/onboarding/steps', { body: input })),
  changeStep: (id: string, patch: Body<'/onboarding/steps/{id}', 'patch'>) =>
    answer(client.PATCH('/onboarding/steps/{id}', { ...byId(id), body: patch })),
  orderSteps: (ids: string[]) => answer(client.PUT('/onboarding/steps/order', { body: { ids } })),
  board: (stationId?: string) => answer(client.GET('/onboarding', atStation(stationId))),
  checklist: (id: string) => answer(client.GET('/drivers/{id}/onboarding', byId(id))),
  setStep: (id: string, stepId: string, body: Body<'/drivers/{id}/onboarding/{stepId}', 'put'>) =>
    answer(client.PUT('/drivers/{id}/onboarding/{stepId}', { params: { path: { id, stepId } }, body })),

  documents: (id: string) => answer(client.GET('/drivers/{id}/documents', byId(id))),
  addDocument: (id: string, body: Body<'/drivers/{id}/documents', 'post'>) =>
    answer(client.POST('/drivers/{id}/documents', { ...byId(id), body })),
  approveDocument: (id: string, expiry?: string) =>
    answer(client.POST('/documents/{id}/approve', { ...byId(id), body: expiry ? { expiry } : {} })),
  rejectDocument: (id: string, reason: string) =>
    answer(client.POST('/documents/{id}/reject', { ...byId(id), body: { reason } })),
  removeDocument: (id: string) => answer(client.DELETE('/documents/{id}', byId(id))),
  expiring: (within: 30 | 14 | 7, stationId?: string) =>
    answer(client.GET('/documents/expiring', { params: { query: { within: `${within}`, stationId } } })),
  pending: (stationId?: string) => answer(client.GET('/documents/pending', atStation(stationId))),

  attendance: (id: string) => answer(client.GET('/drivers/{id}/attendance', byId(id))),
  recordAttendance: (id: string, body: AttendanceInput) =>
    answer(client.POST('/drivers/{id}/attendance', { ...byId(id), body })),
  excuse: (id: string, excused: boolean, note?: string) =>
    answer(
      client.POST('/attendance/{id}/excuse', { ...byId(id), body: { excused, ...(note ? { note } : {}) } }),
    ),
  removeAttendance: (id: string, reason: string) =>
    answer(client.DELETE('/attendance/{id}', { ...byId(id), body: { reason } })),
  policy: () => answer(client.GET('/attendance/policy')),
  changePolicy: (policy: AttendancePolicy) => answer(client.PUT('/attendance/policy', { body: policy })),

  ratings: (id: string) => answer(client.GET('/drivers/{id}/ratings', byId(id))),
  rate: (id: string, rating: number, comment: string) =>
    answer(
      client.POST('/drivers/{id}/ratings', {
        ...byId(id),
        body: { rating, comment: comment.trim() || null },
      }),
    ),
  notes: (id: string) => answer(client.GET('/drivers/{id}/notes', byId(id))),
  addNote: (id: string, body: string) =>
    answer(client.POST('/drivers/{id}/notes', { ...byId(id), body: { body } })),
  removeNote: (id: string) => answer(client.DELETE('/notes/{id}', byId(id))),

  myDocuments: () => answer(client.GET('/me/documents')),
  sendMyDocument: (body: Body<'/me/documents', 'post'>) => answer(client.POST('/me/documents', { body })),
  myAttendance: () => answer(client.GET('/me/attendance')),
};

/** Query keys: all of a DA's records start with the DAs key, so changing the profile refreshes them too. */
export const recordKeys = {
  checklist: (id: string) => ['drivers', 'checklist', id] as const,
  documents: (id: string) => ['drivers', 'documents', id] as const,
  attendance: (id: string) => ['drivers', 'attendance', id] as const,
  ratings: (id: string) => ['drivers', 'ratings', id] as const,
  notes: (id: string) => ['drivers', 'notes', id] as const,
  board: ['drivers', 'onboarding-board'] as const,
  steps: ['onboarding-steps'] as const,
  expiring: ['drivers', 'expiring'] as const,
  pending: ['drivers', 'pending-documents'] as const,
  policy: ['attendance-policy'] as const,
  mine: ['me', 'records'] as const,
};
