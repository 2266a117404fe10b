import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { clock, INSPECTION, INSPECTION_KINDS } from '../inspections/phone-messages.js';
import { InspectionChecklist } from './InspectionChecklist.js';
import { InspectionDamage } from './InspectionDamage.js';
import { InspectionPhotos, InspectionReadings } from './InspectionPhotos.js';
import { InspectionReview, missingByStep } from './InspectionReview.js';
import type { Draft } from './offline-queue.js';

const STEPS = 5;

/** Seconds since the checklist was opened, ticking each second. */
function useElapsed(startedAt: string): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000));
}

/**
 * The inspection, one step at a time: checklist, photos, readings, damage, review. Every change is
 * saved on the phone at once (the caller's `update`); the step is saved too, so a reload resumes there.
 */
export function InspectionFlow({
  draft,
  update,
  onSubmit,
  onDiscard,
  submitting,
}: {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  onSubmit: () => void;
  onDiscard: () => void;
  submitting: boolean;
}) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const elapsed = useElapsed(draft.startedAt);
  const missing = missingByStep(draft, intl);
  const step = Math.min(draft.step, STEPS - 1);
  const goTo = (n: number) => {
    update((d) => ({ ...d, step: n }));
    window.scrollTo({ top: 0 });
  };
  const ready = missing.every((m) => m.length === 0);
  const kind = t(INSPECTION_KINDS[draft.kind]);
  return (
    <div className="driver-stack inspection-flow">
      <header className="inspection-head">
        <h1>
          {kind} · {draft.van.fleetNumber}
        </h1>
        <p className="muted">
          {t(INSPECTION.stepOf, { n: step + 1, of: STEPS })} ·{' '}
          <span className="sr-only">{t(INSPECTION.elapsed, { time: clock(elapsed) })}</span>
          <span aria-hidden="true">⏱ {clock(elapsed)}</span>
        </p>
      </header>
      {step === 0 ? <InspectionChecklist draft={draft} update={update} /> : null}
      {step === 1 ? <InspectionPhotos draft={draft} update={update} /> : null}
      {step === 2 ? <InspectionReadings draft={draft} update={update} /> : null}
      {step === 3 ? <InspectionDamage draft={draft} update={update} /> : null}
      {step === 4 ? (
        <InspectionReview draft={draft} elapsed={elapsed} missing={missing} onGoTo={goTo} />
      ) : null}
      <div className="driver-actions inspection-nav">
        {step < STEPS - 1 ? (
          <>
            {missing[step]?.length ? (
              <p className="hint">
                {t(INSPECTION.missing)} {missing[step]?.join(', ')}
              </p>
            ) : null}
            <button type="button" className="big-button button-primary" onClick={() => goTo(step + 1)}>
              {t(INSPECTION.next)}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="big-button button-primary"
            onClick={onSubmit}
            disabled={!ready || submitting}
          >
            {submitting ? t(INSPECTION.sending) : t(INSPECTION.submit)}
          </button>
        )}
        {step > 0 ? (
          <button type="button" className="big-button button-secondary" onClick={() => goTo(step - 1)}>
            {t(INSPECTION.back)}
          </button>
        ) : null}
        <button type="button" className="big-button button-danger-ghost" onClick={onDiscard}>
          {t(INSPECTION.discard)}
        </button>
      </div>
    </div>
  );
}
