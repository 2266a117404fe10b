import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ME_KEY } from '../app/auth.js';
import type { Org } from '../app/types.js';
import { Checkbox, fieldError, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { tenancyApi } from './api.js';

export function OrgSettingsPage() {
  const org = useQuery({ queryKey: ['org'], queryFn: tenancyApi.org });
  return (
    <div className="stack-lg">
      <PageHeader title="Organisation settings" description="How your DSP appears and how people sign in." />
      <QueryStatus query={org} />
      {org.data ? <OrgForm org={org.data} /> : null}
    </div>
  );
}

function OrgForm({ org }: { org: Org }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(org.name);
  const [requireMfa, setRequireMfa] = useState(org.requireMfa);
  const save = useMutation({
    mutationFn: () => {
      const patch: { name?: string; requireMfa?: boolean } = {};
      if (name.trim() !== org.name) patch.name = name.trim();
      if (requireMfa !== org.requireMfa) patch.requireMfa = requireMfa;
      return tenancyApi.updateOrg(patch);
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(['org'], saved);
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
  const dirty = name.trim() !== org.name || requireMfa !== org.requireMfa;

  return (
    <Form className="card stack narrow-card" onSubmit={() => save.mutate()}>
      {save.isSuccess && !dirty ? <Notice kind="success">Settings saved.</Notice> : null}
      <ErrorNotice error={save.error} />
      <TextField
        label="Organisation name"
        value={name}
        onValue={setName}
        error={fieldError(save.error, 'name')}
        required
        maxLength={120}
      />
      <div className="field">
        <span className="label">Short name (slug)</span>
        <p className="mono">{org.slug}</p>
      </div>
      <Checkbox
        label="Require two-factor sign-in for owners and managers"
        checked={requireMfa}
        onChecked={setRequireMfa}
        hint="Owners and managers without it are sent to set it up before they can do anything else."
      />
      <div className="form-actions">
        <SubmitButton
          pending={save.isPending}
          pendingLabel="Saving…"
          disabled={!dirty || !name.trim()}
          whyDisabled={name.trim() ? 'Nothing changed yet.' : 'Enter the name.'}
        >
          Save settings
        </SubmitButton>
      </div>
    </Form>
  );
}
