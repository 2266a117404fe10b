import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { CheckResult, TemplateItem } from '../inspections/api.js';
import { checkLabel, INSPECTION } from '../inspections/phone-messages.js';
import { PhotoList } from './InspectionPhotoInput.js';
import type { Draft, DraftItem } from './offline-queue.js';

const RESULTS: CheckResult[] = ['pass', 'fail', 'na'];

/** One check with three big answers; a failure asks what is wrong and offers photos. */
function Check({
  item,
  answer,
  onAnswer,
  draftId,
}: {
  item: TemplateItem;
  answer: DraftItem;
  onAnswer: (a: DraftItem) => void;
  draftId: string;
}) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const noteId = useId();
  const label = checkLabel(item, intl);
  return (
    <fieldset className={`check check-is-${answer.result ?? 'open'}`} data-testid={`check-${item.key}`}>
      <legend>{label}</legend>
      {item.critical ? <p className="check-critical">{t(INSPECTION.critical)}</p> : null}
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
            <span>{t(INSPECTION[r])}</span>
          </label>
        ))}
      </div>
      {answer.result === 'fail' ? (
        <div className="check-finding">
          <label htmlFor={noteId}>{t(INSPECTION.whatIsWrong, { item: label })}</label>
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
            addLabel={t(INSPECTION.addPhoto)}
            removeLabel={t(INSPECTION.removePhoto)}
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
}: {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
}) {
  const t = useIntl().formatMessage;
  return (
    <section className="driver-card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t(INSPECTION.checklist)}</h2>
      <p className="muted">{t(INSPECTION.checklistHelp)}</p>
      {draft.template.map((item) => (
        <Check
          key={item.key}
          item={item}
          answer={draft.items[item.key] ?? emptyAnswer()}
          onAnswer={(a) => update((d) => ({ ...d, items: { ...d.items, [item.key]: a } }))}
          draftId={draft.id}
        />
      ))}
    </section>
  );
}
