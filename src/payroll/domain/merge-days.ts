import type { Workday } from './types.js';

/** Two stretches of one date (a DA clocked out and in again) are one workday with a gap between. */
export function mergeByDate(days: readonly Workday[]): Workday[] {
  const byDate = new Map<string, Workday>();
  for (const d of days) {
    const seen = byDate.get(d.date);
    if (!seen) byDate.set(d.date, { ...d, work: [...d.work], ...(d.rests ? { rests: [...d.rests] } : {}) });
    else {
      seen.work.push(...d.work);
      if (d.rests) seen.rests = [...(seen.rests ?? []), ...d.rests];
    }
  }
  return [...byDate.values()];
}
