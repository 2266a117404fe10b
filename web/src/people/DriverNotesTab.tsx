import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { fieldError, TextAreaField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { DRIVERS_KEY, type Driver } from './api.js';
import { type Note, recordKeys, recordsApi } from './records-api.js';

export const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);

/** The manager's internal rating of a DA (1–5, newest stands) and the notes timeline. */
export function DriverNotesTab({ driver }: { driver: Driver }) {
  return (
    <div className="profile-grid">
      <RatingPanel driverId={driver.id} />
      <NotesPanel driverId={driver.id} />
    </div>
  );
}

function RatingPanel({ driverId }: { driverId: string }) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const ratings = useQuery({
    queryKey: recordKeys.ratings(driverId),
    queryFn: () => recordsApi.ratings(driverId),
  });
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const legend = useId();
  const rate = useMutation({
    mutationFn: () => recordsApi.rate(driverId, rating, comment),
    onSuccess: async () => {
      setRating(0);
      setComment('');
      await queryClient.invalidateQueries({ queryKey: DRIVERS_KEY });
    },
  });
  const current = ratings.data?.current;
  const older = ratings.data?.history.slice(1) ?? [];
  return (
    <section className="card stack" aria-labelledby="rating-title">
      <h2 id="rating-title">Rating</h2>
      <QueryStatus query={ratings} />
      {current ? (
        <div>
          <span className="rating-stars" role="img" aria-label={`${current.rating} out of 5`}>
            {stars(current.rating)}
          </span>
          {current.comment ? <p>“{current.comment}”</p> : null}
          <p className="cell-sub">
            {current.ratedBy} · {formatShort(current.createdAt)}
          </p>
        </div>
      ) : ratings.isSuccess ? (
        <p className="muted">Not rated yet.</p>
      ) : null}
      {can('people.write') ? (
        <Form onSubmit={() => rate.mutate()} className="stack">
          <ErrorNotice error={rate.error} />
          <fieldset className="rating-picker" aria-labelledby={legend}>
            <legend id={legend} className="sr-only">
              New rating
            </legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n}>
                <input
                  type="radio"
                  name={`rating-${driverId}`}
                  value={n}
                  checked={rating === n}
                  onChange={() => setRating(n)}
                />
                <span>
                  {n}
                  <span aria-hidden="true">★</span>
                </span>
              </label>
            ))}
          </fieldset>
          {fieldError(rate.error, 'rating') ? (
            <p className="field-error">{fieldError(rate.error, 'rating')}</p>
          ) : null}
          <TextAreaField
            label="Why"
            value={comment}
            onValue={setComment}
            rows={2}
            maxLength={1000}
            hint="Internal: the DA does not see ratings."
          />
          <div className="form-actions form-actions-start">
            <SubmitButton
              pending={rate.isPending}
              pendingLabel="Saving…"
              disabled={rating === 0}
              whyDisabled="Choose 1 to 5 stars."
            >
              Rate
            </SubmitButton>
          </div>
        </Form>
      ) : null}
      {older.length > 0 ? (
        <details>
          <summary>Earlier ratings ({older.length})</summary>
          <ul className="timeline">
            {older.map((r) => (
              <li key={r.id}>
                <span className="rating-stars" role="img" aria-label={`${r.rating} out of 5`}>
                  {stars(r.rating)}
                </span>
                {r.comment ? <div className="note-body">“{r.comment}”</div> : null}
                <div className="note-meta">
                  {r.ratedBy} · {formatShort(r.createdAt)}
                </div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function NotesPanel({ driverId }: { driverId: string }) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const notes = useQuery({ queryKey: recordKeys.notes(driverId), queryFn: () => recordsApi.notes(driverId) });
  const [body, setBody] = useState('');
  const [removing, setRemoving] = useState<Note | null>(null);
  const add = useMutation({
    mutationFn: () => recordsApi.addNote(driverId, body.trim()),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: recordKeys.notes(driverId) });
    },
  });
  const canWrite = can('people.write');
  const items = notes.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      {canWrite ? (
        <Form onSubmit={() => add.mutate()} className="stack">
          <ErrorNotice error={add.error} />
          <TextAreaField
            label="Add a note"
            value={body}
            onValue={setBody}
            rows={3}
            maxLength={4000}
            error={fieldError(add.error, 'body')}
          />
          <div className="form-actions form-actions-start">
            <SubmitButton
              pending={add.isPending}
              pendingLabel="Saving…"
              disabled={!body.trim()}
              whyDisabled="Write the note."
            >
              Add note
            </SubmitButton>
          </div>
        </Form>
      ) : null}
      <QueryStatus query={notes} isEmpty={items.length === 0} empty="No notes yet." />
      <ol className="timeline" data-testid="notes">
        {items.map((n) => (
          <li key={n.id}>
            <div className="note-body">{n.body}</div>
            <div className="note-meta">
              <span>
                {n.author} · {formatShort(n.createdAt)}
              </span>
              {canWrite ? (
                <button
                  type="button"
                  className="button-danger-ghost button-small"
                  onClick={() => setRemoving(n)}
                >
                  Remove<span className="sr-only"> note of {formatShort(n.createdAt)}</span>
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {removing ? (
        <ConfirmDialog
          title="Remove this note?"
          confirmLabel="Remove"
          danger
          run={() => recordsApi.removeNote(removing.id)}
          onDone={async () => {
            await queryClient.invalidateQueries({ queryKey: recordKeys.notes(driverId) });
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>The audit trail keeps what it said.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
