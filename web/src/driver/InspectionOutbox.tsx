import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { INSPECTION } from '../inspections/phone-messages.js';
import { listDrafts, onDraftsChange, sendQueued } from './offline-queue.js';

export interface Outbox {
  queued: number;
  rejected: number;
  /** Tries to send what is queued now. */
  flush: () => void;
}

/**
 * The inspections waiting on this phone, sent again whenever the browser comes back online and when a
 * page using this loads (the phone pages do).
 */
export function useOutbox(): Outbox {
  const { me } = useSession();
  const client = useQueryClient();
  const userId = me.user.id;
  const orgId = me.org?.id ?? '';
  const [counts, setCounts] = useState({ queued: 0, rejected: 0 });
  const recount = useCallback(async () => {
    try {
      const drafts = await listDrafts(userId, orgId);
      setCounts({
        queued: drafts.filter((d) => d.status === 'queued').length,
        rejected: drafts.filter((d) => d.status === 'rejected').length,
      });
    } catch {
      // No IndexedDB (a private window on some browsers): nothing can be waiting.
    }
  }, [userId, orgId]);
  const flush = useCallback(() => {
    void sendQueued(userId, orgId)
      .then((outcomes) => {
        if ([...outcomes.values()].some((o) => o.kind === 'sent'))
          void client.invalidateQueries({ queryKey: ['me', 'inspections'] });
      })
      .catch(() => undefined);
  }, [userId, orgId, client]);
  useEffect(() => {
    void recount();
    flush();
    const off = onDraftsChange(() => void recount());
    window.addEventListener('online', flush);
    return () => {
      off();
      window.removeEventListener('online', flush);
    };
  }, [recount, flush]);
  return { ...counts, flush };
}

/** The DA's way in from their phone home page, with what is still waiting to be sent. */
export function InspectionHomeCard() {
  const t = useIntl().formatMessage;
  const outbox = useOutbox();
  return (
    <section className="driver-card" aria-labelledby="inspection-card">
      <h2 id="inspection-card">{t(INSPECTION.title)}</h2>
      <p className="muted">{t(INSPECTION.homeBlurb)}</p>
      {outbox.queued > 0 ? (
        <p className="notice notice-warning" role="status">
          {t(INSPECTION.pending, { n: outbox.queued })}
        </p>
      ) : null}
      {outbox.rejected > 0 ? (
        <p className="notice notice-error">{t(INSPECTION.rejected, { n: outbox.rejected })}</p>
      ) : null}
      <div className="driver-actions">
        <Link to="/me/inspection" className="big-button button-primary">
          {t(INSPECTION.homeLink)}
        </Link>
      </div>
    </section>
  );
}
