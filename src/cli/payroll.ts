import { checkWorkweek } from '../payroll/check.js';
import { answerJson, answerJsonFile, type CommandOutput, UsageError } from './context.js';

/** `payroll check`: one workweek's intervals worked in, its hours, premiums and violations out. */
export const payrollCheck = (text: string, source: string): CommandOutput =>
  answerJson(text, source, 'a valid workweek', checkWorkweek);

export function payrollCommand(sub: string | undefined, input: string | undefined): number {
  if (sub !== 'check') throw new UsageError('Did you mean "payroll check --input FILE"?');
  return answerJsonFile(input, payrollCheck);
}
