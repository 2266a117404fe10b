import { useEffect, useState } from 'react';
import { KIND_LABELS } from '../inspections/labels.js';
import { clock, type INSPECTION_STRINGS } from '../inspections/phone-strings.js';
import { InspectionChecklist } from './InspectionChecklist.js';
import { InspectionDamage } from './InspectionDamage.js';
import { InspectionPhotos, InspectionReadings } from './InspectionPhotos.js';
import { InspectionReview, missingByStep } from './InspectionReview.js';
import type { Language } from './i18n.js';
import type { Draft } from './offline-queue.js';

type S = (typeof INSPECTION_STRINGS)['en'];

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
  s,
  lang,
}: {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  onSubmit: () => void;
  onDiscard: () => void;
  submitting: boolean;
  s: S;
  lang: Language;
}) {
  const elapsed = useElapsed(draft.startedAt);
  const missing = missingByStep(draft, s, lang);
  const step = Math.min(draft.step, STEPS - 1);
  const goTo = (n: number) => {
    update((d) => ({ ...d, step: n }));
    window.scrollTo({ top: 0 });
  };
  const ready = missing.every((m) => m.length === 0);
  const kind = lang === 'es' ? (draft.kind === 'pre_trip' ? s.preTrip : s.postTrip) : KIND_LABELS[draft.kind];
  return (
    <div className="driver-stack inspection-flow">
      <header className="inspection-head">
        <h1>
          {kind} · {draft.van.fleetNumber}
        </h1>
        <p className="muted">
          {s.stepOf(step + 1, STEPS)} · <span className="sr-only">{s.elapsed(clock(elapsed))}</span>
          <span aria-hidden="true">⏱ {clock(elapsed)}</span>
        </p>
      </header>
      {step === 0 ? <InspectionChecklist draft={draft} update={update} s={s} lang={lang} /> : null}
      {step === 1 ? <InspectionPhotos draft={draft} update={update} s={s} /> : null}
      {step === 2 ? <InspectionReadings draft={draft} update={update} s={s} /> : null}
      {step === 3 ? <InspectionDamage draft={draft} update={update} s={s} lang={lang} /> : null}
      {step === 4 ? (
        <InspectionReview draft={draft} s={s} lang={lang} elapsed={elapsed} missing={missing} onGoTo={goTo} />
      ) : null}
      <div className="driver-actions inspection-nav">
        {step < STEPS - 1 ? (
          <>
            {missing[step]?.length ? (
              <p className="hint">
                {s.missing} {missing[step]?.join(', ')}
              </p>
            ) : null}
            <button type="button" className="big-button button-primary" onClick={() => goTo(step + 1)}>
              {s.next}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="big-button button-primary"
            onClick={onSubmit}
            disabled={!ready || submitting}
          >
            {submitting ? s.sending : s.submit}
          </button>
        )}
        {step > 0 ? (
          <button type="button" className="big-button button-secondary" onClick={() => goTo(step - 1)}>
            {s.back}
          </button>
        ) : null}
        <button type="button" className="big-button button-danger-ghost" onClick={onDiscard}>
          {s.discard}
        </button>
      </div>
    </div>
  );
}
