import type { Slice } from '../app/slice.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { customerFeedbackImport } from './customer-feedback-import.js';
import { daWeeklyImport } from './da-weekly-import.js';
import { scorecardKeepsFileIn } from './dsp-scorecard-store.js';
import { performanceRoutes } from './routes.js';
import { safetyEventsImport } from './safety-events-import.js';
import { countPerformanceRowsOfDriver } from './store.js';
import { performanceToday } from './today.js';

export const performanceSlice: Slice = {
  name: 'performance',
  routes: [performanceRoutes],
  importKinds: [daWeeklyImport, safetyEventsImport, customerFeedbackImport] as ImportKind[],
  fileKeepers: [{ purposes: ['document'], keepsFileIn: scorecardKeepsFileIn }],
  references: { driver: [[countPerformanceRowsOfDriver, 'scorecard row']] },
  today: performanceToday,
};
