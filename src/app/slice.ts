import type { Grants } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { Reference, Referenced } from '../db/references.js';
import type { FilePurpose } from '../db/schema.js';
import type { ImportKind } from '../imports/domain/kind.js';
import type { TemplateSpec } from '../messaging/domain/templates.js';
import type { App, AppContext } from './context.js';

/**
 * What a slice hands the app: the app (`src/app/slices.ts`) is the only code that knows every slice,
 * and assembles their permissions, routes, import kinds, workers, message templates, the records that
 * keep files and what they keep that points at a DA or a van.
 */
export interface Slice<G extends Grants = Grants> {
  name: string;
  /**
   * The permissions this slice's routes name and the roles that hold them; a slice that declares some
   * is a `Slice<typeof ITS_GRANTS>`, so the app reads their names as types (`src/app/slices.ts`).
   */
  permissions?: G;
  routes?: readonly ((app: App, ctx: AppContext) => void)[];
  importKinds?: readonly ImportKind[];
  /** Runs after any of the named kinds' imports commit (e.g. coaching rules after a week's metrics). */
  afterImports?: { kinds: readonly string[]; afterCommit: NonNullable<ImportKind['afterCommit']> };
  workers?: readonly ((app: App, ctx: AppContext) => void)[];
  references?: Partial<Record<Referenced, readonly Reference[]>>;
  /** Records that keep files: a file is within a staff member's stations when one of them is. */
  fileKeepers?: readonly FileKeeper[];
  /** The texts this slice sends DAs, which an org may reword (Settings → Messages). */
  messageTemplates?: readonly TemplateSpec[];
}

export interface FileKeeper {
  /** The purposes of file this record keeps, so a document never costs a search of inspections. */
  purposes: readonly FilePurpose[];
  keepsFileIn(db: Db, orgId: string, fileId: string, stationIds: readonly string[]): Promise<boolean>;
}
