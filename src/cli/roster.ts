import fs from 'node:fs';
import { parseRosterInstance } from '../dispatch/domain/roster/instance.js';
import { solveRoster } from '../dispatch/domain/roster/solve.js';
import { UsageError } from './context.js';

export interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * `roster solve`: a JSON instance in, the solution JSON out (format in docs/roster.md). A file that
 * is not JSON, or not a valid instance, is a mistake in the input: every bad field is named by its
 * path, with exit code 2.
 */
export function rosterSolve(text: string, source: string): CommandOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `${source} is not valid JSON: ${(error as Error).message}\n` };
  }
  const parsed = parseRosterInstance(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path}: ${e.message}`);
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${source} is not a valid roster instance:\n${lines.join('\n')}\n`,
    };
  }
  return { exitCode: 0, stdout: `${JSON.stringify(solveRoster(parsed.instance), null, 2)}\n`, stderr: '' };
}

export function rosterCommand(sub: string | undefined, input: string | undefined): number {
  if (sub !== 'solve') throw new UsageError('Did you mean "roster solve --input FILE"?');
  if (!input) throw new UsageError('Missing --input (the instance JSON file).');
  let text: string;
  try {
    text = fs.readFileSync(input, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${input}: ${(error as Error).message}`);
  }
  const out = rosterSolve(text, input);
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  return out.exitCode;
}
