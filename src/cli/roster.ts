import { parseRosterInstance } from '../dispatch/domain/roster/instance.js';
import { solveRoster } from '../dispatch/domain/roster/solve.js';
import { answerJson, answerJsonFile, type CommandOutput, UsageError } from './context.js';

/** `roster solve`: a JSON instance in, the solution JSON out (format in docs/roster.md). */
export function rosterSolve(text: string, source: string): CommandOutput {
  return answerJson(text, source, 'a valid roster instance', (json) => {
    const parsed = parseRosterInstance(json);
    return parsed.ok ? { ok: true, output: solveRoster(parsed.instance) } : parsed;
  });
}

export function rosterCommand(sub: string | undefined, input: string | undefined): number {
  if (sub !== 'solve') throw new UsageError('Did you mean "roster solve --input FILE"?');
  return answerJsonFile(input, rosterSolve);
}
