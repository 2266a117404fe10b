import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { OnboardingRecordsTable, OnboardingStatus } from '../db/schema.js';
import { DEFAULT_ONBOARDING_STEPS, stepApplies } from '../people/domain/onboarding.js';
import { insertRecords, insertSteps, toStep } from '../people/onboarding-store.js';
import type { Driver } from '../people/store.js';
import { addDays } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import { atUtcHour } from './clock.js';
import { pick } from './random.js';

/** How far along each DA is: applicants have barely started, onboarding DAs are mid-way, actives are done. */
function stepStatuses(rand: () => number, d: Driver, count: number): OnboardingStatus[] {
  if (d.status === 'active' || d.status === 'inactive' || d.status === 'terminated') {
    return Array.from({ length: count }, () => 'done');
  }
  const reached = d.status === 'applicant' ? Math.floor(rand() * 3) : 3 + Math.floor(rand() * (count - 2));
  const statuses: OnboardingStatus[] = Array.from({ length: count }, (_, i) =>
    i < reached ? 'done' : 'todo',
  );
  // A few candidates fail the drug test or the background check.
  if (d.status === 'onboarding' && rand() < 0.08) statuses[Math.min(reached, 3)] = 'failed';
  return statuses;
}

const FAILED_NOTES = ['Result not acceptable under our policy.', 'Disqualifying result; candidate told.'];

/** The org's onboarding checklist (audited), and each DA's progress through it. */
export async function demoOnboarding(
  trx: Db,
  ctx: { orgId: string; system: AuditActor },
  rand: () => number,
  drivers: readonly Driver[],
  todayOf: (d: Driver) => string,
  managerLabel: string,
): Promise<{ steps: number; records: number }> {
  const stepRows = await insertSteps(
    trx,
    ctx.orgId,
    DEFAULT_ONBOARDING_STEPS.map((s, i) => ({ ...s, position: i + 1 })),
  );
  for (const row of stepRows) {
    await recordAudit(trx, ctx.system, {
      entity: 'onboarding_step',
      entityId: row.id,
      before: null,
      after: row,
    });
  }
  const steps = stepRows.map(toStep);

  const onboarding: OnboardingRecordsTable[] = [];
  for (const d of drivers) {
    const mine = steps.filter((s) => stepApplies(s, d.vanTypes));
    const statuses = stepStatuses(rand, d, mine.length);
    const started = d.hireDate ?? addDays(todayOf(d), -Math.floor(rand() * 10));
    mine.forEach((step, i) => {
      const status = statuses[i] ?? 'todo';
      if (status === 'todo') return;
      onboarding.push({
        org_id: ctx.orgId,
        id: newId(),
        driver_id: d.id,
        step_id: step.id,
        status,
        note: status === 'failed' ? pick(rand, FAILED_NOTES) : null,
        document_id: null,
        expiry: null,
        updated_by: managerLabel,
        updated_at: atUtcHour(addDays(started, i), 16),
      });
    });
  }
  await insertRecords(trx, onboarding);
  return { steps: steps.length, records: onboarding.length };
}
