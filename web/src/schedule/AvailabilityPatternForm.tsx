import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { plural } from '../app/format.js';
import { fieldError, SelectField, TextAreaField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { type Availability, scheduleApi, scheduleKeys } from './api.js';
import { WEEKDAYS, WEEKDAYS_SHORT } from './labels.js';

/** The weekly pattern on a DA's profile: days they can work and prefer, days a week wanted, a note. */
export function AvailabilityPatternForm({
  driverId,
  data,
  onSaved,
}: {
  driverId: string;
  data: Availability;
  onSaved: () => void;
}) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const canWrite = can('schedule.write');
  const [weekdays, setWeekdays] = useState(data.pattern.weekdays);
  const [preferred, setPreferred] = useState(data.pattern.preferredWeekdays);
  const [wantsDays, setWantsDays] = useState(String(data.pattern.wantsDays));
  const [note, setNote] = useState(data.note ?? '');
  const available = weekdays.filter(Boolean).length;
  const wants = Number(wantsDays);
  const tooMany = wants > available ? `Asks for ${wants} days but can work on ${available}.` : undefined;
  const dirty =
    JSON.stringify([weekdays, preferred, wants, note.trim()]) !==
    JSON.stringify([
      data.pattern.weekdays,
      data.pattern.preferredWeekdays,
      data.pattern.wantsDays,
      data.note ?? '',
    ]);
  const save = useMutation({
    mutationFn: () =>
      scheduleApi.savePattern(driverId, {
        weekdays,
        preferredWeekdays: preferred,
        wantsDays: wants,
        note: note.trim() || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
      onSaved();
    },
  });
  const toggle = (list: boolean[], i: number, on: boolean) => list.map((v, j) => (j === i ? on : v));
  return (
    <section className="card stack" aria-labelledby="pattern-title">
      <div className="section-head">
        <h2 id="pattern-title">Weekly availability</h2>
        <span className="muted">
          {data.updatedBy ? `Last set by ${data.updatedBy}` : 'Not set yet: every day, 5 days a week'}
        </span>
      </div>
      <Form onSubmit={() => save.mutate()}>
        <ErrorNotice error={save.error} />
        <div className="table-wrap">
          <table className="compact pattern-table" data-testid="pattern">
            <caption className="sr-only">Days the DA can work and prefers, Sunday to Saturday</caption>
            <thead>
              <tr>
                <td />
                {WEEKDAYS_SHORT.map((d) => (
                  <th key={d} scope="col">
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Can work</th>
                {WEEKDAYS.map((d, i) => (
                  <td key={d}>
                    <input
                      type="checkbox"
                      aria-label={`Can work on ${d}`}
                      checked={weekdays[i] ?? false}
                      disabled={!canWrite}
                      onChange={(e) => {
                        setWeekdays(toggle(weekdays, i, e.target.checked));
                        if (!e.target.checked) setPreferred(toggle(preferred, i, false));
                      }}
                    />
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Preferred</th>
                {WEEKDAYS.map((d, i) => (
                  <td key={d}>
                    <input
                      type="checkbox"
                      aria-label={`Prefers ${d}`}
                      checked={preferred[i] ?? false}
                      disabled={!canWrite || !weekdays[i]}
                      onChange={(e) => setPreferred(toggle(preferred, i, e.target.checked))}
                    />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        {fieldError(save.error, 'weekdays') || fieldError(save.error, 'preferredWeekdays') ? (
          <p className="field-error">
            {fieldError(save.error, 'weekdays') ?? fieldError(save.error, 'preferredWeekdays')}
          </p>
        ) : null}
        <div className="form-grid">
          <SelectField
            label="Days a week wanted"
            value={wantsDays}
            onValue={setWantsDays}
            disabled={!canWrite}
            options={[0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: plural(n, 'day') }))}
            error={tooMany ?? fieldError(save.error, 'wantsDays')}
            hint={`Can work on ${plural(available, 'day')} a week. 5 is full time.`}
          />
          <TextAreaField
            label="Note"
            value={note}
            onValue={setNote}
            rows={2}
            maxLength={500}
            disabled={!canWrite}
            error={fieldError(save.error, 'note')}
            hint="e.g. school on Tuesday mornings."
          />
        </div>
        {canWrite ? (
          <div className="form-actions form-actions-start">
            <SubmitButton
              pending={save.isPending}
              pendingLabel="Saving…"
              disabled={!dirty || Boolean(tooMany)}
            >
              Save availability
            </SubmitButton>
          </div>
        ) : null}
      </Form>
    </section>
  );
}
