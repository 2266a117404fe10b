import { CellLines } from '../app/table.js';
import { StatusBadge } from '../app/ui/status.js';
import type { Driver } from './api.js';

/** A DA's "Cleared today" cell: yes (and whether step vans are out), or no and the first reason why. */
export function ClearedCell({ driver }: { driver: Driver }) {
  const { cleared, reasons, vanTypes } = driver.clearance;
  if (cleared) {
    const noStepVan = driver.vanTypes.includes('step_van') && !vanTypes.includes('step_van');
    return (
      <CellLines
        main={<StatusBadge tone="good">Yes</StatusBadge>}
        sub={noStepVan ? 'Not step vans (DOT card)' : null}
      />
    );
  }
  const more = reasons.length - 1;
  return (
    <CellLines
      main={<StatusBadge tone="bad">No</StatusBadge>}
      sub={
        <>
          {reasons[0] ?? 'Not cleared.'}
          {more > 0 ? ` (+${more} more)` : ''}
        </>
      }
    />
  );
}
