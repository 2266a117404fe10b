import { useState } from 'react';
import { ConfirmDialog, DoneDialog } from '../app/ui/dialog.js';
import { SecretReveal } from '../app/ui/secret.js';
import { type Member, tenancyApi } from './api.js';

/** Asks, then gives the member a one-time password to sign in with. */
export function ResetPasswordDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const [oneTimePassword, setOneTimePassword] = useState<string | null>(null);
  if (oneTimePassword) {
    return (
      <DoneDialog title={`New password for ${member.name}`} onClose={onClose}>
        <SecretReveal
          label="One-time password"
          value={oneTimePassword}
          note="Shown only once. They choose their own password when they next sign in."
        />
      </DoneDialog>
    );
  }
  return (
    <ConfirmDialog
      title={`Reset ${member.name}’s password?`}
      confirmLabel="Reset password"
      run={() => tenancyApi.resetPassword(member.id)}
      onDone={(reset) => setOneTimePassword(reset.oneTimePassword)}
      onCancel={onClose}
    >
      <p>
        Their current password stops working and they are signed out everywhere. You get a one-time password
        to give them.
      </p>
    </ConfirmDialog>
  );
}
