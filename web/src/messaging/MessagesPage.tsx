import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { type Tab, Tabs } from '../people/Tabs.js';
import { messagingApi, messagingKeys, type SettingsView } from './api.js';
import { OrgMessages } from './OrgMessages.js';
import { SettingsPanel } from './SettingsPanel.js';
import { TemplatesPanel } from './TemplatesPanel.js';
import './messaging.css';
import '../people/people.css';

const TABS = [
  { key: 'messages', label: 'Messages' },
  { key: 'templates', label: 'Templates' },
  { key: 'settings', label: 'Settings' },
] as const satisfies readonly Tab<string>[];
type TabKey = (typeof TABS)[number]['key'];

/** Why a message might not reach a phone by text, said once above every tab. */
function TextsNotice({ settings }: { settings: SettingsView }) {
  if (!settings.smsEnabled) {
    return (
      <Notice>
        Texts are off: DAs read their messages in the app. An owner turns texts on under Settings.
      </Notice>
    );
  }
  if (settings.provider === 'log') {
    return (
      <Notice kind="warning">
        Texts are on, but this server has no texting account (SMS_PROVIDER is log): texts are recorded, not
        sent.
      </Notice>
    );
  }
  return null;
}

/** What DAs were told, in the app and by text; the wording of each message; and how texts go out. */
export function MessagesPage() {
  const [params, setParams] = useSearchParams();
  const param = params.get('tab');
  const tab: TabKey = TABS.some((t) => t.key === param) ? (param as TabKey) : 'messages';
  const settings = useQuery({ queryKey: messagingKeys.settings, queryFn: () => messagingApi.settings() });
  return (
    <div className="stack-lg">
      <PageHeader
        title="Messages"
        description="What DAs were told, in the app and by text, and whether it reached them."
      />
      {settings.data ? <TextsNotice settings={settings.data} /> : null}
      <Tabs
        label="Messages"
        tabs={TABS}
        current={tab}
        onSelect={(key) => setParams(key === 'messages' ? {} : { tab: key }, { replace: true })}
      >
        {tab === 'messages' ? <OrgMessages /> : null}
        {tab === 'templates' ? <TemplatesPanel /> : null}
        {tab === 'settings' ? (
          <>
            <QueryStatus query={settings} />
            {settings.data ? (
              <SettingsPanel key={settings.data.updatedAt ?? 'defaults'} settings={settings.data} />
            ) : null}
          </>
        ) : null}
      </Tabs>
    </div>
  );
}
