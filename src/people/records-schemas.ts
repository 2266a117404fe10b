import { z } from 'zod';
import { FileOut } from '../files/schemas.js';
import type { AttendanceEvent } from './attendance-store.js';
import {
  ATTENDANCE_KINDS,
  type AttendancePolicy,
  type AttendanceSummary,
  tenthsToPoints as points,
  pointsToTenths as tenths,
  type WindowCounts,
} from './domain/attendance.js';
import { DOCUMENT_TYPES } from './domain/documents.js';
import { DRIVER_STATUSES } from './domain/driver.js';
import { EXPIRY_BUCKETS } from './domain/expiry.js';
import { ONBOARDING_STATUSES } from './domain/onboarding.js';

/** Response schemas of the DA records (onboarding, documents, attendance, ratings, notes). */

export const StepOut = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  position: z.number(),
  appliesTo: z.enum(['all', 'step_van']),
  documentType: z.enum(DOCUMENT_TYPES).nullable(),
  active: z.boolean(),
});

export const ProgressOut = z.object({
  complete: z.number(),
  total: z.number(),
  failed: z.number(),
  ready: z.boolean(),
});

export const ChecklistOut = z.object({
  items: z.array(
    z.object({
      step: StepOut,
      status: z.enum(ONBOARDING_STATUSES),
      note: z.string().nullable(),
      documentId: z.string().nullable(),
      expiry: z.string().nullable(),
      updatedBy: z.string().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
  progress: ProgressOut,
});

export const DriverBrief = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  homeStationId: z.string(),
  status: z.enum(DRIVER_STATUSES),
});

export const DocumentOut = z.object({
  id: z.string(),
  driverId: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  fileId: z.string().nullable(),
  file: FileOut.nullable(),
  expiry: z.string().nullable(),
  bucket: z.enum(EXPIRY_BUCKETS).nullable(),
  note: z.string().nullable(),
  status: z.enum(['pending_review', 'approved', 'rejected']),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});

export const ExpiringOut = z.object({
  driver: DriverBrief,
  type: z.enum(DOCUMENT_TYPES),
  expiry: z.string(),
  bucket: z.enum(EXPIRY_BUCKETS),
  source: z.enum(['profile', 'document']),
  documentId: z.string().nullable(),
  daysLeft: z.number(),
});

export const EventOut = z.object({
  id: z.string(),
  driverId: z.string(),
  date: z.string(),
  kind: z.enum(ATTENDANCE_KINDS),
  noticeHours: z.number().nullable(),
  lateMinutes: z.number().nullable(),
  reason: z.string().nullable(),
  excused: z.boolean(),
  excusedBy: z.string().nullable(),
  excusedAt: z.string().nullable(),
  excuseNote: z.string().nullable(),
  points: z.number(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  removed: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string().nullable() }).nullable(),
});

export const eventOut = (e: AttendanceEvent): z.infer<typeof EventOut> => ({
  id: e.id,
  driverId: e.driverId,
  date: e.date,
  kind: e.kind,
  noticeHours: e.noticeMinutes === null ? null : Math.round(e.noticeMinutes / 6) / 10,
  lateMinutes: e.lateMinutes,
  reason: e.reason,
  excused: e.excused,
  excusedBy: e.excusedBy,
  excusedAt: e.excusedAt,
  excuseNote: e.excuseNote,
  points: points(e.pointsTenths),
  recordedBy: e.recordedBy,
  recordedAt: e.recordedAt,
  removed: e.deletedAt ? { at: e.deletedAt, by: e.deletedBy, reason: e.deleteReason } : null,
});

const WindowOut = z.object({
  days: z.number(),
  counts: z.object(
    Object.fromEntries(ATTENDANCE_KINDS.map((k) => [k, z.number()])) as Record<
      (typeof ATTENDANCE_KINDS)[number],
      z.ZodNumber
    >,
  ),
  points: z.number(),
});

export const SummaryOut = z.object({
  last30: WindowOut,
  last90: WindowOut,
  policyWindow: WindowOut,
  flagged: z.boolean(),
  flagPoints: z.number(),
});

const windowOut = (w: WindowCounts) => ({ days: w.days, counts: w.counts, points: points(w.pointsTenths) });

export const summaryOut = (s: AttendanceSummary, policy: AttendancePolicy): z.infer<typeof SummaryOut> => ({
  last30: windowOut(s.last30),
  last90: windowOut(s.last90),
  policyWindow: windowOut(s.policyWindow),
  flagged: s.flagged,
  flagPoints: points(policy.flagTenths),
});

/** Points in whole or tenth points, e.g. 0.5. */
const Points = z
  .number()
  .min(0)
  .max(100)
  .refine((p) => Math.abs(p * 10 - Math.round(p * 10)) < 1e-9, 'Use whole points or tenths, e.g. 0.5.');

export const PolicyFields = {
  ncnsPoints: Points,
  calloutShortNoticePoints: Points,
  calloutPoints: Points,
  shortNoticeHours: z.number().int().min(0).max(72),
  latePoints: Points,
  lateGraceMinutes: z.number().int().min(0).max(120),
  leftEarlyPoints: Points,
  sentHomePoints: Points,
  flagPoints: Points.refine((p) => p > 0, 'The flag needs at least some points.'),
  windowDays: z.number().int().min(7).max(365),
};
export const PolicyIn = z.strictObject(PolicyFields);
export const PolicyOut = z.object({
  ...PolicyFields,
  flagPoints: z.number(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const policyOut = (p: AttendancePolicy) => ({
  ncnsPoints: points(p.ncnsTenths),
  calloutShortNoticePoints: points(p.calloutShortTenths),
  calloutPoints: points(p.calloutTenths),
  shortNoticeHours: p.shortNoticeHours,
  latePoints: points(p.lateTenths),
  lateGraceMinutes: p.lateGraceMinutes,
  leftEarlyPoints: points(p.leftEarlyTenths),
  sentHomePoints: points(p.sentHomeTenths),
  flagPoints: points(p.flagTenths),
  windowDays: p.windowDays,
});

export const policyIn = (p: z.infer<typeof PolicyIn>): AttendancePolicy => ({
  ncnsTenths: tenths(p.ncnsPoints),
  calloutShortTenths: tenths(p.calloutShortNoticePoints),
  calloutTenths: tenths(p.calloutPoints),
  shortNoticeHours: p.shortNoticeHours,
  lateTenths: tenths(p.latePoints),
  lateGraceMinutes: p.lateGraceMinutes,
  leftEarlyTenths: tenths(p.leftEarlyPoints),
  sentHomeTenths: tenths(p.sentHomePoints),
  flagTenths: tenths(p.flagPoints),
  windowDays: p.windowDays,
});

export const RatingOut = z.object({
  id: z.string(),
  rating: z.number(),
  comment: z.string().nullable(),
  ratedBy: z.string(),
  createdAt: z.string(),
});

export const NoteOut = z.object({
  id: z.string(),
  body: z.string(),
  author: z.string(),
  createdAt: z.string(),
});

/** The attendance line of a DA on the DAs list and profile: points in the policy's window and the flag. */
export const AttendanceBrief = z.object({ points: z.number(), windowDays: z.number(), flagged: z.boolean() });

export const attendanceBrief = (s: AttendanceSummary) => ({
  points: points(s.policyWindow.pointsTenths),
  windowDays: s.policyWindow.days,
  flagged: s.flagged,
});
