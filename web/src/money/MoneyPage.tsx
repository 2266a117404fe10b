import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { answer, client } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { formatDate } from '../app/format.js';
import { SelectField } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { formatMoney } from '../people/labels.js';
import { DiscrepancyRows, disputable } from './DiscrepancyRows.js';
import { DisputesTable } from './DisputesTable.js';
import { MoneyHeadline } from './MoneyHeadline.js';
import { kindLabel, STATUS_LABELS, type Status } from './money-labels.js';
import './money.css';

interface Filters {
  stationId: string;
  weekStart: string;
  status: Status | '';
  kind: string;
}

const all = (label: string) => ({ value: '', label });

/**
 * What Amazon owes against what it paid (issue 16, items 7–8 and 10): recovered to date and each
 * status's count and dollars, the discrepancies filtered by station, week, status and kind, the open
 * ones chosen and disputed together, disputed ones recovered or written off, and the disputes with
 * their packets.
 */
export function MoneyPage() {
  const queryClient = useQueryClient();
  const { me, can } = useSession();
  const canWrite = can('money.write');
  const [filters, setFilters] = useState<Filters>({ stationId: '', weekStart: '', status: 'open', kind: '' });
  const [chosen, setChosen] = useState<string[]>([]);
  const filter = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setChosen([]);
  };
  const choices = useQuery({
    queryKey: ['money', 'summary', filters.stationId],
    queryFn: () =>
      answer(
        client.GET('/money/summary', {
          params: { query: filters.stationId ? { stationId: filters.stationId } : {} },
        }),
      ),
  });
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
  const found = useQuery({
    queryKey: ['money', 'discrepancies', filters],
    queryFn: () => answer(client.GET('/money/discrepancies', { params: { query } })),
  });
  const dispute = useMutation({
    mutationFn: () => answer(client.POST('/money/disputes', { body: { discrepancyIds: chosen } })),
    onSuccess: async () => {
      setChosen([]);
      await queryClient.invalidateQueries({ queryKey: ['money'] });
    },
  });
  const items = found.data?.items ?? [];
  const claimed = items
    .filter((d) => chosen.includes(d.id))
    .reduce((sum, d) => sum + Math.max(0, d.differenceCents ?? 0), 0);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <div className="stack-lg">
      <PageHeader
        title="Money"
        description="What Amazon owes against what it paid: the discrepancies the checks found in its files, with their evidence, and the disputes filed."
        actions={
          <div className="button-row">
            <Link className="button-secondary" to="/money/rates">
              Rate card
            </Link>
            <Link className="button-secondary" to="/money/fleet">
              Fleet bills
            </Link>
          </div>
        }
      />
      <MoneyHeadline stationId={filters.stationId} />
      <div className="filters card">
        <SelectField
          label="Station"
          value={filters.stationId}
          onValue={(stationId) => filter({ stationId })}
          options={[all('All stations'), ...me.stations.map((s) => ({ value: s.id, label: s.code }))]}
        />
        <SelectField
          label="Week"
          value={filters.weekStart}
          onValue={(weekStart) => filter({ weekStart })}
          options={[
            all('All weeks'),
            ...(choices.data?.weeks ?? []).map((w) => ({ value: w, label: `Week of ${formatDate(w)}` })),
          ]}
        />
        <SelectField
          label="Status"
          value={filters.status}
          onValue={(status) => filter({ status: status as Status | '' })}
          options={[
            all('All statuses'),
            ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          label="Kind"
          value={filters.kind}
          onValue={(kind) => filter({ kind })}
          options={[
            all('All kinds'),
            ...(choices.data?.kinds ?? []).map((k) => ({ value: k, label: kindLabel(k) })),
          ]}
        />
      </div>
      <section className="card stack" aria-labelledby="money-found">
        <h2 id="money-found">Discrepancies</h2>
        <QueryStatus
          query={found}
          isEmpty={items.length === 0}
          empty="No discrepancies match these filters."
        />
        {items.length > 0 ? (
          <DiscrepancyRows
            items={items}
            showStatus={filters.status === ''}
            canWrite={canWrite}
            chosen={chosen}
            onToggle={toggle}
          />
        ) : null}
        {canWrite && items.some(disputable) ? (
          <div className="button-row">
            <button
              type="button"
              disabled={chosen.length === 0 || dispute.isPending}
              onClick={() => dispute.mutate()}
            >
              Dispute {chosen.length} selected
            </button>
            <span className="muted">
              {chosen.length > 0
                ? `${formatMoney(claimed)} claimed. A dispute is filed for one station.`
                : 'Choose open discrepancies of one station to file a dispute with their evidence. Those whose window closed can only be written off.'}
            </span>
          </div>
        ) : null}
        <ErrorNotice error={dispute.error} />
      </section>
      <DisputesTable stationId={filters.stationId} />
    </div>
  );
}
