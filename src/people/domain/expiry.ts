import { daysBetween } from '../../shared/days.js';

/**
 * How soon something expires, as a manager's "renew it" list groups it. A document is valid through its
 * expiry date (the same rule as cleared to drive), so it is expired from the day after.
 */
export const EXPIRY_BUCKETS = ['expired', 'within7', 'within14', 'within30', 'later'] as const;
export type ExpiryBucket = (typeof EXPIRY_BUCKETS)[number];

/** The windows a manager asks for: what expires within 30, 14 or 7 days (and what already has). */
export const EXPIRY_WINDOWS = [30, 14, 7] as const;
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

export function expiryBucket(expiry: string, today: string): ExpiryBucket {
  const days = daysBetween(today, expiry);
  if (days < 0) return 'expired';
  if (days <= 7) return 'within7';
  if (days <= 14) return 'within14';
  if (days <= 30) return 'within30';
  return 'later';
}

/** Whether an expiry belongs on the list for `within` days: expired, or expiring in that many days or fewer. */
export function expiresWithin(expiry: string, today: string, within: ExpiryWindow): boolean {
  return daysBetween(today, expiry) <= within;
}
