import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { ChangePasswordForm } from '../auth/ChangePasswordForm.js';
import { BackToMe } from './BackToMe.js';
import { PASSWORD } from './HomeMessages.js';

export function DriverPasswordPage() {
  const t = useIntl().formatMessage;
  useTitle(t(PASSWORD.title));
  const [done, setDone] = useState(false);
  return (
    <div className="driver-stack">
      <BackToMe label={t(PASSWORD.back)} />
      <section className="driver-card" aria-labelledby="pw-title">
        <h1 id="pw-title">{t(PASSWORD.title)}</h1>
        {done ? <Notice kind="success">{t(PASSWORD.done)}</Notice> : null}
        <ChangePasswordForm showSuccess={false} onDone={() => setDone(true)} />
      </section>
    </div>
  );
}
