import type {
  AttendanceKind,
  DocumentStatus,
  DocumentType,
  ExpiryBucket,
  OnboardingStatus,
} from './records-api.js';

type Tone = 'good' | 'bad' | 'neutral' | 'warn';

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

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  pending_review: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const DOCUMENT_STATUS_TONES: Record<DocumentStatus, Tone> = {
  pending_review: 'warn',
  approved: 'good',
  rejected: 'bad',
};

export const ONBOARDING_LABELS: Record<OnboardingStatus, string> = {
  todo: 'To do',
  done: 'Done',
  waived: 'Waived',
  failed: 'Failed',
};

export const ONBOARDING_TONES: Record<OnboardingStatus, Tone> = {
  todo: 'neutral',
  done: 'good',
  waived: 'good',
  failed: 'bad',
};

export const ATTENDANCE_LABELS: Record<AttendanceKind, string> = {
  callout: 'Callout',
  ncns: 'No call, no show',
  late: 'Late',
  left_early: 'Left early',
  sent_home: 'Sent home',
};

export const BUCKET_LABELS: Record<ExpiryBucket, string> = {
  expired: 'Expired',
  within7: 'Within 7 days',
  within14: 'Within 14 days',
  within30: 'Within 30 days',
  later: 'Later',
};

export const BUCKET_TONES: Record<ExpiryBucket, Tone> = {
  expired: 'bad',
  within7: 'bad',
  within14: 'warn',
  within30: 'warn',
  later: 'good',
};

/** Points as a manager says them: "1", "0.5", "2.5 points". */
export const formatPoints = (p: number) => (Number.isInteger(p) ? String(p) : p.toFixed(1));

/** "Expires in 3 days", "Expires today", "Expired 2 days ago". */
export function daysLeftLabel(days: number): string {
  if (days === 0) return 'Expires today';
  if (days > 0) return `Expires in ${days} ${days === 1 ? 'day' : 'days'}`;
  return `Expired ${-days} ${days === -1 ? 'day' : 'days'} ago`;
}
