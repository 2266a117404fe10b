import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Role } from '../app/types.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { type Access, AccessFields } from './AccessFields.js';
import { type Member, type MemberPatch, tenancyApi } from './api.js';

function sameIds(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Changes a member's name, status, role and stations. */
export function EditPersonDialog({
  member,
  roles,
  onClose,
  onSaved,
}: {
  member: Member;
  roles: Role[];
  onClose: () => void;
  onSaved: (m: Member) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(member.name);
  const [access, setAccess] = useState<Access>({ role: member.role, stationIds: member.stationIds });
  const [status, setStatus] = useState(member.status);
  const patch: MemberPatch = {};
  if (name.trim() !== member.name) patch.name = name.trim();
  if (access.role !== member.role) patch.role = access.role;
  if (!sameIds(access.stationIds, member.stationIds)) patch.stationIds = access.stationIds;
  if (status !== member.status) patch.status = status;
  const dirty = Object.keys(patch).length > 0;
  const save = useMutation({
    mutationFn: () => tenancyApi.updateUser(member.id, patch),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onSaved(saved);
    },
  });

  return (
    <FormDialog
      title={`Edit ${member.name}`}
      onClose={onClose}
      submission={save}
      ready={dirty && Boolean(name.trim())}
      whyNotReady={name.trim() ? 'Nothing changed yet.' : 'Enter the name.'}
      submitLabel="Save"
      pendingLabel="Saving…"
      intro={<p className="muted">{member.email}</p>}
    >
      <TextField
        label="Name"
        hint="The name shown in this organisation. Their account (its name, email and password) stays theirs."
        value={name}
        onValue={setName}
        error={fieldError(save.error, 'name')}
        required
      />
      <AccessFields roles={roles} value={access} onChange={setAccess} error={save.error} />
      <SelectField
        label="Status"
        value={status}
        onValue={(s) => setStatus(s as Member['status'])}
        options={[
          { value: 'active', label: 'Active: can sign in' },
          { value: 'disabled', label: 'Disabled: cannot sign in' },
        ]}
        error={fieldError(save.error, 'status')}
      />
    </FormDialog>
  );
}
