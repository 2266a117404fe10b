import { auditSlice } from '../audit/slice.js';
import { grantPermissions } from '../auth/domain/permissions.js';
import { authSlice } from '../auth/slice.js';
import { coachingSlice } from '../coaching/slice.js';
import { registerReferences } from '../db/references.js';
import { setBoardRecordsHooks } from '../dispatch/board-records.js';
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
export const SLICES = [
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
] as const satisfies readonly Slice[];

/** The permission names a `Slice<typeof ITS_GRANTS>` declares (none for a plain `Slice`). */
type DeclaredBy<S> = S extends Slice<infer G> ? (string extends keyof G ? never : keyof G & string) : never;

// Every slice's permission names join the platform's, so `Permission` is the union of them all and a
// route naming one that no slice grants fails the typecheck. Adding one is a line in its slice.
declare module '../auth/domain/permissions.js' {
  interface PermissionNames extends Record<DeclaredBy<(typeof SLICES)[number]>, true> {}
}

/**
 * Fills the registries the lower layers look things up through: the permissions, the import kinds
 * (with the hooks other slices run after them), what points at a DA or a van, the records that keep
 * files, the message templates and what runs after the board's records of Amazon's decisions. Registering again replaces, so every app a process builds, and the
 * command line, may call it.
 */
export function assembleSlices(slices: readonly Slice[] = SLICES): void {
  for (const slice of slices) {
    grantPermissions(slice.permissions ?? {});
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
  setBoardRecordsHooks(slices.flatMap((s) => (s.afterBoardRecords ? [s.afterBoardRecords] : [])));
}
