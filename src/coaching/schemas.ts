import { z } from 'zod';
import { MessageOut } from '../messaging/schemas.js';
import { METRIC_KEYS, UNITS_LIST } from '../performance/domain/metrics.js';
import { STANDINGS } from '../performance/domain/profile.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { ACTIONS, RuleInSchema } from './domain/rules.js';

/** The coaching API's shapes: rules, items with their evidence and steps, and "did it work?". */
export const STATUSES = ['open', 'acknowledged', 'disputed', 'upheld', 'dismissed'] as const;
const VERDICTS = ['improved', 'worse', 'same', 'not_yet', 'no_data'] as const;

export const RuleOut = RuleInSchema.extend({
  id: z.string(),
  /** What "did it work?" measures for it: a metric key, "score", or "events:<type>". */
  measure: z.string(),
  measureLabel: z.string(),
  items: z.number().int(),
});

export const RulesOut = z.object({
  /** True while the org has saved no rules of its own: these are the suggested ones, in force. */
  suggested: z.boolean(),
  rules: z.array(RuleOut),
});

const EventEvidenceOut = z.object({
  id: z.string(),
  eventId: z.string(),
  businessDate: z.string(),
  occurredAt: z.string(),
  type: z.string(),
  subtype: z.string().nullable(),
  severity: z.string().nullable(),
  videoLink: z.string().nullable(),
  /** The event's review status now: new, coached, disputed, upheld, dismissed. */
  status: z.string(),
});

export const CauseOut = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('events'),
    eventType: z.string(),
    days: z.number(),
    events: z.array(EventEvidenceOut),
  }),
  z.object({
    type: z.literal('metric'),
    metric: z.enum(METRIC_KEYS),
    unit: z.enum(UNITS_LIST),
    value: z.number(),
    threshold: z.number(),
  }),
  z.object({
    type: z.literal('tier_drop'),
    from: z.enum(STANDINGS),
    to: z.enum(STANDINGS),
    score: z.number().nullable(),
  }),
  z.object({ type: z.literal('fantastic'), standing: z.enum(STANDINGS), score: z.number().nullable() }),
]);

export const ItemOut = z.object({
  id: z.string(),
  stationId: z.string(),
  driverId: z.string(),
  driverName: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  step: z.number().int(),
  action: z.enum(ACTIONS),
  status: z.enum(STATUSES),
  /** The cause in English words (the DA's phone has it in their language). */
  summary: z.string(),
  week: z.string(),
  causeDate: z.string(),
  /**
   * waiting: the DA is told on their next shift day; sent: the message is written; review: a written
   * warning a manager has not sent yet (the DA sees nothing of it).
   */
  notify: z.enum(['waiting', 'sent', 'review']),
  /** A manager's note sent to the DA with a written warning. */
  managerNote: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  signature: z.string().nullable(),
  disputedAt: z.string().nullable(),
  disputeText: z.string().nullable(),
  resolution: z.enum(['upheld', 'dismissed']).nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  heldAt: z.string().nullable(),
  heldBy: z.string().nullable(),
  heldNote: z.string().nullable(),
  createdAt: z.string(),
});

export const ItemsOut = pageSchema(ItemOut);

/** `problems`: every kind but recognition, which the page groups apart. */
export const KINDS = ['problems', ...ACTIONS] as const;

export const ItemsQuery = PageQuery.extend({
  stationId: z.string().max(100).optional(),
  driverId: z.string().max(100).optional(),
  ruleId: z.string().max(100).optional(),
  status: z.enum(STATUSES).optional(),
  kind: z.enum(KINDS).optional(),
});

export const ReviewQuery = z.object({ stationId: z.string().max(100).optional() });
export const ReviewCountOut = z.object({ count: z.number().int() });
export const SendIn = z.strictObject({ note: z.string().trim().max(2000).optional() });
export const NoteIn = z.strictObject({ note: z.string().trim().max(2000) });
export const DismissIn = z.strictObject({ note: z.string().trim().min(1).max(2000) });
export const OpenWarningsQuery = z.object({ stationId: z.string().min(1).max(100) });
export const OpenWarningsOut = z.object({
  /** DAs with a written warning sent to them, not dismissed, still counting on its rule's ladder. */
  drivers: z.array(z.object({ driverId: z.string(), itemId: z.string(), causeDate: z.string() })),
});

