import type { Slice } from '../app/slice.js';
import { MANAGERS, STAFF } from '../auth/domain/permissions.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { customerFeedbackImport } from './customer-feedback-import.js';
import { daWeeklyImport } from './da-weekly-import.js';
import { scorecardKeepsFileIn } from './dsp-scorecard-store.js';
import { performanceRoutes } from './routes.js';
import { safetyEventsImport } from './safety-events-import.js';
import { countPerformanceRowsOfDriver } from './store.js';
import { performanceToday } from './today.js';

/** The permissions this slice's routes name and the roles that hold them. */
const GRANTS = {
  // Dispatchers see the week's scorecard to put stronger DAs on harder routes; managers import and link.
  'performance.read': STAFF,
  'performance.write': MANAGERS,
};

export const performanceSlice: Slice<typeof GRANTS> = {
  name: 'performance',
  permissions: GRANTS,
  routes: [performanceRoutes],
  importKinds: [daWeeklyImport, safetyEventsImport, customerFeedbackImport] as ImportKind[],
  fileKeepers: [{ purposes: ['document'], keepsFileIn: scorecardKeepsFileIn }],
  references: { driver: [[countPerformanceRowsOfDriver, 'scorecard row']] },
  today: performanceToday,
};
