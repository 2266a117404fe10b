import type { Actor, Grants } from '../auth/domain/permissions.js';
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
  /**
   * This slice's lines of today's work for the caller (the home page, or a DA's `/me`): only what the
   * caller may act on, within their stations, each counted in one query.
   */
  today?: (ctx: TodayContext, scope: TodayScope) => Promise<TodayItem[]>;
  /** Runs after a late cancel or unplanned delay is recorded on the board, or undone (money re-checks the week). */
  afterBoardRecords?: BoardRecordsHook;
}

/** A station's day whose board records of Amazon's decisions changed. */
export interface BoardRecordsChanged {
  orgId: string;
  stationId: string;
  date: string;
}

export type BoardRecordsHook = (db: Db, changed: BoardRecordsChanged) => Promise<void>;

/** How pressing a line of today's work is: `now` blocks the day, `soon` should be done today. */
export type TodaySeverity = 'now' | 'soon' | 'info';

/** One line of today's work: what, how many, and where it is done. */
export interface TodayItem {
  /** What kind of work, stable for the web app (e.g. `dispatch.uncovered`). */
  key: string;
  count: number;
  /** Plain words with the number, e.g. "3 routes uncovered today at DXT1". */
  title: string;
  severity: TodaySeverity;
  /** The web path (with query) where it is done. */
  link: string;
  /** The station it is about; none for the org's own work (e.g. employee numbers to link). */
  stationId?: string;
  /** The facts a DA's phone words the line with, in the DA's language. */
  params?: Record<string, string | number>;
}

/** A station in the caller's scope, with its business dates at the moment of asking. */
export interface TodayStation {
  id: string;
  code: string;
  yesterday: string;
  today: string;
  tomorrow: string;
}

export interface TodayContext {
  db: Db;
  /** The caller's stations (a DA: their home station), in code order. */
  stations: readonly TodayStation[];
}

/** Who asks: staff (any station-limited) or, with `driverId`, a DA about their own day. */
export type TodayScope = Actor & { driverId?: string };

export interface FileKeeper {
  /** The purposes of file this record keeps, so a document never costs a search of inspections. */
  purposes: readonly FilePurpose[];
  keepsFileIn(db: Db, orgId: string, fileId: string, stationIds: readonly string[]): Promise<boolean>;
}

/** One line per station that counts something: `counts` by station id, worded by `line`. */
export function perStation(
  stations: readonly TodayStation[],
  counts: ReadonlyMap<string, number>,
  line: (station: TodayStation, count: number) => Omit<TodayItem, 'count' | 'stationId'>,
): TodayItem[] {
  return stations.flatMap((s) => {
    const count = counts.get(s.id) ?? 0;
    return count > 0 ? [{ ...line(s, count), count, stationId: s.id }] : [];
  });
}

/** Rows of `{station_id, n}` (a grouped count) as a map; `n` comes back as text on PostgreSQL. */
export const countsBy = (rows: readonly { station_id: string | null; n: string | number | bigint }[]) =>
  new Map(rows.map((r) => [r.station_id ?? '', Number(r.n)]));
