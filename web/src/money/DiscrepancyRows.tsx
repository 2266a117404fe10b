import type { Answer } from '../app/api.js';
import { formatDate } from '../app/format.js';
import { useStationCode } from '../app/station.js';
import { StatusBadge } from '../app/ui/status.js';
import { formatMoney } from '../people/labels.js';
import { dollars, kindLabel, STATUS_LABELS } from './money-labels.js';
import { RecoverForm } from './RecoverForm.js';
import { WriteOffButton } from './WriteOffButton.js';

export type Discrepancy = Answer<'/money/discrepancies', 'get'>['items'][number];

const TONE = {
  open: 'warn',
  window_closed: 'bad',
  disputed: 'neutral',
  recovered: 'good',
  written_off: 'bad',
} as const;

/** Open and still disputable: it may be chosen for a dispute. */
export const disputable = (d: Discrepancy) => d.status === 'open' && !d.windowClosed;

/** What can still be done with a discrepancy (by those who may), or what became of it. */
function Outcome({ d, canWrite }: { d: Discrepancy; canWrite: boolean }) {
  if (!canWrite && (d.status === 'open' || d.status === 'disputed')) return null;
  if (d.status === 'open') return <WriteOffButton id={d.id} disputeId={null} description={d.description} />;
  if (d.status === 'disputed' && d.disputeId)
    return (
      <div className="button-row">
        <RecoverForm
          id={d.id}
          disputeId={d.disputeId}
          description={d.description}
          claimedCents={d.differenceCents}
        />
        <WriteOffButton id={d.id} disputeId={d.disputeId} description={d.description} />
      </div>
    );
  if (d.status === 'recovered') return <>Recovered {formatMoney(d.recoveredCents)}</>;
  return <span className="muted">{d.writtenOffReason}</span>;
}

/** The deadline of an open one, flagged when its window closes within 3 days or has closed. */
function Deadline({ d, today }: { d: Discrepancy; today: string }) {
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
  if (d.status !== 'open' || (!d.windowClosed && d.deadline > soon)) return <>{formatDate(d.deadline)}</>;
  return (
    <span className="money-late">
      {formatDate(d.deadline)}
      <br />
      <small>{d.windowClosed ? 'window closed' : 'closes soon'}</small>
    </span>
  );
}

/** An amount, nowrap; "not comparable" may wrap, so the table keeps to the screen's width. */
function Amount({ cents, strong = false }: { cents: number | null; strong?: boolean }) {
  const text = strong ? <strong>{dollars(cents)}</strong> : dollars(cents);
  return <td className={cents === null ? 'num money-na' : 'num'}>{text}</td>;
}

/** The discrepancies as a table: open ones can be chosen for a dispute; each one's status when mixed. */
export function DiscrepancyRows({
  items,
  showStatus,
  canWrite,
  chosen,
  onToggle,
}: {
  items: readonly Discrepancy[];
  showStatus: boolean;
  /** The owner's: choose, dispute, recover, write off. */
  canWrite: boolean;
  chosen: readonly string[];
  onToggle: (id: string) => void;
}) {
  const codeOf = useStationCode();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="table-wrap">
      <table className="money-table">
        <thead>
          <tr>
            {canWrite ? (
              <th>
                <span className="sr-only">Choose</span>
              </th>
            ) : null}
            <th>Station, date</th>
            <th>What</th>
            <th className="num">Expected</th>
            <th className="num">Billed</th>
            <th className="num">Difference</th>
            <th>Dispute by</th>
            {showStatus ? <th>Status</th> : null}
            <th>Outcome</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => {
            const shown = d.windowClosed ? 'window_closed' : d.status;
            return (
              <tr key={d.id}>
                {canWrite ? (
                  <td>
                    {disputable(d) ? (
                      <input
                        type="checkbox"
                        aria-label={`Choose ${d.description}`}
                        checked={chosen.includes(d.id)}
                        onChange={() => onToggle(d.id)}
                      />
                    ) : null}
                  </td>
                ) : null}
                <td className="money-date">
                  <strong>{codeOf(d.stationId)}</strong>
                  <br />
                  {d.date ? (
                    formatDate(d.date)
                  ) : (
                    <>
                      Week of
                      <br />
                      {formatDate(d.weekStart)}
                    </>
                  )}
                </td>
                <td className="money-what">
                  <span className="money-kind">{kindLabel(d.kind)}</span> {d.description}
                </td>
                <Amount cents={d.expectedCents} />
                <Amount cents={d.billedCents} />
                <Amount cents={d.differenceCents} strong />
                <td className="money-date">
                  <Deadline d={d} today={today} />
                </td>
                {showStatus ? (
                  <td>
                    <StatusBadge tone={TONE[shown]}>{STATUS_LABELS[shown]}</StatusBadge>
                  </td>
                ) : null}
                <td>
                  <Outcome d={d} canWrite={canWrite} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
