import { useSession } from '../app/auth.js';
import { useTitle } from '../app/ui/page.js';
import { AuthScreen } from './AuthScreen.js';
import { TwoFactorEnrol } from './TwoFactorEnrol.js';

/** The org requires two-factor sign-in of owners and managers: nothing else opens until it is on. */
export function MfaRequiredPage() {
  useTitle('Set up two-factor sign-in');
  const { me, refresh, signOut } = useSession();
  return (
    <AuthScreen title="Set up two-factor sign-in" wide>
      <div className="stack">
        <p>
          {me.org?.name ?? 'Your organisation'} requires two-factor sign-in for owners and managers. Set it up
          now to continue; from then on you will enter a code from your phone when you sign in.
        </p>
        <TwoFactorEnrol onDone={refresh} />
        <button type="button" className="button-ghost" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </AuthScreen>
  );
}
