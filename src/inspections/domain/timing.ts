import { type FieldProblem, fieldProblem } from '../../app/problems.js';
import type { VanType } from '../../shared/vans.js';

/**
 * Amazon flags a DVIC done faster than 90 seconds as rushed, 5 minutes for a DOT step van (glossary).
 * The limit is the van's, whoever inspects it.
 */
export const rushedUnderSeconds = (vanType: VanType): number => (vanType === 'step_van' ? 300 : 90);

/** Under the limit is rushed; exactly at it is not ("under 90 s"). */
export const isRushed = (durationSeconds: number, vanType: VanType): boolean =>
  durationSeconds < rushedUnderSeconds(vanType);

/**
 * Whole seconds from opening the checklist to pressing submit, both read from the same phone clock,
 * so a phone set to the wrong time still measures the inspection right. Null when submit comes first.
 */
export function inspectionSeconds(startedAt: string, submittedAt: string): number | null {
  const ms = Date.parse(submittedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1000) : null;
}

/** How far ahead of the server a phone's clock may run before its times are not believed. */
const CLOCK_SLACK_MS = 10 * 60_000;
/** How long an inspection may wait on a phone without a connection and still be accepted. */
export const OFFLINE_DAYS = 7;

/**
 * The phone's times are believed when they make sense against when the server got them: started
 * before submitted, neither in the future, and not older than a week offline.
 */
export function timingProblems(startedAt: string, submittedAt: string, receivedAt: string): FieldProblem[] {
  const received = Date.parse(receivedAt);
  if (Date.parse(startedAt) > received + CLOCK_SLACK_MS) {
    return [fieldProblem('startedAt', { code: 'inspection.future' })];
  }
  if (Date.parse(startedAt) < received - OFFLINE_DAYS * 86_400_000) {
    return [fieldProblem('startedAt', { code: 'inspection.tooOld', args: { days: OFFLINE_DAYS } })];
  }
  if (
    inspectionSeconds(startedAt, submittedAt) === null ||
    Date.parse(submittedAt) > received + CLOCK_SLACK_MS
  ) {
    return [fieldProblem('submittedAt', { code: 'inspection.submittedBeforeStarted' })];
  }
  return [];
}
