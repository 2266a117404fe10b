import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate } from '../app/format.js';
import { TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { type Accuracy, PERFORMANCE_KEY, type ProfileFit, performanceApi } from './api.js';

const weeks = (list: ProfileFit['fittedWeeks']) =>
  list.length === 0 ? 'none' : `${list[0]?.label} to ${list.at(-1)?.label}`;

const errorText = (a: Accuracy) =>
  a.meanAbsError === null || a.standingAgreement === null
    ? '—'
    : `${a.meanAbsError.toFixed(1)} points off on average; Amazon’s standing in ${Math.round(a.standingAgreement * 100)}%`;

/** For owners: save the fitted weights as the profile in force from a week on (never done without them). */
function SaveFit({ fit }: { fit: ProfileFit }) {
  const queryClient = useQueryClient();
  const [week, setWeek] = useState(fit.suggestedWeek);
  const save = useMutation({
    mutationFn: () => performanceApi.saveProfile(week, fit.profile as NonNullable<ProfileFit['profile']>),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PERFORMANCE_KEY }),
  });
  if (save.isSuccess)
    return <Notice kind="success">Saved: in force from the week of {formatDate(week)}.</Notice>;
  return (
    <Form onSubmit={() => save.mutate()} aria-label="Save the fitted weights as a new version">
      <ErrorNotice error={save.error} title="Not saved." />
      <TextField
        label="In force from the week of"
        type="date"
        value={week}
        onValue={setWeek}
        hint="A Sunday: earlier weeks keep the profile they had."
      />
      <div>
        <SubmitButton pending={save.isPending} pendingLabel="Saving…">
          Save as a new version
        </SubmitButton>
      </div>
    </Form>
  );
}

/**
 * The profile's weights fitted to Amazon's own per-DA scores in the org's files, with the error on the
 * newest weeks (held out of the fit) before and after, and each weight in words. Offered, never applied.
 */
export function FitPanel() {
  const { can } = useSession();
  const query = useQuery({ queryKey: [...PERFORMANCE_KEY, 'fit'], queryFn: () => performanceApi.fit('') });
  const fit = query.data;
  return (
    <section className="card stack" aria-labelledby="profile-fit" data-testid="profile-fit">
      <h3 id="profile-fit">Fit the weights to Amazon’s scores</h3>
      <QueryStatus query={query} />
      {fit ? (
        <>
          <p>
            Fitted to your files’ weeks {weeks(fit.fittedWeeks)} ({fit.das} DA weeks with Amazon’s score and
            no Poor metric), then checked on {weeks(fit.heldOutWeeks)}, weeks the fit did not see.
          </p>
          <dl className="details">
            <dt>“{fit.base.name}” on those weeks</dt>
            <dd>{errorText(fit.before)}</dd>
            <dt>Fitted weights on those weeks</dt>
            <dd>
              {fit.profile ? errorText(fit.after) : 'Not enough weeks with Amazon’s scores to fit yet.'}
            </dd>
          </dl>
          {fit.profile ? (
            <>
              <ul className="fit-notes">
                {fit.notes.map((n) => (
                  <li key={n.key}>{n.words}</li>
                ))}
              </ul>
              {can('org.settings') ? <SaveFit fit={fit} /> : <p className="muted">An owner can save it.</p>}
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
