import { useIntl } from 'react-intl';
import { BODY_SIDES } from '../inspections/api.js';
import { INSPECTION, SIDE_PHOTOS } from '../inspections/phone-messages.js';
import { PhotoInput } from './InspectionPhotoInput.js';
import type { Draft } from './offline-queue.js';

type Update = (change: (d: Draft) => Draft) => void;

/** The walk-around: four sides and the odometer, required; a short video if the DA wants (step 2). */
export function InspectionPhotos({ draft, update }: { draft: Draft; update: Update }) {
  const t = useIntl().formatMessage;
  return (
    <section className="driver-card" aria-labelledby="photos-title">
      <h2 id="photos-title">{t(INSPECTION.photos)}</h2>
      <p className="muted">{t(INSPECTION.photosHelp)}</p>
      <div className="photo-grid">
        {BODY_SIDES.map((side) => (
          <PhotoInput
            key={side}
            label={t(SIDE_PHOTOS[side])}
            draftId={draft.id}
            photoKey={draft.body[side] ?? null}
            retakeLabel={t(INSPECTION.retake)}
            onChange={(key) => update((d) => ({ ...d, body: { ...d.body, [side]: key ?? undefined } }))}
          />
        ))}
        <PhotoInput
          label={t(INSPECTION.odometerPhoto)}
          draftId={draft.id}
          photoKey={draft.odometerPhoto}
          retakeLabel={t(INSPECTION.retake)}
          onChange={(key) => update((d) => ({ ...d, odometerPhoto: key }))}
        />
        <PhotoInput
          label={t(INSPECTION.video)}
          draftId={draft.id}
          photoKey={draft.video}
          retakeLabel={t(INSPECTION.retake)}
          video
          onChange={(key) => update((d) => ({ ...d, video: key }))}
        />
      </div>
    </section>
  );
}

/** Odometer and fuel (or charge, for an electric van) as the DA reads them (step 3). */
export function InspectionReadings({ draft, update }: { draft: Draft; update: Update }) {
  const t = useIntl().formatMessage;
  const electric = draft.van.vanType === 'edv';
  return (
    <section className="driver-card" aria-labelledby="readings-title">
      <h2 id="readings-title">{t(INSPECTION.readings)}</h2>
      <div className="field">
        <label htmlFor="odometer-miles">{t(INSPECTION.odometer)}</label>
        <input
          id="odometer-miles"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          placeholder={draft.van.odometerMiles ? String(draft.van.odometerMiles) : undefined}
          value={draft.odometerMiles}
          onChange={(e) => update((d) => ({ ...d, odometerMiles: e.target.value }))}
        />
      </div>
      <div className="field">
        <label htmlFor="fuel-percent">{electric ? t(INSPECTION.charge) : t(INSPECTION.fuel)}</label>
        <input
          id="fuel-percent"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={draft.fuelPercent}
          onChange={(e) => update((d) => ({ ...d, fuelPercent: e.target.value }))}
        />
        <div className="fuel-quick">
          {['25', '50', '75', '100'].map((v) => (
            <button
              key={v}
              type="button"
              className={`button-secondary${draft.fuelPercent === v ? ' is-chosen' : ''}`}
              onClick={() => update((d) => ({ ...d, fuelPercent: v }))}
            >
              {v}%
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
