import { useId } from 'react';
import { useIntl } from 'react-intl';
import { PANELS, type Panel } from '../inspections/api.js';
import { PanelDiagram } from '../inspections/PanelDiagram.js';
import { INSPECTION, PANEL_NAMES } from '../inspections/phone-messages.js';
import { PhotoList } from './InspectionPhotoInput.js';
import type { Draft, DraftMark } from './offline-queue.js';

function MarkDetails({
  mark,
  label,
  draftId,
  onChange,
}: {
  mark: DraftMark;
  label: string;
  draftId: string;
  onChange: (m: DraftMark) => void;
}) {
  const t = useIntl().formatMessage;
  const id = useId();
  return (
    <li className="mark">
      <label htmlFor={id}>
        {t(INSPECTION.damageNote, { panel: label })}
        {mark.known ? <span className="muted"> ({t(INSPECTION.knownDamage)})</span> : null}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={1000}
        value={mark.note}
        onChange={(e) => onChange({ ...mark, note: e.target.value })}
      />
      <PhotoList
        label={label}
        draftId={draftId}
        keys={mark.photoKeys}
        onChange={(photoKeys) => onChange({ ...mark, photoKeys })}
        addLabel={t(INSPECTION.addPhoto)}
        removeLabel={t(INSPECTION.removePhoto)}
      />
    </li>
  );
}

/** The van diagram: the DA taps each damaged panel, known damage already marked (step 4). */
export function InspectionDamage({
  draft,
  update,
}: {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
}) {
  const t = useIntl().formatMessage;
  const labels = Object.fromEntries(PANELS.map((p) => [p, t(PANEL_NAMES[p])])) as Record<Panel, string>;
  const toggle = (panel: Panel) =>
    update((d) => ({
      ...d,
      marks: d.marks.some((m) => m.panel === panel)
        ? d.marks.filter((m) => m.panel !== panel)
        : [...d.marks, { panel, note: '', photoKeys: [], known: false }],
    }));
  const marked = draft.marks.map((m) => m.panel);
  return (
    <section className="driver-card" aria-labelledby="damage-title">
      <h2 id="damage-title">{t(INSPECTION.damage)}</h2>
      <p className="muted">{t(INSPECTION.damageHelp)}</p>
      <PanelDiagram
        marked={marked}
        fresh={draft.marks.filter((m) => !m.known).map((m) => m.panel)}
        onToggle={toggle}
        labels={labels}
        title={t(INSPECTION.damage)}
      />
      {draft.marks.length > 0 ? (
        <ul className="marks">
          {draft.marks.map((m) => (
            <MarkDetails
              key={m.panel}
              mark={m}
              label={labels[m.panel]}
              draftId={draft.id}
              onChange={(next) =>
                update((d) => ({ ...d, marks: d.marks.map((x) => (x.panel === m.panel ? next : x)) }))
              }
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
