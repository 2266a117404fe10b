import { z } from 'zod';
import { normalVin, vinProblem } from './vin.js';

/** A VIN as typed or pasted: spaces and case forgiven, everything else checked (the web form runs vinProblem too). */
export const Vin = z
  .string()
  .transform(normalVin)
  .superRefine((vin, ctx) => {
    const problem = vinProblem(vin);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
