import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowNetwork } from './min-cost-flow.js';

/** Assignment as flow: source → worker (1) → job (1, cost) → sink. */
function assign(costs: (number | null)[][]) {
  const workers = costs.length;
  const jobs = costs[0]?.length ?? 0;
  const net = new FlowNetwork(2 + workers + jobs);
  const arcs: { arc: number; w: number; j: number }[] = [];
  costs.forEach((row, w) => {
    net.addArc(0, 2 + w, 1, 0);
    row.forEach((c, j) => {
      if (c !== null) arcs.push({ arc: net.addArc(2 + w, 2 + workers + j, 1, c), w, j });
    });
  });
  for (let j = 0; j < jobs; j++) net.addArc(2 + workers + j, 1, 1, 0);
  const result = net.minCostMaxFlow(0, 1);
  return { ...result, chosen: arcs.filter(({ arc }) => net.flowOn(arc) > 0).map(({ w, j }) => [w, j]) };
}

/** Best (most pairs, then least cost) over every matching. */
function bruteForce(costs: (number | null)[][]) {
  let best = { flow: 0, cost: 0 };
  const used = new Set<number>();
  const visit = (w: number, flow: number, cost: number) => {
    if (w === costs.length) {
      if (flow > best.flow || (flow === best.flow && cost < best.cost)) best = { flow, cost };
      return;
    }
    visit(w + 1, flow, cost);
    costs[w]?.forEach((c, j) => {
      if (c === null || used.has(j)) return;
      used.add(j);
      visit(w + 1, flow + 1, cost + c);
      used.delete(j);
    });
  };
  visit(0, 0, 0);
  return best;
}

describe('min-cost max-flow', () => {
  it('solves a small assignment where the greedy choice is wrong', () => {
    // Worker 0 is cheapest on job 0, but only worker 0 can do job 1.
    const result = assign([
      [1, 5],
      [2, null],
    ]);
    expect(result).toEqual({
      flow: 2,
      cost: 7,
      chosen: [
        [0, 1],
        [1, 0],
      ],
    });
  });

  it('prefers more flow to less cost', () => {
    expect(
      assign([
        [0, 100],
        [null, 1],
      ]).flow,
    ).toBe(2);
  });

  it('matches brute force on random assignments (property)', () => {
    const matrix = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([w, j]) =>
      fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { minLength: j, maxLength: j }),
        {
          minLength: w,
          maxLength: w,
        },
      ),
    );
    fc.assert(
      fc.property(matrix, (costs) => {
        const { flow, cost } = assign(costs);
        expect({ flow, cost }).toEqual(bruteForce(costs));
      }),
      { numRuns: 300 },
    );
  });
});
