import type { Discrepancy } from './discrepancy.js';
import { lineKey } from './expected.js';
import { isRideAlong, lineItemOf } from './invoice.js';

/**
 * The Money week page's line of a discrepancy the invoice and WST checks found, read from its
 * description (those checks name the invoice line first): route lines by service type and block, the
 * deposit and Total Due on the total. Ours carry their line already.
 */
export function lineOfFinding(d: Discrepancy): string | null {
  if (d.line !== undefined) return d.line;
  if (d.kind === 'deposit' || d.kind === 'total-due') return 'total';
  const planned = /^(.+): \d+ routes? planned (\d+) h in WST/.exec(d.description);
  if (d.kind === 'block-length' && planned)
    return lineKey({ category: 'route', serviceType: planned[1] ?? '', blockHours: Number(planned[2]) });
  const item = lineItemOf(d.description.split(': ')[0] ?? '');
  if (item.kind === 'route' && isRideAlong(item.serviceType)) return 'ride-along';
  if (item.kind === 'route') return lineKey({ category: 'route', ...item });
  if (item.kind === 'training')
    return lineKey({ category: 'training', serviceType: '', blockHours: item.blockHours });
  return null;
}