const WeekValueOut = z.object({ week: z.string(), value: z.number().nullable() });

/** The level a measure aims for, drawn as the chart's goal line: Fantastic for a score or a metric. */
const GoalOut = z.object({ value: z.number(), label: z.string() }).nullable();

export const ItemEffectOut = z.object({
  goal: GoalOut,
  measure: z.string(),
  measureLabel: z.string(),
  direction: z.enum(['higher', 'lower']),
  before: z.array(WeekValueOut),
  after: z.array(WeekValueOut),
  beforeMean: z.number().nullable(),
  afterMean: z.number().nullable(),
  verdict: z.enum(VERDICTS),
});

export const StepOut = z.object({
  what: z.string(),
  note: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});

export const ItemDetailOut = ItemOut.extend({
  cause: CauseOut,
  steps: z.array(StepOut),
  messages: z.array(MessageOut),
  effect: ItemEffectOut,
  /** The written warning as a PDF to print or keep (written warnings only). */
  warningPdf: z.string().nullable(),
});

export const ResolveIn = z.strictObject({
  resolution: z.enum(['upheld', 'dismissed']),
  note: z.string().trim().min(1).max(2000),
});

export const HoldIn = z.strictObject({ note: z.string().trim().max(2000).default('') });

export const RunIn = z.strictObject({ stationId: z.string().min(1).max(100) });
export const RunOut = z.object({
  created: z.number().int(),
  sent: z.number().int(),
  waiting: z.number().int(),
  review: z.number().int(),
});

const SummaryOut = z.object({
  items: z.number().int(),
  measured: z.number().int(),
  improved: z.number().int(),
  worse: z.number().int(),
  same: z.number().int(),
  beforeMean: z.number().nullable(),
  afterMean: z.number().nullable(),
  series: z.array(
    z.object({ offset: z.number().int(), mean: z.number().nullable(), count: z.number().int() }),
  ),
});

export const EffectQuery = z.object({
  stationId: z.string().min(1).max(100),
  weeks: z.coerce.number().int().min(1).max(8).default(4),
});

export const EffectOut = z.object({
  weeks: z.number().int(),
  /** Share of measured items that improved, over every rule (measures differ, so no overall mean). */
  overall: SummaryOut.omit({ beforeMean: true, afterMean: true, series: true }),
  rules: z.array(
    SummaryOut.extend({
      goal: GoalOut,
      ruleId: z.string(),
      name: z.string(),
      measure: z.string(),
      measureLabel: z.string(),
      direction: z.enum(['higher', 'lower']),
    }),
  ),
});

/** The DA's own items, worded in their language. */
export const MyItemOut = z.object({
  id: z.string(),
  action: z.enum(ACTIONS),
  title: z.string(),
  cause: z.string(),
  week: z.string(),
  createdAt: z.string(),
  status: z.enum(STATUSES),
  events: z.array(EventEvidenceOut),
  /** The metric's plain definition in the DA's language, for a metric rule. */
  definition: z.string().nullable(),
  canAcknowledge: z.boolean(),
  canDispute: z.boolean(),
  needsSignature: z.boolean(),
  /** The name to type to sign a written warning. */
  fullName: z.string(),
  acknowledgedAt: z.string().nullable(),
  disputeText: z.string().nullable(),
  resolution: z.enum(['upheld', 'dismissed']).nullable(),
  /** A manager's note sent with a written warning. */
  managerNote: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  warningPdf: z.string().nullable(),
});

export const MyItemsOut = z.object({ language: z.enum(['en', 'es']), items: z.array(MyItemOut) });

export const AcknowledgeIn = z.strictObject({ signature: z.string().trim().max(200).optional() });
export const DisputeIn = z.strictObject({ text: z.string().trim().min(3).max(2000) });
