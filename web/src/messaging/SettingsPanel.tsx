import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { Checkbox, fieldError, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { type MessagingSettings, messagingApi, messagingKeys, type SettingsView } from './api.js';

/** Texts on or off, quiet hours and the rate limit; owners change them, everyone else reads them. */
export function SettingsPanel({ settings }: { settings: SettingsView }) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const canEdit = can('org.settings');
  const [draft, setDraft] = useState<Omit<MessagingSettings, 'ratePerMinute'>>({
    smsEnabled: settings.smsEnabled,
    quietStart: settings.quietStart,
    quietEnd: settings.quietEnd,
  });
  const [rate, setRate] = useState(String(settings.ratePerMinute));
  const save = useMutation({
    mutationFn: () => messagingApi.saveSettings({ ...draft, ratePerMinute: Number(rate) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagingKeys.all }),
  });
  const set =
    <K extends keyof MessagingSettings>(key: K) =>
    (value: MessagingSettings[K]) =>
      setDraft({ ...draft, [key]: value });
  return (
    <section className="card stack" aria-labelledby="sms-settings-title">
      <div className="section-head">
        <h2 id="sms-settings-title">Texts</h2>
        <span className="muted">
          {settings.updatedBy
            ? `Last changed by ${settings.updatedBy}, ${formatShort(settings.updatedAt)}`
            : 'Defaults'}
        </span>
      </div>
      {save.isSuccess ? <Notice kind="success">Messaging settings saved.</Notice> : null}
      <Form onSubmit={() => save.mutate()}>
        <ErrorNotice error={save.error} />
        <Checkbox
          label="Also send messages by text (SMS)"
          checked={draft.smsEnabled}
          onChecked={set('smsEnabled')}
          disabled={!canEdit}
          hint="Only to DAs with a mobile number who agreed to texts; a DA who replies STOP gets none until they reply START."
        />
        <div className="form-grid">
          <TextField
            label="Quiet hours from"
            type="time"
            value={draft.quietStart}
            onValue={set('quietStart')}
            disabled={!canEdit}
            error={fieldError(save.error, 'quietStart')}
            hint="Local time at the DA’s station; texts wait until the end."
          />
          <TextField
            label="Quiet hours until"
            type="time"
            value={draft.quietEnd}
            onValue={set('quietEnd')}
            disabled={!canEdit}
            error={fieldError(save.error, 'quietEnd')}
            hint="The same time twice means no quiet hours."
          />
          <TextField
            label="Texts a minute, at most"
            type="number"
            min={1}
            max={600}
            value={rate}
            onValue={setRate}
            disabled={!canEdit}
            error={fieldError(save.error, 'ratePerMinute')}
          />
        </div>
        {canEdit ? (
          <div className="form-actions-start">
            <SubmitButton pending={save.isPending} pendingLabel="Saving…">
              Save
            </SubmitButton>
          </div>
        ) : (
          <p className="muted">Only an owner changes these.</p>
        )}
      </Form>
    </section>
  );
}
