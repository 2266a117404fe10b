import { Navigate, Route, Routes } from 'react-router';
import { lazyPage } from '../app/lazy.js';
import { DriverHome } from './DriverHome.js';
import { DriverLayout } from './DriverLayout.js';

// The phone layout and its home come in one chunk (what /me needs); every other page in its own.
const DriverPasswordPage = lazyPage(
  () => import('./DriverPasswordPage.js'),
  (m) => m.DriverPasswordPage,
);
const MyDocumentsPage = lazyPage(
  () => import('./MyDocumentsPage.js'),
  (m) => m.MyDocumentsPage,
);
const MyAttendancePage = lazyPage(
  () => import('./MyAttendancePage.js'),
  (m) => m.MyAttendancePage,
);
const InspectionPage = lazyPage(
  () => import('./InspectionPage.js'),
  (m) => m.InspectionPage,
);
const MySchedulePage = lazyPage(
  () => import('./MySchedulePage.js'),
  (m) => m.MySchedulePage,
);
const MyTimeOffPage = lazyPage(
  () => import('./MyTimeOffPage.js'),
  (m) => m.MyTimeOffPage,
);
const MyAvailabilityPage = lazyPage(
  () => import('./MyAvailabilityPage.js'),
  (m) => m.MyAvailabilityPage,
);
const MyMessagesPage = lazyPage(
  () => import('./MyMessagesPage.js'),
  (m) => m.MyMessagesPage,
);
const MyPerformancePage = lazyPage(
  () => import('./MyPerformancePage.js'),
  (m) => m.MyPerformancePage,
);
const MyCoachingPage = lazyPage(
  () => import('./MyCoachingPage.js'),
  (m) => m.MyCoachingPage,
);
const MyClockPage = lazyPage(
  () => import('./MyClockPage.js'),
  (m) => m.MyClockPage,
);
const MyHoursPage = lazyPage(
  () => import('./MyHoursPage.js'),
  (m) => m.MyHoursPage,
);
const MyPastPlanPage = lazyPage(
  () => import('./MyPastPlanPage.js'),
  (m) => m.MyPastPlanPage,
);

/** Everything a DA (role driver) can open, all under /me. */
export function DriverRoutes() {
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
        <Route path="/me/clock" element={<MyClockPage />} />
        <Route path="/me/hours" element={<MyHoursPage />} />
        <Route path="/me/past-plan" element={<MyPastPlanPage />} />
        <Route path="*" element={<Navigate to="/me" replace />} />
      </Route>
    </Routes>
  );
}
