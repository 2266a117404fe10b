import { z } from 'zod';
import { US_STATES } from '../../tenancy/domain/station.js';

export const DRIVER_STATUSES = ['applicant', 'onboarding', 'active', 'inactive', 'terminated'] as const;

/** Amazon's Transporter ID: an "A" followed by 12–13 letters and digits (glossary). */
export const TRANSPORTER_ID = /^A[A-Z0-9]{12,13}$/;
export const TransporterId = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(TRANSPORTER_ID, 'A Transporter ID is an A followed by 12–13 letters and digits.'));

/** A phone as typed, in E.164 if it is one: a US number may be typed with punctuation or without the +1. */
export function asE164(typed: string): string {
  const digits = typed.trim().replace(/[\s().-]/g, '');
  if (/^\d{10}$/.test(digits)) return `+1${digits}`;
  if (/^1\d{10}$/.test(digits)) return `+${digits}`;
  return digits;
}
export const E164 = /^\+[1-9]\d{7,14}$/;

/** Phones are stored E.164 (asE164). */
export const Phone = z
  .string()
  .transform(asE164)
  .pipe(z.string().regex(E164, 'Use a phone number with country code, e.g. +1 512 555 0123.'));

export const LicenseState = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(US_STATES, { message: 'Use the two-letter US state, e.g. TX.' }));
