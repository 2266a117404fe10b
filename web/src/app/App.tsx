import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LoginPage } from '../auth/LoginPage.js';
import { errorMessage } from './api.js';
import { SessionProvider, useMeQuery, useSession } from './auth.js';
import { lazyPage } from './lazy.js';
import { StationProvider } from './station.js';
import { Loading } from './ui/status.js';

// Each kind of person gets their own chunk: the phone layout for DAs, the desktop shell for the office.
const loadDriverRoutes = () => import('../driver/DriverRoutes.js');
const DriverRoutes = lazyPage(loadDriverRoutes, (m) => m.DriverRoutes);
const StaffRoutes = lazyPage(
  () => import('./StaffRoutes.js'),
  (m) => m.StaffRoutes,
);
const ForcedPasswordPage = lazyPage(
  () => import('../auth/ForcedPasswordPage.js'),
  (m) => m.ForcedPasswordPage,
);
const MfaRequiredPage = lazyPage(
  () => import('../auth/MfaRequiredPage.js'),
  (m) => m.MfaRequiredPage,
);
const NoOrgPage = lazyPage(
  () => import('../auth/NoOrgPage.js'),
  (m) => m.NoOrgPage,
);

// A phone opening /me fetches its layout while asking who is signed in, not after the answer.
if (window.location.pathname.startsWith('/me')) void loadDriverRoutes();

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="*" element={<SignedIn />} />
    </Routes>
  );
}

/** Everything behind sign-in, in the order a person must get through it. */
function SignedIn() {
  const location = useLocation();
  const me = useMeQuery();

  if (me.isPending) {
    return (
      <div className="splash">
        <Loading label="Opening Stationhand…" />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="splash">
        <div className="card narrow stack" role="alert">
          <h1>Stationhand is not answering</h1>
          <p>{errorMessage(me.error)}</p>
          <button type="button" className="button-primary" onClick={() => void me.refetch()}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  if (!me.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from === '/' ? undefined : { from }} />;
  }

  return (
    <SessionProvider me={me.data}>
      <Gates />
    </SessionProvider>
  );
}

function Gates() {
  const { me } = useSession();
  if (me.user.mustChangePassword) return <ForcedPasswordPage />;
  if (me.mfaSetupRequired) return <MfaRequiredPage />;
  if (!me.org || !me.role) return <NoOrgPage />;
  return <StationProvider>{me.role === 'driver' ? <DriverRoutes /> : <StaffRoutes />}</StationProvider>;
}
