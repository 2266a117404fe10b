import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { formatMoney } from '../people/labels.js';
import { formatWeek, isDate, weekStartOf } from '../schedule/labels.js';
import { WeekNav } from '../schedule/WeekNav.js';
import { type MoneyWeek, moneyWeekApi, type WeekFound, type WeekLine } from './week-api.js';
import './money.css';

type Cell = WeekLine['records'] | null;

/** Each category's unit, one and many. */
const UNITS: Record<WeekLine['category'], [string, string]> = {
  route: ['route', 'routes'],
  training: ['day', 'days'],
  'ride-along': ['day', 'days'],
  'late-cancel': ['route', 'routes'],
  'unplanned-delay': ['h', 'h'],
  packages: ['package', 'packages'],
};

/** "4 routes · $1,225.00"; "—" when the source says nothing of it. */
function CellText({ cell, unit, note }: { cell: Cell; unit: [string, string]; note?: string | null }) {
  if (!cell) return <span className="muted">{note ?? '—'}</span>;
  return (
    <>
      {cell.quantity.toLocaleString('en-US')} {cell.quantity === 1 ? unit[0] : unit[1]}
      <br />
      <strong>{cell.cents === null ? 'no rate' : formatMoney(cell.cents)}</strong>
    </>
  );
}

/** The line's discrepancies, each a link to its entry below. */
function Found({ items }: { items: WeekFound[] }) {
  if (items.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="money-week-found">
      {items.map((d) => (
        <li key={d.id}>
          <a href={`#discrepancy-${d.id}`} title={d.description}>
            {d.differenceCents === null ? 'not comparable' : formatMoney(d.differenceCents)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function WeekTable({ data }: { data: MoneyWeek }) {
  const { total } = data;
  const sum = (t: MoneyWeek['total']['records']) =>
    t === null ? '—' : `${formatMoney(t.cents)}${t.partial ? ' (some unpriced)' : ''}`;
  return (
    <div className="table-wrap">
      <table data-testid="money-week" className="money-week-table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Expected (our records)</th>
            <th scope="col">WST</th>
            <th scope="col">Invoiced</th>
            <th scope="col">Deposited</th>
            <th scope="col">Discrepancies</th>
          </tr>
        </thead>
        <tbody>
          {data.lines.map((l) => (
            <tr key={l.key}>
              <th scope="row">{l.title}</th>
              <td className="num" data-label="Expected">
                <CellText cell={l.records} unit={UNITS[l.category]} />
              </td>
              <td className="num" data-label="WST">
                <CellText cell={l.wst} unit={UNITS[l.category]} note={l.wstNote} />
              </td>
              <td className="num" data-label="Invoiced">
                <CellText cell={l.invoiced} unit={UNITS[l.category]} note="no invoice" />
              </td>
              <td className="money-week-empty" />
              <td data-label="Discrepancies">
                <Found items={l.discrepancies} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num" data-label="Expected">
              <strong>{sum(total.records)}</strong>
            </td>
            <td className="num" data-label="WST">
              {sum(total.wst)}
            </td>
            <td className="num" data-label="Invoiced">
              {total.invoiced === null ? '—' : `${formatMoney(total.invoiced)} Total Due`}
            </td>
            <td className="num" data-label="Deposited">
              {total.deposited === null ? '—' : formatMoney(total.deposited)}
            </td>
            <td data-label="Discrepancies">
              <Found items={total.discrepancies} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function FoundList({ data }: { data: MoneyWeek }) {
  const all = [...data.lines.flatMap((l) => l.discrepancies), ...data.total.discrepancies, ...data.other];
  if (all.length === 0) return <p className="muted">No discrepancies found this week.</p>;
  return (
    <ol className="money-week-list">
      {all.map((d) => (
        <li key={d.id} id={`discrepancy-${d.id}`}>
          <strong>{d.differenceCents === null ? 'Not comparable' : formatMoney(d.differenceCents)}</strong>{' '}
          {d.date ?? 'the week'} · {d.description}{' '}
          <span className="muted">({d.status.replace('_', ' ')})</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The Money week (issue 16 items 4, 10): per station and week, what our own records expect (routes by
 * service type and block, training, late cancels, delays, packages), what WST shows and the invoice pays,
 * priced by the rate card in force each day, and what was deposited; every difference links to its
 * discrepancy. Owner and managers; the owner can run the week's checks again.
 */
export function MoneyWeekPage() {
  const { me, can } = useSession();
  const { defaultStationId } = useStation();
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const stationId = params.get('station') || defaultStationId;
  const zone = me.stations.find((s) => s.id === stationId)?.timeZone ?? 'UTC';
  const thisWeek = weekStartOf(todayIn(zone));
  const week = params.get('week') ?? '';
  const shown = isDate(week) ? weekStartOf(week) : thisWeek;
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['money', 'week', stationId, shown],
    queryFn: () => moneyWeekApi.week(stationId, shown),
    enabled: Boolean(stationId),
    placeholderData: keepPreviousData,
  });
  const check = useMutation({
    mutationFn: () => moneyWeekApi.check(stationId, shown),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['money'] }),
  });
  const data = query.data;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Week reconciliation"
        description="What the week should pay from your own route closes, shifts and board records, priced by the station's rate card, beside what WST shows, what the invoice pays and what was deposited."
        actions={
          <Link className="button-ghost" to="/money">
            Discrepancies and disputes
          </Link>
        }
      />
      <div className="filters card">
        <StationSelect value={stationId} onValue={(v) => set('station', v)} />
        <WeekNav
          legend={`Week of ${formatWeek(shown)}`}
          shown={shown}
          thisWeek={thisWeek}
          goTo={(w) => set('week', w)}
        />
      </div>
      <QueryStatus query={query} />
      {data ? (
        <>
          <section className="card stack" aria-labelledby="money-week-files">
            <h2 id="money-week-files">
              {data.stationCode} · week of {formatWeek(data.week)}
            </h2>
            <p className="muted">
              Invoice: {data.files.invoice ?? 'none imported'} · WST Service Details:{' '}
              {data.files.wst ?? 'none imported'}
            </p>
            {data.lines.length === 0 ? (
              <p>Nothing recorded or imported for this week yet.</p>
            ) : (
              <WeekTable data={data} />
            )}
            {can('money.write') ? (
              <div>
                <button type="button" className="button-secondary" onClick={() => check.mutate()}>
                  Check this week again
                </button>
                <ErrorNotice error={check.error} />
              </div>
            ) : null}
          </section>
          <section className="card stack" aria-labelledby="money-week-found">
            <h2 id="money-week-found">Discrepancies this week</h2>
            <FoundList data={data} />
          </section>
        </>
      ) : null}
    </div>
  );
}
