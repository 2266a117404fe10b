import type { FastifyInstance } from 'fastify';
import { shown, textProblem } from '../shared/text.js';
import { badRequest } from './problems.js';

interface FieldError {
  path: string;
  message: string;
}

/** Enough to fix a request by; a body of a million bad strings need not be listed whole. */
const MAX_ERRORS = 50;

/**
 * Every text of a parsed request (JSON body, form, query string, path params), its field names too,
 * is checked here once, before any route's schema: what textProblem refuses answers 400 naming the
 * field, so no slice can store it (headers and cookies are not stored text; multipart fields are
 * checked where the upload is read, src/app/upload.ts).
 */
export function installTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const errors = [
      ...textErrors(req.body, ''),
      ...textErrors(req.query, 'query'),
      ...textErrors(req.params, 'params'),
    ];
    if (errors.length > 0) throw badText(errors);
  });
}

export const badText = (errors: FieldError[]) =>
  badRequest({ code: 'problem.badText' }, errors.slice(0, MAX_ERRORS));

/** The texts of a parsed value that may not be stored, by path (as validation errors name fields). */
export function textErrors(value: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  // A walk with its own stack: a deeply nested body must not overflow the call stack.
  const stack: { value: unknown; path: string; key?: string }[] = [{ value, path: root }];
  for (let at = stack.pop(); at && errors.length < MAX_ERRORS; at = stack.pop()) {
    const path = at.path || 'body';
    const keyProblem = at.key === undefined ? undefined : textProblem(at.key);
    if (keyProblem) errors.push({ path, message: `The field name ${lower(keyProblem)}` });
    const v = at.value;
    if (typeof v === 'string') {
      const message = textProblem(v);
      if (message) errors.push({ path, message });
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
      // Children go on the stack last first, so errors come in the order of the request.
      for (const [key, child] of Object.entries(v).reverse())
        stack.push({ value: child, path: at.path ? `${at.path}.${shown(key)}` : shown(key), key });
    }
  }
  return errors;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
