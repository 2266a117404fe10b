import type { VanType } from '../../shared/vans.js';
import { type ExpiryBucket, type ExpiryWindow, expiresWithin, expiryBucket } from './expiry.js';

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

export const DOCUMENT_LABELS: Record<DocumentType, string> = {
  drivers_license: 'Driver’s license',
  dot_medical_card: 'DOT medical card',
  background_check: 'Background check',
  mvr: 'Motor vehicle record',
  drug_test: 'Drug test',
  i9: 'I-9',
  w4: 'W-4',
  handbook: 'Handbook acknowledgement',
  training: 'Amazon training',
  other: 'Other',
};

/**
 * The documents whose expiry is also on the DA's profile, where cleared to drive reads it: approving
 * one of these copies its expiry there.
 */
export const PROFILE_EXPIRY = {
  drivers_license: 'licenseExpiry',
  dot_medical_card: 'dotMedicalExpiry',
} as const satisfies Partial<Record<DocumentType, string>>;

export const isProfileDocument = (t: DocumentType): t is keyof typeof PROFILE_EXPIRY => t in PROFILE_EXPIRY;

/** What a DA may send from their phone: a renewed license or medical card, for a manager to review. */
export const RENEWABLE_BY_DA = ['drivers_license', 'dot_medical_card'] as const;

export interface ExpiringItem {
  type: DocumentType;
  expiry: string;
  bucket: ExpiryBucket;
  /** `profile`: the expiry typed on the DA's profile (the license and DOT card); else the document's. */
  source: 'profile' | 'document';
  documentId: string | null;
}

export interface ExpiryHolder {
  licenseExpiry: string | null;
  dotMedicalExpiry: string | null;
  vanTypes: VanType[];
}

export interface ApprovedDocument {
  id: string;
  type: DocumentType;
  expiry: string | null;
  createdAt: string;
}

/**
 * What a DA must renew within `within` days (or already should have), on their station's `today`.
 * The license and DOT card come from the profile, whether or not a scan was ever uploaded — that is
 * what cleared to drive reads; the DOT card only for DAs who may drive step vans, the only ones who need
 * it. Other documents count by their newest approved copy of each type: a renewal replaces the old one.
 */
export function expiringFor(
  da: ExpiryHolder,
  approved: ApprovedDocument[],
  today: string,
  within: ExpiryWindow,
): ExpiringItem[] {
  const items: ExpiringItem[] = [];
  const add = (
    type: DocumentType,
    expiry: string | null,
    source: ExpiringItem['source'],
    id: string | null,
  ) => {
    if (expiry && expiresWithin(expiry, today, within)) {
      items.push({ type, expiry, bucket: expiryBucket(expiry, today), source, documentId: id });
    }
  };
  add('drivers_license', da.licenseExpiry, 'profile', null);
  if (da.vanTypes.includes('step_van')) add('dot_medical_card', da.dotMedicalExpiry, 'profile', null);
  for (const doc of newestByType(approved)) {
    if (!isProfileDocument(doc.type)) add(doc.type, doc.expiry, 'document', doc.id);
  }
  return items.sort((a, b) => a.expiry.localeCompare(b.expiry));
}

/** The newest document of each type (by upload time, then id). */
export function newestByType<T extends { type: string; createdAt: string; id: string }>(docs: T[]): T[] {
  const newest = new Map<string, T>();
  for (const d of docs) {
    const held = newest.get(d.type);
    if (!held || `${d.createdAt}${d.id}` > `${held.createdAt}${held.id}`) newest.set(d.type, d);
  }
  return [...newest.values()];
}
