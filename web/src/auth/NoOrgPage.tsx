import { useState } from 'react';
import { errorMessage } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { ROLE_LABELS } from '../app/types.js';
import { useTitle } from '../app/ui/page.js';
import { AuthScreen } from './AuthScreen.js';
import { InvitationList } from './InvitationList.js';

/** Signed in, but no organisation is picked (or the person belongs to none yet, or any more). */
export function NoOrgPage() {
  useTitle('Choose an organisation');
  const { me, switchOrg, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);
  const title = me.orgs.length
    ? 'Choose an organisation'
    : me.invitations.length
      ? 'Your invitations'
      : 'No organisation';
  return (
    <AuthScreen title={title}>
      <div className="stack">
        <InvitationList />
        {me.orgs.length ? (
          <ul className="choice-list">
            {me.orgs.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="button-secondary button-block"
                  onClick={() => switchOrg(o.id).catch((e: unknown) => setError(errorMessage(e)))}
                >
                  {o.name} <span className="muted">({ROLE_LABELS[o.role]})</span>
                </button>
              </li>
            ))}
          </ul>
        ) : me.invitations.length ? null : (
          <p>
            {me.user.email} is not a member of any organisation on this Stationhand. Ask the owner of your DSP
            to add you.
          </p>
        )}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="button" className="button-ghost button-block" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </AuthScreen>
  );
}
