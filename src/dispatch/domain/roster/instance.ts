import { z } from 'zod';
import { DEFAULT_HOURLY_CENTS } from '../overtime-decision.js';
import { aVan } from './rules.js';

/**
 * The morning roster problem as data: the day's routes, the DAs and the vans, and what the
 * dispatcher has already fixed (pinned). Format documented in docs/roster.md.
 */

/** Van types are compared as given, so insist on one spelling: lower case, e.g. "step_van". */
const VanType = z
  .string()
  .min(1)
  .refine((s) => s === s.toLowerCase() && s.trim() === s, {
    message: 'Van types are lower-case, e.g. "edv", "cdv", "step_van".',
  });

const Station = z.string().min(1);
const Minutes = z.number().int().min(0);
const Score = z.number().int().min(0).max(100);

export const RosterRoute = z.strictObject({
  code: z.string().min(1),
  waveTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A wave time is HH:MM, e.g. "10:20".'),
  vanType: VanType,
  plannedMinutes: z.number().int().min(1).max(1440),
  /** 0–100, higher is harder (more stops, packages, walk-ups); used to put stronger DAs there. */
  difficulty: Score.optional(),
  station: Station.optional(),
});

export const RosterDriver = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  qualifiedVanTypes: z.array(VanType),
  /** Scheduled today and cleared to drive. */
  available: z.boolean(),
  weekMinutesWorked: Minutes,
  maxWeekMinutes: Minutes,
  familiarRoutes: z.array(z.string()).optional(),
  /** 0–100, higher is stronger. */
  strength: Score.optional(),
  hourlyCents: z.number().int().min(0).max(100_000).optional(),
  usualVanId: z.string().min(1).optional(),
  /** On a standby shift: given a route only when no DA scheduled for one does as well. */
  standby: z.boolean().optional(),
  station: Station.optional(),
  /** The org's hard caps (docs/roster.md "Hard rules"); each left out is not applied. */
  maxDayMinutes: Minutes.optional(),
  pastSixDaysMinutes: Minutes.optional(),
  maxSevenDayMinutes: Minutes.optional(),
  /** When yesterday's route ended, local; past midnight reads 24:00–47:59. */
  yesterdayRouteEnd: z
    .string()
    .regex(/^([0-3]\d|4[0-7]):[0-5]\d$/, 'A route end is HH:MM, past midnight 24:00–47:59.')
    .optional(),
  minRestMinutes: Minutes.optional(),
});

export const RosterVan = z.strictObject({
  id: z.string().min(1),
  type: VanType,
  /** Dispatchable today (active, not grounded or in the shop). */
  ready: z.boolean(),
  /** The latest pre-trip inspection failed: never dispatched, whatever `ready` says. */
  inspectionFailed: z.boolean().optional(),
  station: Station.optional(),
});

export const RosterPin = z.strictObject({
  routeCode: z.string().min(1),
  driverId: z.string().min(1),
  vanId: z.string().min(1),
});

const RosterInstanceShape = z.strictObject({
  serviceDate: z.iso.date(),
  routes: z.array(RosterRoute),
  drivers: z.array(RosterDriver),
  vans: z.array(RosterVan),
  pinned: z.array(RosterPin).default([]),
  /** Weekly minutes after which a minute is overtime (FLSA: 40 h). */
  overtimeAfterMinutes: Minutes.default(2400),
  /** The pay rate of a DA without `hourlyCents`, for wages and the overtime premium. */
  defaultHourlyCents: z.number().int().min(0).max(100_000).default(DEFAULT_HOURLY_CENTS),
});

type Shape = z.infer<typeof RosterInstanceShape>;

function uniqueIds(ctx: z.RefinementCtx, items: readonly { id: string }[], list: 'drivers' | 'vans') {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `Same id as ${list}[${first}].` });
  });
}

