import { api, type Page } from '../app/api.js';

export const VAN_TYPES = ['edv', 'cdv', 'step_van', 'rental'] as const;
export type VanType = (typeof VAN_TYPES)[number];

export const DRIVER_STATUSES = ['applicant', 'onboarding', 'active', 'inactive', 'terminated'] as const;
export type DriverStatus = (typeof DRIVER_STATUSES)[number];

/** The statuses a new DA may start in; inactive and terminated come later, with a reason. */
export const START_STATUSES = ['applicant', 'onboarding', 'active'] as const;

export type Language = 'en' | 'es';

/** Whether the DA may be given work today (their home station's business day), and why not. */
export interface Clearance {
  cleared: boolean;
  reasons: string[];
  /** The van types they may drive today (a step van needs a valid DOT medical card). */
  vanTypes: VanType[];
}

export interface Driver {
  id: string;
  userId: string | null;
  firstName: string;
  lastName: string;
  employeeId: string | null;
  transporterId: string | null;
  /** E.164, e.g. +15125550123. */
  phone: string | null;
  email: string | null;
  language: Language;
  smsConsentAt: string | null;
  homeStationId: string;
  hourlyRateCents: number | null;
  /** Dates are YYYY-MM-DD. */
  hireDate: string | null;
  vanTypes: VanType[];
  licenseNumber: string | null;
  licenseState: string | null;
  licenseExpiry: string | null;
  dotMedicalExpiry: string | null;
  status: DriverStatus;
  statusReason: string | null;
  statusSince: string;
  createdAt: string;
  updatedAt: string;
  clearance: Clearance;
  /** Attendance points in the policy's window (90 days by default) and the flag; on lists and profiles. */
  attendance?: { points: number; windowDays: number; flagged: boolean };
}

export interface StatusChange {
  status: DriverStatus;
  reason: string | null;
  effectiveDate: string;
  changedBy: string;
  at: string;
}

export type DriverDetail = Driver & { statusHistory: StatusChange[] };

/** The profile fields as the server takes them; `null` clears an optional field. */
export interface DriverInput {
  firstName: string;
  lastName: string;
  employeeId: string | null;
  transporterId: string | null;
  phone: string | null;
  email: string | null;
  language: Language;
  smsConsent: boolean;
  homeStationId: string;
  hourlyRateCents: number | null;
  hireDate: string | null;
  vanTypes: VanType[];
  licenseNumber: string | null;
  licenseState: string | null;
  licenseExpiry: string | null;
  dotMedicalExpiry: string | null;
}

export type DriverPatch = Partial<DriverInput>;

export interface DriverFilter {
  cursor?: string | undefined;
  q?: string | undefined;
  status?: string | undefined;
  stationId?: string | undefined;
  cleared?: 'true' | 'false' | undefined;
  /** A document expired or expiring within 30 days. */
  expiring?: 'true' | 'false' | undefined;
  limit?: number;
}

const path = (id: string) => `/drivers/${encodeURIComponent(id)}`;

export const peopleApi = {
  drivers: (filter: DriverFilter) => api.get<Page<Driver>>('/drivers', { limit: 50, ...filter }),
  driver: (id: string) => api.get<DriverDetail>(path(id)),
  createDriver: (input: DriverInput & { status: (typeof START_STATUSES)[number] }) =>
    api.post<Driver>('/drivers', input),
  updateDriver: (id: string, patch: DriverPatch) => api.patch<Driver>(path(id), patch),
  /** The signed-in person's own DA record (null when their login has none). */
  myDriver: () => api.get<{ driver: Driver | null }>('/me/driver'),
  changeStatus: (id: string, change: { status: DriverStatus; reason?: string; effectiveDate?: string }) =>
    api.post<Driver>(`${path(id)}/status`, change),
};

/** Every DA query starts with this key, so one invalidation refreshes lists and profiles alike. */
export const DRIVERS_KEY = ['drivers'] as const;
