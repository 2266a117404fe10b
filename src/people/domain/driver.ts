import { z } from 'zod';
import { US_STATES } from '../../tenancy/domain/station.js';

export const DRIVER_STATUSES = ['applicant', 'onboarding', 'active', 'inactive', 'terminated'] as const;

/** Amazon's Transporter ID: an "A" followed by 12–13 letters and digits (glossary). */
export const TransporterId = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(
    z.string().regex(/^A[A-Z0-9]{12,13}$/, 'A Transporter ID is an A followed by 12–13 letters and digits.'),
  );

/** Phones are stored E.164; a US number may be typed with punctuation or without the +1. */
export const Phone = z
  .string()
  .trim()
  .transform((s) => {
    const digits = s.replace(/[\s().-]/g, '');
    if (/^\d{10}$/.test(digits)) return `+1${digits}`;
    if (/^1\d{10}$/.test(digits)) return `+${digits}`;
    return digits;
  })
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/, 'Use a phone number with country code, e.g. +1 512 555 0123.'));

export const LicenseState = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(US_STATES, { message: 'Use the two-letter US state, e.g. TX.' }));
