import { useId } from 'react';
import type { CheckResult, TemplateItem } from '../inspections/api.js';
import { checkLabel, type INSPECTION_STRINGS } from '../inspections/phone-strings.js';
import { PhotoList } from './InspectionPhotoInput.js';
import type { Language } from './i18n.js';
import type { Draft, DraftItem } from './offline-queue.js';

type S = (typeof INSPECTION_STRINGS)['en'];

const RESULTS: CheckResult[] = ['pass', 'fail', 'na'];

/** One check with three big answers; a failure asks what is wrong and offers photos. */
function Check({
  item,
  answer,
  onAnswer,
  draftId,
  s,
  lang,
}: {
  item: TemplateItem;
  answer: DraftItem;
  onAnswer: (a: DraftItem) => void;
  draftId: string;
  s: S;
  lang: Language;
}) {
  const noteId = useId();
  const label = checkLabel(item, lang);
  return (
    <fieldset className={`check check-is-${answer.result ?? 'open'}`} data-testid={`check-${item.key}`}>
      <legend>{label}</legend>
      {item.critical ? <p className="check-critical">{s.critical}</p> : null}
      <div className="check-choices">
        {RESULTS.map((r) => (
          <label
            key={r}
            className={`check-choice check-choice-${r}${answer.result === r ? ' is-chosen' : ''}`}
          >
            <input
              type="radio"
              name={`check-${draftId}-${item.key}`}
              value={r}
              checked={answer.result === r}
              disabled={r === 'na' && item.critical}
              onChange={() => onAnswer({ ...answer, result: r })}
            />
            <span>{s[r]}</span>
          </label>
        ))}
      </div>
      {answer.result === 'fail' ? (
        <div className="check-finding">
          <label htmlFor={noteId}>{s.whatIsWrong(label)}</label>
          <textarea
            id={noteId}
            rows={2}
            value={answer.note}
            maxLength={1000}
            onChange={(e) => onAnswer({ ...answer, note: e.target.value })}
          />
          <PhotoList
            label={label}
            draftId={draftId}
            keys={answer.photoKeys}
            onChange={(photoKeys) => onAnswer({ ...answer, photoKeys })}
            addLabel={s.addPhoto}
            removeLabel={s.removePhoto}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

export const emptyAnswer = (): DraftItem => ({ result: null, note: '', photoKeys: [] });

/** The van type's checklist as one list, each check answered with a tap (step 1). */
export function InspectionChecklist({
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
  return (
    <section className="driver-card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{s.checklist}</h2>
      <p className="muted">{s.checklistHelp}</p>
      {draft.template.map((item) => (
        <Check
          key={item.key}
          item={item}
          answer={draft.items[item.key] ?? emptyAnswer()}
          onAnswer={(a) => update((d) => ({ ...d, items: { ...d.items, [item.key]: a } }))}
          draftId={draft.id}
          s={s}
          lang={lang}
        />
      ))}
    </section>
  );
}
