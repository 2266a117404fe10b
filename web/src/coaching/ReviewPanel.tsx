import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { QueryStatus } from '../app/ui/status.js';
import { coachingApi, coachingKeys, type ReviewItem } from './api.js';
import { CauseDetails } from './CauseDetails.js';
import { type ReviewAction, ReviewDialog } from './ItemActions.js';
import { itemPath } from './ItemTable.js';
import { ordinal, weekLine } from './labels.js';

/** The buttons a manager has on a warning waiting for review. */
export function ReviewButtons({ onAction }: { onAction: (a: ReviewAction) => void }) {
  return (
    <>
      <button type="button" className="button-primary" onClick={() => onAction('send')}>
        Send to the DA
      </button>
      <button type="button" className="button-secondary" onClick={() => onAction('note')}>
        Edit note
      </button>
      <button type="button" className="button-secondary" onClick={() => onAction('dismiss')}>
        Dismiss
      </button>
    </>
  );
}

/** Written warnings the rules proposed, oldest first with their evidence: the DA knows nothing yet. */
export function ReviewPanel({ stationId }: { stationId: string }) {
  const { can } = useSession();
  const review = useQuery({
    queryKey: coachingKeys.review(stationId),
    queryFn: () => coachingApi.review(stationId),
  });
  const [open, setOpen] = useState<{ item: ReviewItem; action: ReviewAction } | null>(null);
  const items = review.data?.items ?? [];
  return (
    <div className="stack-lg" data-testid="coaching-review">
      <p className="muted">
        A rule proposes a written warning; only a manager sends it. The DA is told nothing until then.
      </p>
      <QueryStatus query={review} isEmpty={items.length === 0} empty="No written warnings wait for review." />
      {items.map((item) => (
        <section key={item.id} className="card stack" aria-labelledby={`review-${item.id}`}>
          <h2 id={`review-${item.id}`}>
            <Link to={itemPath(item.id)}>{item.driverName}</Link>: {item.ruleName}
          </h2>
          <p className="muted">
            {ordinal(item.step)} step · {weekLine(item.week)} · {item.summary}
          </p>
          <CauseDetails cause={item.cause} />
          {item.managerNote ? (
            <p>
              <strong>Note to the DA:</strong> {item.managerNote}
            </p>
          ) : null}
          {can('coaching.write') ? (
            <div className="form-actions">
              <ReviewButtons onAction={(action) => setOpen({ item, action })} />
            </div>
          ) : null}
        </section>
      ))}
      {open ? <ReviewDialog item={open.item} action={open.action} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
