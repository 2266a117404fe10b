/**
 * The weekly auto-scheduler on a realistic station week (120 DAs, ~55 routes a day plus standbys),
 * beside HiGHS solving the same model to proven optimum in the same run. Prints our time, HiGHS's
 * time and the objective ratio (ours ÷ optimum); exits non-zero when ours is not within 1%.
 *
 *   node --import tsx bench/week.ts
 */
import { parseWeekInput } from '../src/dispatch/domain/week/input.js';
import { evaluatePlan } from '../src/dispatch/domain/week/objective.js';
import { sampleWeek } from '../src/dispatch/domain/week/sample.js';
import { scheduleWeek, solveWeekMilp } from '../src/dispatch/domain/week/schedule.js';
import { loadHighs } from '../src/shared/highs.js';

const DAS = 120;
const EXACT_LIMIT_SECONDS = 600;
const HIGHS_OPTIMAL = 7;

async function main() {
  const input = parseWeekInput(sampleWeek({ das: DAS, seed: 20261206 }));
  // A server has HiGHS loaded and warm: the first solve in a process pays ~1 s of WebAssembly and
  // JavaScript compilation, so a small, different week goes through both first and neither side
  // pays for it in the timings below.
  await loadHighs();
  const warmUp = parseWeekInput(sampleWeek({ das: 30, seed: 1 }));
  await scheduleWeek(warmUp);
  await solveWeekMilp(warmUp, { relativeGap: 0, timeLimitSeconds: 60 });

  const ours = await scheduleWeek(input);
  const exact = await solveWeekMilp(input, { relativeGap: 0, timeLimitSeconds: EXACT_LIMIT_SECONDS });
  if (!exact.plan) throw new Error('HiGHS found no plan');
  const optimum = evaluatePlan(input, exact.plan).total;
  const ratio = ours.objective.total / optimum;

  const name = `week-${DAS}`;
  console.log(`${name} ours: ${ours.milliseconds.toFixed(0)} ms`);
  console.log(`${name} highs: ${exact.milliseconds.toFixed(0)} ms`);
  console.log(`${name} objective ratio: ${ratio.toFixed(4)}`);
  if (exact.modelStatus !== HIGHS_OPTIMAL) {
    console.log(`${name}: HiGHS stopped after ${EXACT_LIMIT_SECONDS} s without proving the optimum`);
  }
  if (ratio > 1.01) {
    console.error(`${name}: ours is ${((ratio - 1) * 100).toFixed(2)}% above the optimum (target ≤ 1%)`);
    process.exitCode = 1;
  }
}

await main();