/** Pinned triples must name things that exist, once each, with a van of the route's type. */
function checkPins(instance: Shape, ctx: z.RefinementCtx) {
  const routes = new Map(instance.routes.map((r) => [r.code, r]));
  const drivers = new Set(instance.drivers.map((d) => d.id));
  const vans = new Map(instance.vans.map((v) => [v.id, v]));
  const firstUse = {
    routeCode: new Map<string, number>(),
    driverId: new Map<string, number>(),
    vanId: new Map<string, number>(),
  };
  instance.pinned.forEach((pin, i) => {
    const issue = (field: keyof typeof firstUse, message: string) =>
      ctx.addIssue({ code: 'custom', path: ['pinned', i, field], message });
    const route = routes.get(pin.routeCode);
    const van = vans.get(pin.vanId);
    if (!route) issue('routeCode', `No route "${pin.routeCode}" in routes.`);
    if (!drivers.has(pin.driverId)) issue('driverId', `No DA "${pin.driverId}" in drivers.`);
    if (!van) issue('vanId', `No van "${pin.vanId}" in vans.`);
    if (route && van && van.type !== route.vanType)
      issue('vanId', `Van ${van.id} is ${aVan(van.type)}; route ${route.code} needs ${aVan(route.vanType)}.`);
    for (const field of ['routeCode', 'driverId', 'vanId'] as const) {
      const first = firstUse[field].get(pin[field]);
      if (first === undefined) firstUse[field].set(pin[field], i);
      else issue(field, `"${pin[field]}" is already pinned in pinned[${first}].`);
    }
  });
}

export const RosterInstance = RosterInstanceShape.superRefine((instance, ctx) => {
  const codes = new Map<string, number>();
  instance.routes.forEach((route, i) => {
    const first = codes.get(route.code);
    if (first === undefined) codes.set(route.code, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: ['routes', i, 'code'],
        message: `Same code as routes[${first}].`,
      });
  });
  uniqueIds(ctx, instance.drivers, 'drivers');
  uniqueIds(ctx, instance.vans, 'vans');
  checkPins(instance, ctx);
});

export type RosterRoute = z.infer<typeof RosterRoute>;
export type RosterDriver = z.infer<typeof RosterDriver>;
export type RosterVan = z.infer<typeof RosterVan>;
export type RosterPin = z.infer<typeof RosterPin>;
/** A validated instance, defaults applied. */
export type RosterInstance = z.output<typeof RosterInstance>;
/** What a caller may write: the optional fields may be left out. */
export type RosterInstanceInput = z.input<typeof RosterInstance>;

export interface FieldError {
  path: string;
  message: string;
}

/** `routes[2].vanType`: the path a person looks for in the JSON file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the instance)';
}

export type ParsedInstance = { ok: true; instance: RosterInstance } | { ok: false; errors: FieldError[] };

export function parseRosterInstance(json: unknown): ParsedInstance {
  const parsed = RosterInstance.safeParse(json);
  if (parsed.success) return { ok: true, instance: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: formatPath(
        issue.code === 'unrecognized_keys' && issue.keys.length === 1
          ? [...issue.path, issue.keys[0] as string]
          : issue.path,
      ),
      message: issue.code === 'unrecognized_keys' ? 'Unknown field.' : issue.message,
    })),
  };
}

// The solution.

export interface RosterAssignment {
  routeCode: string;
  driverId: string;
  vanId: string;
  /** Set when the dispatcher fixed this triple. */
  pinned?: true;
  overtimeMinutes: number;
  /** Short plain-English reasons for this choice. */
  why: string[];
  /** Hard rules a pinned triple breaks; the triple is kept anyway. */
  warnings?: string[];
}

export interface UncoveredRoute {
  routeCode: string;
  /** What is missing: each a true statement about the instance and this solution. */
  reasons: string[];
}

/** One term of the objective: `cost = value × weight`. */
export interface ObjectiveTerm {
  value: number;
  weight: number;
  cost: number;
}

export interface ObjectiveParts {
  uncoveredRoutes: ObjectiveTerm;
  overtimeMinutes: ObjectiveTerm;
  overtimePremiumCents: ObjectiveTerm;
  wageCents: ObjectiveTerm;
  unfamiliarRoutes: ObjectiveTerm;
  strengthFit: ObjectiveTerm;
  standbysUsed: ObjectiveTerm;
}

export interface RosterSolution {
  serviceDate: string;
  assignments: RosterAssignment[];
  uncovered: UncoveredRoute[];
  /** The uncovered routes' reasons grouped: each cause once, with the routes it keeps uncovered. */
  causes: { text: string; routeCodes: string[] }[];
  /** The sum of `objectiveParts[*].cost`; lower is better. */
  objective: number;
  objectiveParts: ObjectiveParts;
  /** Not part of the objective: vans are handed out after the DAs are chosen. */
  usualVans: { kept: number; wanted: number };
}
