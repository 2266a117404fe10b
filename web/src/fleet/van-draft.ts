import { normalVin, vinProblem } from '../../../src/fleet/domain/vin.js';
import { changedFields, text } from '../app/drafts.js';
import { centsToDollars, dollarsToCents } from '../people/labels.js';
import type { Ownership, Van, VanInput, VanType } from './api.js';
import { wholeNumber } from './labels.js';

/** A van's record as the form holds it: text as typed, money in dollars. */
export interface VanDraft {
  stationId: string;
  fleetNumber: string;
  vin: string;
  plate: string;
  plateState: string;
  make: string;
  model: string;
  year: string;
  vanType: VanType;
  ownership: Ownership;
  lessor: string;
  ownershipStart: string;
  ownershipEnd: string;
  monthlyRate: string;
  odometerMiles: string;
  telematicsId: string;
  cameraId: string;
}

export function emptyDraft(stationId: string): VanDraft {
  return {
    stationId,
    fleetNumber: '',
    vin: '',
    plate: '',
    plateState: '',
    make: '',
    model: '',
    year: '',
    vanType: 'cdv',
    ownership: 'amazon_fleet',
    lessor: '',
    ownershipStart: '',
    ownershipEnd: '',
    monthlyRate: '',
    odometerMiles: '',
    telematicsId: '',
    cameraId: '',
  };
}

export function draftOf(v: Van): VanDraft {
  return {
    stationId: v.stationId,
    fleetNumber: v.fleetNumber,
    vin: v.vin,
    plate: v.plate ?? '',
    plateState: v.plateState ?? '',
    make: v.make ?? '',
    model: v.model ?? '',
    year: v.year === null ? '' : String(v.year),
    vanType: v.vanType,
    ownership: v.ownership,
    lessor: v.lessor ?? '',
    ownershipStart: v.ownershipStart ?? '',
    ownershipEnd: v.ownershipEnd ?? '',
    monthlyRate: centsToDollars(v.monthlyRateCents),
    odometerMiles: v.odometerMiles === null ? '' : String(v.odometerMiles),
    telematicsId: v.telematicsId ?? '',
    cameraId: v.cameraId ?? '',
  };
}

/** The draft as the server takes it; blank optional fields are `null` (cleared). */
export function inputOf(d: VanDraft): VanInput {
  return {
    stationId: d.stationId,
    fleetNumber: d.fleetNumber.trim(),
    vin: normalVin(d.vin),
    plate: text(d.plate)?.toUpperCase() ?? null,
    plateState: text(d.plateState),
    make: text(d.make),
    model: text(d.model),
    year: wholeNumber(d.year),
    vanType: d.vanType,
    ownership: d.ownership,
    lessor: text(d.lessor),
    ownershipStart: text(d.ownershipStart),
    ownershipEnd: text(d.ownershipEnd),
    monthlyRateCents: dollarsToCents(d.monthlyRate) ?? null,
    odometerMiles: wholeNumber(d.odometerMiles),
    telematicsId: text(d.telematicsId),
    cameraId: text(d.cameraId),
  };
}

/** Only what changed between two drafts, for a PATCH. */
export const patchOf = (before: VanDraft, after: VanDraft): Partial<VanInput> =>
  changedFields(inputOf(before), inputOf(after));

/** Problems the form can see before sending: a full-length VIN the server would refuse, numbers that are not numbers, a lease without a lessor. */
export function draftProblems(d: VanDraft): Partial<Record<keyof VanDraft, string>> {
  const p: Partial<Record<keyof VanDraft, string>> = {};
  const vin = normalVin(d.vin);
  const badVin = vin.length >= 17 ? vinProblem(vin) : null;
  if (badVin) p.vin = badVin;
  if (Number.isNaN(wholeNumber(d.year))) p.year = 'A four-digit year, e.g. 2023.';
  if (Number.isNaN(wholeNumber(d.odometerMiles))) p.odometerMiles = 'Whole miles, e.g. 45210.';
  if (dollarsToCents(d.monthlyRate) === undefined) p.monthlyRate = 'Use dollars and cents, e.g. 1250.00.';
  if (d.ownership === 'leased' && !d.lessor.trim()) p.lessor = 'Name the lessor of a leased van.';
  return p;
}

export const draftReady = (d: VanDraft) =>
  Boolean(d.stationId && d.fleetNumber.trim() && d.vin.trim()) && Object.keys(draftProblems(d)).length === 0;
