import { defineMessages, useIntl } from 'react-intl';
import { Link, Outlet } from 'react-router';
import { useSession } from '../app/auth.js';
import { InvitationList } from '../auth/InvitationList.js';
import { DriverIntl } from './intl.js';

const MESSAGES = defineMessages({
  skip: { id: 'me.layout.skip', defaultMessage: 'Skip to content' },
  home: { id: 'me.layout.home', defaultMessage: 'Stationhand home' },
});

/** The phone layout drivers get: one column, big touch targets, nothing they cannot use, in their language. */
export function DriverLayout() {
  return (
    <DriverIntl>
      <PhoneLayout />
    </DriverIntl>
  );
}

function PhoneLayout() {
  const { me } = useSession();
  const t = useIntl().formatMessage;
  return (
    <div className="driver-app">
      <a className="skip-link" href="#main">
        {t(MESSAGES.skip)}
      </a>
      <header className="driver-top">
        <Link to="/me" className="brand" aria-label={t(MESSAGES.home)}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Stationhand</span>
        </Link>
        <span className="driver-org">{me.org?.name}</span>
      </header>
      <main id="main" className="driver-main" tabIndex={-1}>
        <InvitationList />
        <Outlet />
      </main>
    </div>
  );
}
