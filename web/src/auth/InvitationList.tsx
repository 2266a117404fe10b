import { useState } from 'react';
import { errorMessage } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { ROLE_LABELS } from '../app/types.js';

/**
 * The places other organisations offered this account. Nobody joins an org by being named in it:
 * the person accepts here (and lands in that org) or declines (and the org sees the invitation gone).
 */
export function InvitationList() {
  const { me, acceptInvitation, declineInvitation } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (me.invitations.length === 0) return null;

  const answer = async (id: string, run: (id: string) => Promise<void>) => {
    setBusy(id);
    setError(null);
    try {
      await run(id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="invitations stack" aria-label="Invitations">
      {me.invitations.map((i) => (
        <div key={i.id} className="notice notice-info invitation">
          <p>
            <strong>{i.orgName}</strong> invited you to join as {ROLE_LABELS[i.role].toLowerCase()}.{' '}
            <span className="muted">Open until {formatShort(i.expiresAt)}.</span>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={busy !== null}
              onClick={() => void answer(i.id, acceptInvitation)}
            >
              Accept
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy !== null}
              onClick={() => void answer(i.id, declineInvitation)}
            >
              Decline
            </button>
          </div>
        </div>
      ))}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
