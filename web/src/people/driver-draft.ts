import { changedFields, text } from '../app/drafts.js';
import { type Driver, type DriverInput, type Language, VAN_TYPES, type VanType } from './api.js';
import { centsToDollars, dollarsToCents, formatPhone } from './labels.js';

/** A DA's profile as the form holds it: text as typed, money in dollars. */
export interface DriverDraft {
  firstName: string;
  lastName: string;
  employeeId: string;
  transporterId: string;
  phone: string;
  email: string;
  language: Language;
  smsConsent: boolean;
  homeStationId: string;
  hourlyRate: string;
  hireDate: string;
  vanTypes: VanType[];
  licenseNumber: string;
  licenseState: string;
  licenseExpiry: string;
  dotMedicalExpiry: string;
}

export function emptyDraft(homeStationId: string): DriverDraft {
  return {
    firstName: '',
    lastName: '',
    employeeId: '',
    transporterId: '',
    phone: '',
    email: '',
    language: 'en',
    smsConsent: false,
    homeStationId,
    hourlyRate: '',
    hireDate: '',
    vanTypes: [],
    licenseNumber: '',
    licenseState: '',
    licenseExpiry: '',
    dotMedicalExpiry: '',
  };
}

export function draftOf(d: Driver): DriverDraft {
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    employeeId: d.employeeId ?? '',
    transporterId: d.transporterId ?? '',
    phone: formatPhone(d.phone),
    email: d.email ?? '',
    language: d.language,
    smsConsent: d.smsConsentAt !== null,
    homeStationId: d.homeStationId,
    hourlyRate: centsToDollars(d.hourlyRateCents),
    hireDate: d.hireDate ?? '',
    vanTypes: d.vanTypes,
    licenseNumber: d.licenseNumber ?? '',
    licenseState: d.licenseState ?? '',
    licenseExpiry: d.licenseExpiry ?? '',
    dotMedicalExpiry: d.dotMedicalExpiry ?? '',
  };
}

/** The draft as the server takes it; blank optional fields are `null` (cleared). */
export function inputOf(d: DriverDraft): DriverInput {
  return {
    firstName: d.firstName.trim(),
    lastName: d.lastName.trim(),
    employeeId: text(d.employeeId),
    transporterId: text(d.transporterId)?.toUpperCase() ?? null,
    phone: text(d.phone),
    email: text(d.email),
    language: d.language,
    smsConsent: d.smsConsent,
    homeStationId: d.homeStationId,
    hourlyRateCents: dollarsToCents(d.hourlyRate) ?? null,
    hireDate: text(d.hireDate),
    vanTypes: VAN_TYPES.filter((t) => d.vanTypes.includes(t)),
    licenseNumber: text(d.licenseNumber),
    licenseState: text(d.licenseState),
    licenseExpiry: text(d.licenseExpiry),
    dotMedicalExpiry: text(d.dotMedicalExpiry),
  };
}

/** Only what changed between two drafts, for a PATCH. */
export const patchOf = (before: DriverDraft, after: DriverDraft): Partial<DriverInput> =>
  changedFields(inputOf(before), inputOf(after));

/** What the form must have before it can be sent: both names, a station, a rate that is an amount. */
export function draftProblems(d: DriverDraft): { hourlyRate?: string } {
  return dollarsToCents(d.hourlyRate) === undefined
    ? { hourlyRate: 'Use dollars and cents, e.g. 21.50.' }
    : {};
}

export const draftReady = (d: DriverDraft) =>
  Boolean(d.firstName.trim() && d.lastName.trim() && d.homeStationId) && !draftProblems(d).hourlyRate;
