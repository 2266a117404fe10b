import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useStation } from '../app/station.js';
import { ROLE_LABELS, type Role } from '../app/types.js';
import { DoneDialog, FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { SecretReveal } from '../app/ui/secret.js';
import { type Access, AccessFields } from './AccessFields.js';
import { tenancyApi } from './api.js';

/** Invites a person with a role and stations, and shows the one-time password when the server gives one. */
export function AddPersonDialog({ roles, onClose }: { roles: Role[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const { stationId } = useStation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [access, setAccess] = useState<Access>({
    role: roles.includes('dispatcher') ? 'dispatcher' : (roles[0] ?? 'driver'),
    stationIds: stationId ? [stationId] : null,
  });
  const create = useMutation({
    mutationFn: () => tenancyApi.invite({ email: email.trim(), name: name.trim(), ...access }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });

  if (create.data) {
    const { invitation, oneTimePassword } = create.data;
    return (
      <DoneDialog title="Invitation ready" onClose={onClose}>
        <Notice kind="success">
          {invitation.name} ({invitation.email}) is invited as {ROLE_LABELS[invitation.role].toLowerCase()}.
          They join once they sign in and accept; until then they are listed as invited.
        </Notice>
        <SecretReveal
          label="One-time password"
          value={oneTimePassword}
          note="Shown only once. Give it to them with their email, in person or by phone; they choose their own password at first sign-in. Someone who already uses Stationhand with another DSP signs in with their own password instead and finds the invitation there."
        />
      </DoneDialog>
    );
  }

  return (
    <FormDialog
      title="Add a person"
      onClose={onClose}
      submission={create}
      ready={Boolean(email.trim() && name.trim())}
      whyNotReady="Enter their name and email."
      submitLabel="Invite"
      pendingLabel="Inviting…"
    >
      <TextField
        label="Name"
        hint="As your organisation knows them."
        value={name}
        onValue={setName}
        error={fieldError(create.error, 'name')}
        autoComplete="off"
        maxLength={120}
        required
      />
      <TextField
        label="Email"
        type="email"
        value={email}
        onValue={setEmail}
        error={fieldError(create.error, 'email')}
        autoComplete="off"
        required
      />
      <AccessFields roles={roles} value={access} onChange={setAccess} error={create.error} />
    </FormDialog>
  );
}
