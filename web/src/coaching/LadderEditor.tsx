import { SelectField } from '../app/ui/fields.js';
import type { Action } from './api.js';
import { ACTION_LABELS, ordinal } from './labels.js';

const MAX_STEPS = 6;

/** Moves the step at `i` by `by` (−1 up, +1 down). */
function moved(ladder: Action[], i: number, by: number): Action[] {
  const next = [...ladder];
  const [step] = next.splice(i, 1);
  if (step) next.splice(i + by, 0, step);
  return next;
}

/**
 * What happens the 1st, 2nd, … time a rule is set off for one DA within the escalation window, as an
 * ordered list; the last step repeats. Each step has its own select, move and remove buttons.
 */
export function LadderEditor({
  ladder,
  allowed,
  onChange,
  error,
}: {
  ladder: Action[];
  allowed: readonly Action[];
  onChange: (ladder: Action[]) => void;
  error?: string | undefined;
}) {
  const options = allowed.map((a) => ({ value: a, label: ACTION_LABELS[a] }));
  return (
    <fieldset className="stack">
      <legend>Steps</legend>
      <p className="hint">The 1st time, the 2nd time, …; after the last step, the last one repeats.</p>
      <ol className="ladder-list">
        {ladder.map((action, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position in the ladder.
          <li key={i} className="ladder-step">
            <SelectField
              label={`${ordinal(i + 1)} time`}
              value={action}
              onValue={(a) => onChange(ladder.map((old, j) => (j === i ? (a as Action) : old)))}
              options={options}
            />
            <div className="button-row">
              <StepButton
                label="Up"
                step={i}
                disabled={i === 0}
                onClick={() => onChange(moved(ladder, i, -1))}
              />
              <StepButton
                label="Down"
                step={i}
                disabled={i === ladder.length - 1}
                onClick={() => onChange(moved(ladder, i, 1))}
              />
              <StepButton
                label="Remove"
                step={i}
                disabled={ladder.length === 1}
                onClick={() => onChange(ladder.filter((_, j) => j !== i))}
              />
            </div>
          </li>
        ))}
      </ol>
      {error ? <p className="field-error">{error}</p> : null}
      {ladder.length < MAX_STEPS ? (
        <p>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => onChange([...ladder, ladder.at(-1) ?? allowed[0] ?? 'message'])}
          >
            Add a step
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

/** A step's small button; screen readers hear which step it moves ("Up, 2nd step"). */
function StepButton({
  label,
  step,
  disabled,
  onClick,
}: {
  label: string;
  step: number;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button-secondary button-small" disabled={disabled} onClick={onClick}>
      {label}
      <span className="sr-only"> {ordinal(step + 1)} step</span>
    </button>
  );
}
