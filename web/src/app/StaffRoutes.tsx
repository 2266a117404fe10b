import type { ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from './auth.js';
import { HomePage } from './HomePage.js';
import { lazyPage } from './lazy.js';
import { NotFoundPage } from './NotFoundPage.js';
import { Shell } from './Shell.js';
import { SECTIONS, type SectionPath } from './sections.js';
import { NoAccess } from './ui/page.js';

/** The page of each section, each in its own chunk; the section says who may open it. */
const SECTION_PAGES: Record<SectionPath, ComponentType> = {
  '/stations': lazyPage(
    () => import('../tenancy/StationsPage.js'),
    (m) => m.StationsPage,
  ),
  '/drivers': lazyPage(
    () => import('../people/DriversPage.js'),
    (m) => m.DriversPage,
  ),
  '/onboarding': lazyPage(
    () => import('../people/OnboardingPage.js'),
    (m) => m.OnboardingPage,
  ),
  '/documents': lazyPage(
    () => import('../people/DocumentsPage.js'),
    (m) => m.DocumentsPage,
  ),
  '/fleet': lazyPage(
    () => import('../fleet/FleetPage.js'),
    (m) => m.FleetPage,
  ),
  '/readiness': lazyPage(
    () => import('../readiness/ReadinessPage.js'),
    (m) => m.ReadinessPage,
  ),
  '/schedule': lazyPage(
    () => import('../schedule/SchedulePage.js'),
    (m) => m.SchedulePage,
  ),
  '/dispatch': lazyPage(
    () => import('../dispatch/BoardPage.js'),
    (m) => m.BoardPage,
  ),
  '/timecards': lazyPage(
    () => import('../payroll/TimecardsPage.js'),
    (m) => m.TimecardsPage,
  ),
  '/payroll-exceptions': lazyPage(
    () => import('../payroll/ExceptionsPage.js'),
    (m) => m.ExceptionsPage,
  ),
  '/money': lazyPage(
    () => import('../money/MoneyPage.js'),
    (m) => m.MoneyPage,
  ),
  '/money-week': lazyPage(
    () => import('../money/MoneyWeekPage.js'),
    (m) => m.MoneyWeekPage,
  ),
  '/performance': lazyPage(
    () => import('../performance/PerformancePage.js'),
    (m) => m.PerformancePage,
  ),
  '/coaching': lazyPage(
    () => import('../coaching/CoachingPage.js'),
    (m) => m.CoachingPage,
  ),
  '/pay-periods': lazyPage(
    () => import('../payroll/PayPeriodsPage.js'),
    (m) => m.PayPeriodsPage,
  ),
  '/messages': lazyPage(
    () => import('../messaging/MessagesPage.js'),
    (m) => m.MessagesPage,
  ),
  '/users': lazyPage(
    () => import('../tenancy/UsersPage.js'),
    (m) => m.UsersPage,
  ),
  '/imports': lazyPage(
    () => import('../imports/ImportsPage.js'),
    (m) => m.ImportsPage,
  ),
  '/audit': lazyPage(
    () => import('../audit/AuditPage.js'),
    (m) => m.AuditPage,
  ),
  '/tokens': lazyPage(
    () => import('../tokens/TokensPage.js'),
    (m) => m.TokensPage,
  ),
  '/risk': lazyPage(
    () => import('../money/RiskPage.js'),
    (m) => m.RiskPage,
  ),
  '/settings': lazyPage(
    () => import('../tenancy/OrgSettingsPage.js'),
    (m) => m.OrgSettingsPage,
  ),
};

/** Pages inside a section (one record of its list), open to whoever may open the section. */
const SUB_PAGES: { path: string; section: SectionPath; page: ComponentType }[] = [
  {
    path: '/money/rates',
    section: '/money',
    page: lazyPage(
      () => import('../money/RateCardPage.js'),
      (m) => m.RateCardPage,
    ),
  },
  {
    path: '/drivers/:id',
    section: '/drivers',
    page: lazyPage(
      () => import('../people/DriverPage.js'),
      (m) => m.DriverPage,
    ),
  },
  {
    path: '/fleet/maintenance',
    section: '/fleet',
    page: lazyPage(
      () => import('../fleet/MaintenancePage.js'),
      (m) => m.MaintenancePage,
    ),
  },
  {
    path: '/fleet/checklists',
    section: '/fleet',
    page: lazyPage(
      () => import('../inspections/ChecklistsPage.js'),
      (m) => m.ChecklistsPage,
    ),
  },
  {
    path: '/fleet/:id',
    section: '/fleet',
    page: lazyPage(
      () => import('../fleet/VanPage.js'),
      (m) => m.VanPage,
    ),
  },
  {
    path: '/money/fleet',
    section: '/money',
    page: lazyPage(
      () => import('../money/FleetBillsPage.js'),
      (m) => m.FleetBillsPage,
    ),
  },
  {
    path: '/coaching/items/:id',
    section: '/coaching',
    page: lazyPage(
      () => import('../coaching/ItemPage.js'),
      (m) => m.ItemPage,
    ),
  },
];

const AccountPage = lazyPage(
  () => import('../auth/AccountPage.js'),
  (m) => m.AccountPage,
);

function Guarded({ section, page }: { section: (typeof SECTIONS)[number]; page?: ComponentType }) {
  const { can } = useSession();
  const Page = page ?? SECTION_PAGES[section.to];
  return can(section.permission) ? <Page /> : <NoAccess what={section.what} />;
}

/** Everything the office (every role but driver) can open, inside the desktop shell. */
export function StaffRoutes() {
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
