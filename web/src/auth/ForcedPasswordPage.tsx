import { useSession } from '../app/auth.js';
import { useTitle } from '../app/ui/page.js';
import { AuthScreen } from './AuthScreen.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';

/** Accounts made by a manager start with a one-time password: the person chooses their own first. */
export function ForcedPasswordPage() {
  useTitle('Choose a new password');
  const { me, refresh, signOut } = useSession();
  return (
    <AuthScreen title="Choose a new password">
      <div className="stack">
        <p>
          Welcome, {me.user.name}. Your account was set up with a one-time password. Choose your own password
          to continue.
        </p>
        <ChangePasswordForm
          currentLabel="One-time or current password"
          submitLabel="Save and continue"
          showSuccess={false}
          onDone={refresh}
        />
        <button type="button" className="button-ghost button-block" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </AuthScreen>
  );
}
