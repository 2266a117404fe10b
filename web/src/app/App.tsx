import type { ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AuditPage } from '../audit/AuditPage.js';
import { AccountPage } from '../auth/AccountPage.js';
import { ForcedPasswordPage } from '../auth/ForcedPasswordPage.js';
import { LoginPage } from '../auth/LoginPage.js';
import { MfaRequiredPage } from '../auth/MfaRequiredPage.js';
import { NoOrgPage } from '../auth/NoOrgPage.js';
import { CoachingPage } from '../coaching/CoachingPage.js';
import { ItemPage } from '../coaching/ItemPage.js';
import { BoardPage } from '../dispatch/BoardPage.js';
import { DriverHome } from '../driver/DriverHome.js';
import { DriverLayout } from '../driver/DriverLayout.js';
import { DriverPasswordPage } from '../driver/DriverPasswordPage.js';
import { InspectionPage } from '../driver/InspectionPage.js';
import { MyAttendancePage } from '../driver/MyAttendancePage.js';
import { MyAvailabilityPage } from '../driver/MyAvailabilityPage.js';
import { MyCoachingPage } from '../driver/MyCoachingPage.js';
import { MyDocumentsPage } from '../driver/MyDocumentsPage.js';
import { MyMessagesPage } from '../driver/MyMessagesPage.js';
import { MyPerformancePage } from '../driver/MyPerformancePage.js';
import { MySchedulePage } from '../driver/MySchedulePage.js';
import { MyTimeOffPage } from '../driver/MyTimeOffPage.js';
import { FleetPage } from '../fleet/FleetPage.js';
import { MaintenancePage } from '../fleet/MaintenancePage.js';
import { VanPage } from '../fleet/VanPage.js';
import { ImportsPage } from '../imports/ImportsPage.js';
import { ChecklistsPage } from '../inspections/ChecklistsPage.js';
import { MessagesPage } from '../messaging/MessagesPage.js';
import { DocumentsPage } from '../people/DocumentsPage.js';
import { DriverPage } from '../people/DriverPage.js';
import { DriversPage } from '../people/DriversPage.js';
import { OnboardingPage } from '../people/OnboardingPage.js';
import { PerformancePage } from '../performance/PerformancePage.js';
import { ReadinessPage } from '../readiness/ReadinessPage.js';
import { SchedulePage } from '../schedule/SchedulePage.js';
import { OrgSettingsPage } from '../tenancy/OrgSettingsPage.js';
import { StationsPage } from '../tenancy/StationsPage.js';
import { UsersPage } from '../tenancy/UsersPage.js';
import { TokensPage } from '../tokens/TokensPage.js';
import { errorMessage } from './api.js';
import { SessionProvider, useMeQuery, useSession } from './auth.js';
import { HomePage } from './HomePage.js';
import { NotFoundPage } from './NotFoundPage.js';
import { Shell } from './Shell.js';
import { SECTIONS, type SectionPath } from './sections.js';
import { StationProvider } from './station.js';
import { Loading, NoAccess } from './ui.js';

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

function DriverRoutes() {
  return (
    <Routes>
      <Route element={<DriverLayout />}>
        <Route path="/me" element={<DriverHome />} />
        <Route path="/me/password" element={<DriverPasswordPage />} />
        <Route path="/me/documents" element={<MyDocumentsPage />} />
        <Route path="/me/attendance" element={<MyAttendancePage />} />
        <Route path="/me/inspection" element={<InspectionPage />} />
        <Route path="/me/schedule" element={<MySchedulePage />} />
        <Route path="/me/time-off" element={<MyTimeOffPage />} />
        <Route path="/me/availability" element={<MyAvailabilityPage />} />
        <Route path="/me/messages" element={<MyMessagesPage />} />
        <Route path="/me/performance" element={<MyPerformancePage />} />
        <Route path="/me/coaching" element={<MyCoachingPage />} />
        <Route path="*" element={<Navigate to="/me" replace />} />
      </Route>
    </Routes>
  );
}

/** The page of each section; the section says who may open it. */
const SECTION_PAGES: Record<SectionPath, ComponentType> = {
  '/stations': StationsPage,
  '/drivers': DriversPage,
  '/onboarding': OnboardingPage,
  '/documents': DocumentsPage,
  '/fleet': FleetPage,
  '/readiness': ReadinessPage,
  '/schedule': SchedulePage,
  '/dispatch': BoardPage,
  '/performance': PerformancePage,
  '/coaching': CoachingPage,
  '/messages': MessagesPage,
  '/users': UsersPage,
  '/imports': ImportsPage,
  '/audit': AuditPage,
  '/tokens': TokensPage,
  '/settings': OrgSettingsPage,
};

/** Pages inside a section (one record of its list), open to whoever may open the section. */
const SUB_PAGES: { path: string; section: SectionPath; page: ComponentType }[] = [
  { path: '/drivers/:id', section: '/drivers', page: DriverPage },
  { path: '/fleet/maintenance', section: '/fleet', page: MaintenancePage },
  { path: '/fleet/checklists', section: '/fleet', page: ChecklistsPage },
  { path: '/fleet/:id', section: '/fleet', page: VanPage },
  { path: '/coaching/items/:id', section: '/coaching', page: ItemPage },
];

function Guarded({ section, page }: { section: (typeof SECTIONS)[number]; page?: ComponentType }) {
  const { can } = useSession();
  const Page = page ?? SECTION_PAGES[section.to];
  return can(section.permission) ? <Page /> : <NoAccess what={section.what} />;
}

function StaffRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="me" element={<Navigate to="/account" replace />} />
        {SECTIONS.map((section) => (
          <Route key={section.to} path={section.to} element={<Guarded section={section} />} />
        ))}
        {SUB_PAGES.map((sub) => {
          const section = SECTIONS.find((s) => s.to === sub.section);
          return section ? (
            <Route key={sub.path} path={sub.path} element={<Guarded section={section} page={sub.page} />} />
          ) : null;
        })}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
