import { BODY_SIDES } from '../inspections/api.js';
import { checkLabel, clock, type INSPECTION_STRINGS } from '../inspections/phone-strings.js';
import type { Language } from './i18n.js';
import type { Draft } from './offline-queue.js';

type S = (typeof INSPECTION_STRINGS)['en'];

/** What each step still needs, by step (0 checklist, 1 photos, 2 readings); damage is never required. */
export function missingByStep(d: Draft, s: S, lang: Language): string[][] {
  const checks = d.template.flatMap((t) => {
    const a = d.items[t.key];
    const label = checkLabel(t, lang);
    if (!a?.result) return [label];
    if (a.result === 'fail' && !a.note.trim() && a.photoKeys.length === 0) return [s.whatIsWrong(label)];
    return [];
  });
  const photos = [
    ...BODY_SIDES.filter((side) => !d.body[side]).map((side) => s[side]),
    ...(d.odometerPhoto ? [] : [s.odometerPhoto]),
  ];
  const miles = Number(d.odometerMiles);
  const fuel = Number(d.fuelPercent);
  const readings = [
    ...(d.odometerMiles.trim() === '' || !Number.isInteger(miles) || miles < 0 ? [s.odometer] : []),
    ...(d.fuelPercent.trim() === '' || !Number.isInteger(fuel) || fuel < 0 || fuel > 100
      ? [d.van.vanType === 'edv' ? s.charge : s.fuel]
      : []),
  ];
  return [checks, photos, readings, []];
}

/** The last step: what failed, whether the van will be grounded, what is still missing (step 5). */
export function InspectionReview({
  draft,
  s,
  lang,
  elapsed,
  missing,
  onGoTo,
}: {
  draft: Draft;
  s: S;
  lang: Language;
  elapsed: number;
  missing: string[][];
  onGoTo: (step: number) => void;
}) {
  const failed = draft.template.filter((t) => draft.items[t.key]?.result === 'fail');
  const critical = failed.filter((t) => t.critical);
  const names = (list: typeof failed) => list.map((t) => checkLabel(t, lang)).join(', ');
  const steps = [s.checklist, s.photos, s.readings];
  return (
    <section className="driver-card" aria-labelledby="review-title">
      <h2 id="review-title">{s.review}</h2>
      <p>{s.elapsed(clock(elapsed))}</p>
      {elapsed < draft.rushedUnderSeconds ? (
        <p className="notice notice-warning">{s.rushedHint(clock(draft.rushedUnderSeconds))}</p>
      ) : null}
      {critical.length > 0 ? (
        <p className="notice notice-error" role="alert">
          {s.willGround(names(critical))}
        </p>
      ) : null}
      <p>{failed.length > 0 ? s.failedList(names(failed)) : s.allPassed}</p>
      {missing.some((m) => m.length > 0) ? (
        <div className="notice notice-warning">
          <strong>{s.missing}</strong>
          <ul>
            {missing.flatMap((list, step) =>
              list.map((m) => (
                <li key={`${steps[step]}: ${m}`}>
                  <button type="button" className="link-button" onClick={() => onGoTo(step)}>
                    {steps[step]}: {m}
                  </button>
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
