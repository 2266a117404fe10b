import { useState } from 'react';
import { defineMessage, defineMessages, type MessageValue, useIntl } from 'react-intl';
import { errorMessage } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { ROLE_MESSAGES } from './role-messages.js';

const MESSAGES = defineMessages({
  label: { id: 'invitations.label', defaultMessage: 'Invitations' },
  invited: defineMessage<{ org: MessageValue; role: MessageValue }>({
    id: 'invitations.invited',
    defaultMessage: '{org} invited you to join as {role}.',
  }),
  openUntil: defineMessage<{ date: MessageValue }>({
    id: 'invitations.openUntil',
    defaultMessage: 'Open until {date}.',
  }),
  accept: { id: 'invitations.accept', defaultMessage: 'Accept' },
  decline: { id: 'invitations.decline', defaultMessage: 'Decline' },
});

/**
 * The places other organisations offered this account. Nobody joins an org by being named in it:
 * the person accepts here (and lands in that org) or declines (and the org sees the invitation gone).
 */
export function InvitationList() {
  const { me, acceptInvitation, declineInvitation } = useSession();
  const intl = useIntl();
  const t = intl.formatMessage;
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
    <section className="invitations stack" aria-label={t(MESSAGES.label)}>
      {me.invitations.map((i) => (
        <div key={i.id} className="notice notice-info invitation">
          <p>
            {intl.formatMessage(MESSAGES.invited, {
              org: <strong key="org">{i.orgName}</strong>,
              role: t(ROLE_MESSAGES[i.role]),
            })}{' '}
            <span className="muted">
              {t(MESSAGES.openUntil, { date: intl.formatDate(i.expiresAt, { dateStyle: 'medium' }) })}
            </span>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={busy !== null}
              onClick={() => void answer(i.id, acceptInvitation)}
            >
              {t(MESSAGES.accept)}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy !== null}
              onClick={() => void answer(i.id, declineInvitation)}
            >
              {t(MESSAGES.decline)}
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
