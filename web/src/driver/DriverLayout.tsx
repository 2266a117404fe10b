import { Link, Outlet } from 'react-router';
import { useSession } from '../app/auth.js';
import { InvitationList } from '../auth/InvitationList.js';

/** The phone layout drivers get: one column, big touch targets, nothing they cannot use. */
export function DriverLayout() {
  const { me } = useSession();
  return (
    <div className="driver-app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="driver-top">
        <Link to="/me" className="brand" aria-label="Stationhand home">
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
