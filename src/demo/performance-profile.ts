import { pick, seededRandom } from './random.js';

/**
 * Who each demo DA is on Amazon's scorecard: their usual level, the one metric that may go wrong for
 * them, and whether coaching fixes it. Drawn from the demo's seed and the DA's Transporter ID alone
 * (not from the order DAs are generated in), so the coaching code can ask the same question later and
 * get the same answer, and the demo's other random streams are left as they were.
 */

/** strong: mostly Fantastic; average: Fantastic or Great; weak: several metrics Fair or Poor, every week. */
export type DaLevel = 'strong' | 'average' | 'weak';

/** The metrics a DA's one clear problem can be: five from the camera's events, POD from the photos. */
export const PROBLEM_METRICS = [
  'following_distance',
  'speeding',
  'distractions',
  'sign_signal',
  'pod',
] as const;
export type ProblemMetric = (typeof PROBLEM_METRICS)[number];

/**
 * responds: after the first bad week (coached then, in the demo's story) the metric recovers;
 * does_not_respond: the problem stays every week after.
 */
export type CoachingResponse = 'responds' | 'does_not_respond';

export interface DaPerformanceProfile {
  level: DaLevel;
  /** The DA's one clear problem; null for most DAs and for weak ones (they are weak across the board). */
  problem: ProblemMetric | null;
  /** Set exactly when there is a problem. */
  coaching: CoachingResponse | null;
  /** Which of the twelve weeks (0 = oldest) the problem first shows, if the DA drove that week. */
  onsetWeek: number;
}

/** FNV-1a: a stable 32-bit number for a seed and a text. */
function hash(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A random stream of its own for one thing of the demo (a DA, a DA's week), from the seed and its name. */
export const streamFor = (seed: number, ...names: string[]): (() => number) =>
  seededRandom(hash(seed, names.join('|')));

/** Shares of the demo's DAs: most are good, a fifth are weak, about one in four has one clear problem. */
const WEAK_SHARE = 0.18;
const STRONG_SHARE = 0.45;
const PROBLEM_SHARE = 0.28;
const RESPONDS_SHARE = 0.55;

/** A demo DA's scorecard profile, from the demo's seed and their Transporter ID. */
export function demoPerformanceProfile(seed: number, transporterId: string): DaPerformanceProfile {
  const rand = streamFor(seed, 'performance-profile', transporterId);
  const r = rand();
  const level: DaLevel = r < WEAK_SHARE ? 'weak' : r < WEAK_SHARE + STRONG_SHARE ? 'strong' : 'average';
  const troubled = level !== 'weak' && rand() < PROBLEM_SHARE;
  const problem = troubled ? pick(rand, PROBLEM_METRICS) : null;
  const coaching: CoachingResponse | null = troubled
    ? rand() < RESPONDS_SHARE
      ? 'responds'
      : 'does_not_respond'
    : null;
  // Weeks 1–6: a few clean weeks first, and enough weeks after to show a trend either way.
  return { level, problem, coaching, onsetWeek: 1 + Math.floor(rand() * 6) };
}

/**
 * Whether a demo DA responds to coaching (null: the DA has no clear problem to coach). The coaching
 * code's demo uses it to show a before/after: the DA's first bad week is the coaching, and the weeks
 * after either recover (responds) or do not (does_not_respond).
 */
export const demoCoachingTrait = (seed: number, transporterId: string): CoachingResponse | null =>
  demoPerformanceProfile(seed, transporterId).coaching;
