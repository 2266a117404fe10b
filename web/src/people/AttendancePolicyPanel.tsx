import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useSession } from '../app/auth.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextField } from '../app/ui/fields.js';
import { QueryStatus } from '../app/ui/status.js';
import { DRIVERS_KEY } from './api.js';
import { formatPoints } from './record-labels.js';
import { type AttendancePolicy, recordKeys, recordsApi } from './records-api.js';

const POLICY_FIELDS: [keyof AttendancePolicy, string, string][] = [
  ['ncnsPoints', 'No call, no show', 'points'],
  ['calloutShortNoticePoints', 'Callout with short notice', 'points'],
  ['calloutPoints', 'Callout with notice', 'points'],
  ['shortNoticeHours', 'Short notice is less than', 'hours'],
  ['latePoints', 'Late', 'points'],
  ['lateGraceMinutes', 'Late grace', 'minutes'],
  ['leftEarlyPoints', 'Left early', 'points'],
  ['sentHomePoints', 'Sent home', 'points'],
  ['flagPoints', 'Flag at', 'points'],
  ['windowDays', 'Within', 'days'],
];

/** The org's points policy; owners change it (events still counting get the new points). */
export function PolicyPanel() {
  const { can } = useSession();
  const policy = useQuery({ queryKey: recordKeys.policy, queryFn: () => recordsApi.policy() });
  const [editing, setEditing] = useState(false);
  const p = policy.data;
  return (
    <section className="card stack" aria-labelledby="policy-title">
      <div className="section-head">
        <h2 id="policy-title">Points policy</h2>
        {can('org.settings') && p ? (
          <button type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
            Change policy
          </button>
        ) : null}
      </div>
      <QueryStatus query={policy} />
      {p ? (
        <dl className="details">
          {POLICY_FIELDS.map(([key, label, unit]) => (
            <Fragment key={key}>
              <dt>{label}</dt>
              <dd>
                {formatPoints(p[key])} {unit}
              </dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      {p && !p.updatedBy ? <p className="muted">The defaults: no one has changed the policy yet.</p> : null}
      {editing && p ? <PolicyDialog policy={p} onClose={() => setEditing(false)} /> : null}
    </section>
  );
}

function PolicyDialog({ policy, onClose }: { policy: AttendancePolicy; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(
    () =>
      Object.fromEntries(POLICY_FIELDS.map(([k]) => [k, String(policy[k])])) as Record<
        keyof AttendancePolicy,
        string
      >,
  );
  const values = Object.fromEntries(
    POLICY_FIELDS.map(([k]) => [k, Number(draft[k])]),
  ) as unknown as AttendancePolicy;
  const ready = POLICY_FIELDS.every(([k]) => draft[k].trim() !== '' && Number.isFinite(values[k]));
  const save = useMutation({
    mutationFn: () => recordsApi.changePolicy(values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: recordKeys.policy });
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
      onClose();
    },
  });
  return (
    <FormDialog
      title="Attendance points policy"
      onClose={onClose}
      submission={save}
      ready={ready}
      whyNotReady="Every field needs a number."
      submitLabel="Save policy"
      pendingLabel="Saving…"
      wide
      intro={
        <p className="muted">
          Events still inside a counting window are given the new points; older ones keep theirs.
        </p>
      }
    >
      <div className="form-grid">
        {POLICY_FIELDS.map(([key, label, unit]) => (
          <TextField
            key={key}
            label={`${label} (${unit})`}
            value={draft[key]}
            onValue={(v) => setDraft({ ...draft, [key]: v })}
            inputMode="decimal"
            error={fieldError(save.error, key)}
          />
        ))}
      </div>
    </FormDialog>
  );
}
