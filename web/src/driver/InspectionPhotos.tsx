import { BODY_SIDES } from '../inspections/api.js';
import type { INSPECTION_STRINGS } from '../inspections/phone-strings.js';
import { PhotoInput } from './InspectionPhotoInput.js';
import type { Draft } from './offline-queue.js';

type S = (typeof INSPECTION_STRINGS)['en'];
type Update = (change: (d: Draft) => Draft) => void;

/** The walk-around: four sides and the odometer, required; a short video if the DA wants (step 2). */
export function InspectionPhotos({ draft, update, s }: { draft: Draft; update: Update; s: S }) {
  return (
    <section className="driver-card" aria-labelledby="photos-title">
      <h2 id="photos-title">{s.photos}</h2>
      <p className="muted">{s.photosHelp}</p>
      <div className="photo-grid">
        {BODY_SIDES.map((side) => (
          <PhotoInput
            key={side}
            label={s[side]}
            draftId={draft.id}
            photoKey={draft.body[side] ?? null}
            retakeLabel={s.retake}
            onChange={(key) => update((d) => ({ ...d, body: { ...d.body, [side]: key ?? undefined } }))}
          />
        ))}
        <PhotoInput
          label={s.odometerPhoto}
          draftId={draft.id}
          photoKey={draft.odometerPhoto}
          retakeLabel={s.retake}
          onChange={(key) => update((d) => ({ ...d, odometerPhoto: key }))}
        />
        <PhotoInput
          label={s.video}
          draftId={draft.id}
          photoKey={draft.video}
          retakeLabel={s.retake}
          video
          onChange={(key) => update((d) => ({ ...d, video: key }))}
        />
      </div>
    </section>
  );
}

/** Odometer and fuel (or charge, for an electric van) as the DA reads them (step 3). */
export function InspectionReadings({ draft, update, s }: { draft: Draft; update: Update; s: S }) {
  const electric = draft.van.vanType === 'edv';
  return (
    <section className="driver-card" aria-labelledby="readings-title">
      <h2 id="readings-title">{s.readings}</h2>
      <div className="field">
        <label htmlFor="odometer-miles">{s.odometer}</label>
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
        <label htmlFor="fuel-percent">{electric ? s.charge : s.fuel}</label>
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
