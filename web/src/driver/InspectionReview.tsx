import { type IntlShape, useIntl } from 'react-intl';
import { BODY_SIDES } from '../inspections/api.js';
import { checkLabel, clock, INSPECTION, SIDE_PHOTOS } from '../inspections/phone-messages.js';
import type { Draft } from './offline-queue.js';

/** What each step still needs, by step (0 checklist, 1 photos, 2 readings); damage is never required. */
export function missingByStep(d: Draft, intl: IntlShape): string[][] {
  const t = intl.formatMessage;
  const checks = d.template.flatMap((item) => {
    const a = d.items[item.key];
    const label = checkLabel(item, intl);
    if (!a?.result) return [label];
    if (a.result === 'fail' && !a.note.trim() && a.photoKeys.length === 0)
      return [t(INSPECTION.whatIsWrong, { item: label })];
    return [];
  });
  const photos = [
    ...BODY_SIDES.filter((side) => !d.body[side]).map((side) => t(SIDE_PHOTOS[side])),
    ...(d.odometerPhoto ? [] : [t(INSPECTION.odometerPhoto)]),
  ];
  const miles = Number(d.odometerMiles);
  const fuel = Number(d.fuelPercent);
  const readings = [
    ...(d.odometerMiles.trim() === '' || !Number.isInteger(miles) || miles < 0
      ? [t(INSPECTION.odometer)]
      : []),
    ...(d.fuelPercent.trim() === '' || !Number.isInteger(fuel) || fuel < 0 || fuel > 100
      ? [d.van.vanType === 'edv' ? t(INSPECTION.charge) : t(INSPECTION.fuel)]
      : []),
  ];
  return [checks, photos, readings, []];
}

/** The last step: what failed, whether the van will be grounded, what is still missing (step 5). */
export function InspectionReview({
  draft,
  elapsed,
  missing,
  onGoTo,
}: {
  draft: Draft;
  elapsed: number;
  missing: string[][];
  onGoTo: (step: number) => void;
}) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const failed = draft.template.filter((item) => draft.items[item.key]?.result === 'fail');
  const critical = failed.filter((item) => item.critical);
  const names = (list: typeof failed) => list.map((item) => checkLabel(item, intl)).join(', ');
  const steps = [t(INSPECTION.checklist), t(INSPECTION.photos), t(INSPECTION.readings)];
  return (
    <section className="driver-card" aria-labelledby="review-title">
      <h2 id="review-title">{t(INSPECTION.review)}</h2>
      <p>{t(INSPECTION.elapsed, { time: clock(elapsed) })}</p>
      {elapsed < draft.rushedUnderSeconds ? (
        <p className="notice notice-warning">
          {t(INSPECTION.rushedHint, { time: clock(draft.rushedUnderSeconds) })}
        </p>
      ) : null}
      {critical.length > 0 ? (
        <p className="notice notice-error" role="alert">
          {t(INSPECTION.willGround, { items: names(critical) })}
        </p>
      ) : null}
      {failed.length > 0 ? (
        <p>{t(INSPECTION.failedList, { items: names(failed) })}</p>
      ) : missing[0]?.length ? null : (
        // "All passed" only once every item has an answer: unanswered ones are listed as missing below.
        <p>{t(INSPECTION.allPassed)}</p>
      )}
      {missing.some((m) => m.length > 0) ? (
        <div className="notice notice-warning">
          <strong>{t(INSPECTION.missing)}</strong>
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
