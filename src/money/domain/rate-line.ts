import type { RateItem } from '../../db/schema.js';

const BY_BLOCK = new Set<RateItem>(['route', 'nursery', 'ride-along', 'training']);

/** What a rate-card line must name beside its item (issue 16 item 1), or null when it is whole. */
export function rateLineIssue(line: {
  item: RateItem;
  variant: string;
  blockHours: number;
}): { field: 'variant' | 'blockHours'; message: string } | null {
  const named = line.variant.trim() !== '';
  if (line.item === 'route' && !named)
    return { field: 'variant', message: 'A route rate names its service type, as the invoice writes it.' };
  if (line.item === 'incentive' && !named)
    return { field: 'variant', message: 'An incentive rate names its scorecard tier (Fantastic Plus…).' };
  if (line.item === 'fleet' && !named)
    return { field: 'variant', message: 'A fleet rate names its van class.' };
  if ((line.item === 'route' || line.item === 'training') && !(line.blockHours > 0))
    return { field: 'blockHours', message: 'A route or training rate names its block’s hours (10, 9, 8…).' };
  if (!BY_BLOCK.has(line.item) && line.blockHours !== 0)
    return {
      field: 'blockHours',
      message: 'Only route, nursery, ride-along and training rates are paid by the block.',
    };
  return null;
}
