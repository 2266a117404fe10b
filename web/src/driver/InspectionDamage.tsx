import { useId } from 'react';
import type { Panel } from '../inspections/api.js';
import { PanelDiagram } from '../inspections/PanelDiagram.js';
import { type INSPECTION_STRINGS, panelLabels } from '../inspections/phone-strings.js';
import { PhotoList } from './InspectionPhotoInput.js';
import type { Language } from './i18n.js';
import type { Draft, DraftMark } from './offline-queue.js';

type S = (typeof INSPECTION_STRINGS)['en'];

function MarkDetails({
  mark,
  label,
  draftId,
  onChange,
  s,
}: {
  mark: DraftMark;
  label: string;
  draftId: string;
  onChange: (m: DraftMark) => void;
  s: S;
}) {
  const id = useId();
  return (
    <li className="mark">
      <label htmlFor={id}>
        {s.damageNote(label)}
        {mark.known ? <span className="muted"> ({s.knownDamage})</span> : null}
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
        addLabel={s.addPhoto}
        removeLabel={s.removePhoto}
      />
    </li>
  );
}

/** The van diagram: the DA taps each damaged panel, known damage already marked (step 4). */
export function InspectionDamage({
  draft,
  update,
  s,
  lang,
}: {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  s: S;
  lang: Language;
}) {
  const labels = panelLabels(lang);
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
      <h2 id="damage-title">{s.damage}</h2>
      <p className="muted">{s.damageHelp}</p>
      <PanelDiagram
        marked={marked}
        fresh={draft.marks.filter((m) => !m.known).map((m) => m.panel)}
        onToggle={toggle}
        labels={labels}
        title={s.damage}
      />
      {draft.marks.length > 0 ? (
        <ul className="marks">
          {draft.marks.map((m) => (
            <MarkDetails
              key={m.panel}
              mark={m}
              label={labels[m.panel]}
              draftId={draft.id}
              s={s}
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
