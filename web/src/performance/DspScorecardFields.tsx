import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDateTime } from '../app/format.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { StatusBadge } from '../app/ui/status.js';
import { type DspScorecard, dspScorecardApi, type FieldValue, type ScorecardField } from './dsp-api.js';
import { amazonTierLabel, formatScore, TIER_ORDER } from './labels.js';
import { TierBadge } from './TierBadge.js';

/** A field's value as people read it. */
function shown(f: ScorecardField, value: FieldValue | null): ReactNode {
  if (value === null) return <span className="muted">—</span>;
  if (f.kind === 'standing') return <TierBadge tier={String(value)} />;
  if (f.kind === 'score') return formatScore(Number(value));
  return String(value);
}

/** Where the value in effect came from: the PDF's text, or who entered it and when. */
function origin(f: ScorecardField): ReactNode {
  if (f.source === 'entry' && f.entry) return `Entered by ${f.entry.byLabel}, ${formatDateTime(f.entry.at)}`;
  if (f.read)
    return (
      <>
        “{f.read.text}” <span className="muted">({f.read.where})</span>
      </>
    );
  return (
    <>
      <StatusBadge tone="warn">Not read</StatusBadge> {f.unreadReason}
    </>
  );
}

const draftOf = (f: ScorecardField) => (f.entry && f.value !== null ? String(f.value) : '');

/** The input for an unread field: a standing to pick, a score, or a week. */
function EntryInput({
  f,
  value,
  onValue,
  error,
}: {
  f: ScorecardField;
  value: string;
  onValue: (v: string) => void;
  error: string | undefined;
}) {
  if (f.kind === 'standing')
    return (
      <SelectField
        label={f.label}
        value={value}
        onValue={onValue}
        error={error}
        options={[
          { value: '', label: 'Not entered' },
          ...TIER_ORDER.map((t) => ({ value: t, label: amazonTierLabel(t) })),
        ]}
      />
    );
  return (
    <TextField
      label={f.label}
      value={value}
      onValue={onValue}
      error={error}
      inputMode={f.kind === 'score' ? 'decimal' : 'text'}
      hint={f.kind === 'week' ? 'Amazon’s week, e.g. 2026-W48' : 'As printed on the scorecard, 0–100'}
    />
  );
}

/** The changed entries: a cleared input takes its entry away, a score is sent as a number. */
function changesOf(
  fields: ScorecardField[],
  drafts: Record<string, string>,
): Record<string, FieldValue | null> {
  const out: Record<string, FieldValue | null> = {};
  for (const f of fields) {
    const draft = (drafts[f.key] ?? '').trim();
    if (draft === draftOf(f)) continue;
    out[f.key] = draft === '' ? null : f.kind === 'score' ? Number(draft) : draft;
  }
  return out;
}

/** Every field with its value and origin; the manager enters what the PDF did not give. */
export function DspScorecardFields({ card }: { card: DspScorecard }) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const enterable = card.fields.filter((f) => f.read === null && f.kind !== 'station');
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(enterable.map((f) => [f.key, draftOf(f)])),
  );
  const save = useMutation({
    mutationFn: () => dspScorecardApi.saveEntries(card.id, changesOf(enterable, drafts)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['performance'] }),
  });
  return (
    <section className="card stack" aria-labelledby="dsp-fields">
      <h3 id="dsp-fields">What the PDF says</h3>
      <div className="table-wrap">
        <table className="trend-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {card.fields.map((f) => (
              <tr key={f.key}>
                <th scope="row">
                  {f.label}
                  {f.required || f.kind === 'station' ? null : <span className="muted"> (if printed)</span>}
                </th>
                <td>{shown(f, f.value)}</td>
                <td>{origin(f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {can('performance.write') && enterable.length > 0 ? (
        <Form onSubmit={() => save.mutate()}>
          <h4>Enter what was not read</h4>
          <p className="hint">
            Copy the values from the PDF itself; leave a field empty when it is not printed.
          </p>
          <ErrorNotice error={save.error} />
          <div className="filters">
            {enterable.map((f) => (
              <EntryInput
                key={f.key}
                f={f}
                value={drafts[f.key] ?? ''}
                onValue={(v) => setDrafts((d) => ({ ...d, [f.key]: v }))}
                error={fieldError(save.error, `entries.${f.key}`)}
              />
            ))}
          </div>
          <div className="form-actions-start">
            <SubmitButton pending={save.isPending} pendingLabel="Saving…">
              Save entries
            </SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
