import { auditSlice } from '../audit/slice.js';
import { authSlice } from '../auth/slice.js';
import { coachingSlice } from '../coaching/slice.js';
import { registerReferences } from '../db/references.js';
import { dispatchSlice } from '../dispatch/slice.js';
import { filesSlice } from '../files/slice.js';
import { registerFileKeeper } from '../files/station-scope.js';
import { fleetSlice } from '../fleet/slice.js';
import { registerImportKind } from '../imports/kinds.js';
import { importsSlice } from '../imports/slice.js';
import { inspectionsSlice } from '../inspections/slice.js';
import { registerTemplate } from '../messaging/catalog.js';
import { messagingSlice } from '../messaging/slice.js';
import { moneySlice } from '../money/slice.js';
import { payrollSlice } from '../payroll/slice.js';
import { peopleSlice } from '../people/slice.js';
import { performanceSlice } from '../performance/slice.js';
import { readinessSlice } from '../readiness/slice.js';
import { tenancySlice } from '../tenancy/slice.js';
import type { Slice } from './slice.js';

/** Every slice, lower layers first (docs/architecture.md): the one list that knows them all. */
export const SLICES: readonly Slice[] = [
  authSlice,
  tenancySlice,
  auditSlice,
  importsSlice,
  filesSlice,
  peopleSlice,
  fleetSlice,
  messagingSlice,
  inspectionsSlice,
  readinessSlice,
  dispatchSlice,
  performanceSlice,
  coachingSlice,
  payrollSlice,
  moneySlice,
];

/**
 * Fills the registries the lower layers look things up through: the import kinds (with the hooks other
 * slices run after them), what points at a DA or a van, the records that keep files and the message
 * templates. Registering again replaces, so every app a process builds, and the command line, may
 * call it.
 */
export function assembleSlices(slices: readonly Slice[] = SLICES): void {
  for (const slice of slices) {
    for (const kind of slice.importKinds ?? []) {
      const hooks = slices.flatMap((s) =>
        s.afterImports?.kinds.includes(kind.kind) ? [s.afterImports] : [],
      );
      registerImportKind(
        hooks.length === 0
          ? kind
          : {
              ...kind,
              afterCommit: async (db, scope) => {
                await kind.afterCommit?.(db, scope);
                for (const hook of hooks) await hook.afterCommit(db, scope);
              },
            },
      );
    }
    registerReferences('driver', slice.references?.driver ?? []);
    registerReferences('van', slice.references?.van ?? []);
    for (const keeper of slice.fileKeepers ?? []) registerFileKeeper(keeper);
    for (const spec of slice.messageTemplates ?? []) registerTemplate(spec);
  }
}
