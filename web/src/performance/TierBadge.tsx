import { StatusBadge } from '../app/ui/status.js';
import { amazonTierLabel, TIER_TONES } from './labels.js';

/** A tier or standing as a coloured badge (ours or Amazon's as given); a dash when there is none. */
export function TierBadge({ tier, prefix }: { tier: string | null | undefined; prefix?: string }) {
  if (!tier) return <span className="muted">—</span>;
  return (
    <StatusBadge tone={TIER_TONES[tier] ?? 'neutral'}>
      {prefix ? `${prefix} ` : ''}
      {amazonTierLabel(tier)}
    </StatusBadge>
  );
}
