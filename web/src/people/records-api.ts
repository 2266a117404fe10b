import { api, request } from '../app/api.js';
import type { FileRef } from '../files/api.js';
import type { DriverStatus, VanType } from './api.js';

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
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type DocumentStatus = 'pending_review' | 'approved' | 'rejected';
export type ExpiryBucket = 'expired' | 'within7' | 'within14' | 'within30' | 'later';

export const ONBOARDING_STATUSES = ['todo', 'done', 'waived', 'failed'] as const;
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

export const ATTENDANCE_KINDS = ['callout', 'ncns', 'late', 'left_early', 'sent_home'] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

export interface OnboardingStep {
  id: string;
  key: string;
  label: string;
  position: number;
  appliesTo: 'all' | 'step_van';
  documentType: DocumentType | null;
  active: boolean;
}

export interface Progress {
  complete: number;
  total: number;
  failed: number;
  ready: boolean;
}

export interface ChecklistItem {
  step: OnboardingStep;
  status: OnboardingStatus;
  note: string | null;
  documentId: string | null;
  expiry: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Checklist {
  items: ChecklistItem[];
  progress: Progress;
}

export interface DriverBrief {
  id: string;
  firstName: string;
  lastName: string;
  homeStationId: string;
  status: DriverStatus;
}

export interface BoardItem {
  driver: DriverBrief & { vanTypes: VanType[] };
  steps: Record<string, OnboardingStatus>;
  progress: Progress;
}

export interface DriverDocument {
  id: string;
  driverId: string;
  type: DocumentType;
  fileId: string | null;
  file: FileRef | null;
  expiry: string | null;
  bucket: ExpiryBucket | null;
  note: string | null;
  status: DocumentStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  uploadedBy: string;
  createdAt: string;
}

export interface ExpiringItem {
  driver: DriverBrief;
  type: DocumentType;
  expiry: string;
  bucket: ExpiryBucket;
  source: 'profile' | 'document';
  documentId: string | null;
  daysLeft: number;
}

export interface AttendanceEvent {
  id: string;
  driverId: string;
  date: string;
  kind: AttendanceKind;
  noticeHours: number | null;
  lateMinutes: number | null;
  reason: string | null;
  excused: boolean;
  excusedBy: string | null;
  excusedAt: string | null;
  excuseNote: string | null;
  points: number;
  recordedBy: string;
  recordedAt: string;
  removed: { at: string; by: string | null; reason: string | null } | null;
}

export interface WindowCounts {
  days: number;
  counts: Record<AttendanceKind, number>;
  points: number;
}

export interface AttendanceSummary {
  last30: WindowCounts;
  last90: WindowCounts;
  policyWindow: WindowCounts;
  flagged: boolean;
  flagPoints: number;
}

export interface AttendancePolicy {
  ncnsPoints: number;
  calloutShortNoticePoints: number;
  calloutPoints: number;
  shortNoticeHours: number;
  latePoints: number;
  lateGraceMinutes: number;
  leftEarlyPoints: number;
  sentHomePoints: number;
  flagPoints: number;
  windowDays: number;
}

export interface Rating {
  id: string;
  rating: number;
  comment: string | null;
  ratedBy: string;
  createdAt: string;
}

export interface Note {
  id: string;
  body: string;
  author: string;
  createdAt: string;
}

export interface AttendanceInput {
  date: string;
  kind: AttendanceKind;
  noticeHours?: number;
  lateMinutes?: number;
  reason?: string;
  excused?: boolean;
}

const driver = (id: string) => `/drivers/${encodeURIComponent(id)}`;
const one = (kind: string, id: string) => `/${kind}/${encodeURIComponent(id)}`;

export const recordsApi = {
  steps: () => api.get<{ items: OnboardingStep[] }>('/onboarding/steps'),
  addStep: (input: { label: string; appliesTo: 'all' | 'step_van'; documentType: DocumentType | null }) =>
    api.post<OnboardingStep>('/onboarding/steps', input),
  changeStep: (id: string, patch: Partial<Pick<OnboardingStep, 'label' | 'appliesTo' | 'active'>>) =>
    api.patch<OnboardingStep>(one('onboarding/steps', id), patch),
  orderSteps: (ids: string[]) => api.put<{ items: OnboardingStep[] }>('/onboarding/steps/order', { ids }),
  board: (stationId?: string) =>
    api.get<{ steps: OnboardingStep[]; items: BoardItem[] }>('/onboarding', { stationId }),
  checklist: (id: string) => api.get<Checklist>(`${driver(id)}/onboarding`),
  setStep: (
    id: string,
    stepId: string,
    body: { status: OnboardingStatus; note?: string; documentId?: string | null; expiry?: string | null },
  ) => api.put<Checklist>(`${driver(id)}/onboarding/${encodeURIComponent(stepId)}`, body),

  documents: (id: string) => api.get<{ items: DriverDocument[] }>(`${driver(id)}/documents`),
  addDocument: (
    id: string,
    body: { type: DocumentType; fileId: string | null; expiry: string | null; note: string | null },
  ) => api.post<DriverDocument>(`${driver(id)}/documents`, body),
  approveDocument: (id: string, expiry?: string) =>
    api.post<DriverDocument>(`${one('documents', id)}/approve`, expiry ? { expiry } : {}),
  rejectDocument: (id: string, reason: string) =>
    api.post<DriverDocument>(`${one('documents', id)}/reject`, { reason }),
  removeDocument: (id: string) => api.del(one('documents', id)),
  expiring: (within: 30 | 14 | 7, stationId?: string) =>
    api.get<{ items: ExpiringItem[] }>('/documents/expiring', { within, stationId }),
  pending: (stationId?: string) =>
    api.get<{ items: (DriverDocument & { driver: DriverBrief })[] }>('/documents/pending', { stationId }),

  attendance: (id: string) =>
    api.get<{ today: string; items: AttendanceEvent[]; summary: AttendanceSummary }>(
      `${driver(id)}/attendance`,
    ),
  recordAttendance: (id: string, body: AttendanceInput) =>
    api.post<AttendanceEvent>(`${driver(id)}/attendance`, body),
  excuse: (id: string, excused: boolean, note?: string) =>
    api.post<AttendanceEvent>(`${one('attendance', id)}/excuse`, { excused, ...(note ? { note } : {}) }),
  removeAttendance: (id: string, reason: string) =>
    request<AttendanceEvent>('DELETE', one('attendance', id), { reason }),
  policy: () =>
    api.get<AttendancePolicy & { updatedBy: string | null; updatedAt: string | null }>('/attendance/policy'),
  changePolicy: (policy: AttendancePolicy) =>
    api.put<AttendancePolicy & { recomputed: number }>('/attendance/policy', policy),

  ratings: (id: string) => api.get<{ current: Rating | null; history: Rating[] }>(`${driver(id)}/ratings`),
  rate: (id: string, rating: number, comment: string) =>
    api.post<Rating>(`${driver(id)}/ratings`, { rating, comment: comment.trim() || null }),
  notes: (id: string) => api.get<{ items: Note[] }>(`${driver(id)}/notes`),
  addNote: (id: string, body: string) => api.post<Note>(`${driver(id)}/notes`, { body }),
  removeNote: (id: string) => api.del(one('notes', id)),

  myDocuments: () =>
    api.get<{
      today: string;
      licenseExpiry: string | null;
      dotMedicalExpiry: string | null;
      needsDotMedical: boolean;
      items: DriverDocument[];
    }>('/me/documents'),
  sendMyDocument: (body: {
    type: 'drivers_license' | 'dot_medical_card';
    fileId: string;
    expiry: string;
    note: string | null;
  }) => api.post<DriverDocument>('/me/documents', body),
  myAttendance: () =>
    api.get<{
      today: string;
      items: AttendanceEvent[];
      summary: AttendanceSummary;
      policy: AttendancePolicy;
    }>('/me/attendance'),
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
