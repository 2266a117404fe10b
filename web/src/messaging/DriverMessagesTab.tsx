import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { usePagedQuery } from '../app/paging.js';
import { SelectField } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import type { Driver } from '../people/api.js';
import { formatPhone } from '../people/labels.js';
import { messagingApi, messagingKeys, type TextsTo } from './api.js';
import { MessageTable } from './MessageTable.js';
import { PreviewBox } from './PreviewBox.js';
import './messaging.css';

/** A DA's messages on their profile: what they were told, in the app and by text, and whether texts reach them. */
export function DriverMessagesTab({ driver }: { driver: Driver }) {
  const { query, items } = usePagedQuery(messagingKeys.driver(driver.id), (cursor) =>
    messagingApi.driverMessages(driver.id, cursor),
  );
  // Every page says where the DA's texts stand; the first is enough.
  const texts = (query.data?.pages[0] as { texts?: TextsTo } | undefined)?.texts;
  return (
    <div className="stack-lg">
      <div className="profile-grid">
        {texts ? <TextsPanel texts={texts} /> : null}
        <PreviewPanel driverId={driver.id} />
      </div>
      <QueryStatus query={query} isEmpty={items.length === 0} empty="No messages to this DA yet." />
      <MessageTable caption={`Messages to ${driver.firstName} ${driver.lastName}`} rows={items} />
      <LoadMore query={query} />
    </div>
  );
}

function TextsPanel({ texts }: { texts: TextsTo }) {
  return (
    <section className="card stack" aria-labelledby="texts-title">
      <h2 id="texts-title">Texts</h2>
      <p>
        {texts.inAppOnlyReason ? (
          <>
            <StatusBadge tone="neutral">In the app only</StatusBadge> {texts.inAppOnlyReason}
          </>
        ) : (
          <>
            <StatusBadge tone="good">Texted</StatusBadge> Messages also go by text to{' '}
            {formatPhone(texts.phone)}.
          </>
        )}
      </p>
      {texts.optedOutAt ? (
        <p className="muted">Only the DA can undo a STOP, by texting START to the same number.</p>
      ) : null}
    </section>
  );
}

/** Any template as this DA would get it: their language and name, by text or not. */
function PreviewPanel({ driverId }: { driverId: string }) {
  const templates = useQuery({ queryKey: messagingKeys.templates, queryFn: () => messagingApi.templates() });
  const [key, setKey] = useState('');
  const preview = useMutation({ mutationFn: (k: string) => messagingApi.preview({ key: k, driverId }) });
  const options = templates.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview a message</h2>
      <ErrorNotice error={templates.error ?? preview.error} />
      <SelectField
        label="Message"
        value={key}
        onValue={(k) => {
          setKey(k);
          if (k) preview.mutate(k);
        }}
        options={[
          { value: '', label: 'Choose one…' },
          ...options.map((t) => ({ value: t.key, label: t.label })),
        ]}
      />
      {preview.data && key ? <PreviewBox preview={preview.data} /> : null}
    </section>
  );
}
