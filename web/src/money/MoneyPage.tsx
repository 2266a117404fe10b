import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { answer, client } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { ErrorNotice, PageHeader, QueryStatus, SelectField } from '../app/ui.js';
import { RecoverForm } from './RecoverForm.js';

const STATUSES = ['open', 'disputed', 'recovered', 'written_off'] as const;
type Status = (typeof STATUSES)[number];

/** Cents as dollars for people; "not comparable" where no variance is made up. */
const dollars = (cents: number | null) =>
  cents === null
    ? 'not comparable'
    : `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

/**
 * Discrepancies with filters, bulk select → dispute, a disputed one marked recovered, and the disputes
 * with their packets (issue 16 items 7–8).
 */
export function MoneyPage() {
  const queryClient = useQueryClient();
  const { me } = useSession();
  const codeOf = (stationId: string) => me.stations.find((s) => s.id === stationId)?.code ?? '—';
  const [status, setStatus] = useState<Status>('open');
  const [chosen, setChosen] = useState<string[]>([]);
  const summary = useQuery({
    queryKey: ['money', 'summary'],
    queryFn: () => answer(client.GET('/money/summary')),
  });
  const found = useQuery({
    queryKey: ['money', 'discrepancies', status],
    queryFn: () => answer(client.GET('/money/discrepancies', { params: { query: { status } } })),
  });
  const disputes = useQuery({
    queryKey: ['money', 'disputes'],
    queryFn: () => answer(client.GET('/money/disputes')),
  });
  const dispute = useMutation({
    mutationFn: () => answer(client.POST('/money/disputes', { body: { discrepancyIds: chosen } })),
    onSuccess: async () => {
      setChosen([]);
      await queryClient.invalidateQueries({ queryKey: ['money'] });
    },
  });
  const items = found.data?.items ?? [];
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <div className="page">
      <PageHeader
        title="Money"
        description="What Amazon owes against what it paid: discrepancies with their evidence, and disputes."
      />
      <Link to="/money/fleet">
        Fleet bills: Fixed Monthly against AFS, lessors’ invoices against your vans
      </Link>
      {summary.data ? (
        <p>
          Recovered to date <strong>{dollars(summary.data.recoveredCents)}</strong> · open{' '}
          <strong>{dollars(summary.data.openCents)}</strong> ({summary.data.openCount}) · due within 3 days{' '}
          <strong>{summary.data.dueSoonCount}</strong>
        </p>
      ) : null}
      <SelectField
        label="Status"
        value={status}
        onValue={(s) => {
          setStatus(s as Status);
          setChosen([]);
        }}
        options={STATUSES.map((s) => ({ value: s, label: s.replace('_', ' ') }))}
      />
      <QueryStatus query={found} isEmpty={items.length === 0} empty="No discrepancies with this status." />
      {items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th />
                <th>Station</th>
                <th>Week</th>
                <th>Date</th>
                <th>What</th>
                <th>Expected</th>
                <th>Billed</th>
                <th>Difference</th>
                <th>Dispute by</th>
                {status === 'disputed' ? <th>Outcome</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <td>
                    {d.status === 'open' ? (
                      <input
                        type="checkbox"
                        aria-label={`Choose ${d.description}`}
                        checked={chosen.includes(d.id)}
                        onChange={() => toggle(d.id)}
                      />
                    ) : null}
                  </td>
                  <td>{codeOf(d.stationId)}</td>
                  <td>{d.weekStart}</td>
                  <td>{d.date ?? 'week'}</td>
                  <td>{d.description}</td>
                  <td>{dollars(d.expectedCents)}</td>
                  <td>{dollars(d.billedCents)}</td>
                  <td>{dollars(d.differenceCents)}</td>
                  <td>{d.deadline}</td>
                  {status === 'disputed' ? (
                    <td>
                      {d.disputeId ? (
                        <RecoverForm
                          id={d.id}
                          disputeId={d.disputeId}
                          description={d.description}
                          claimedCents={d.differenceCents}
                        />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {status === 'open' ? (
        <button
          type="button"
          disabled={chosen.length === 0 || dispute.isPending}
          onClick={() => dispute.mutate()}
        >
          Dispute {chosen.length} selected
        </button>
      ) : null}
      <ErrorNotice error={dispute.error} />
      <h2>Disputes</h2>
      <QueryStatus
        query={disputes}
        isEmpty={(disputes.data?.items ?? []).length === 0}
        empty="No disputes yet."
      />
      <ul>
        {(disputes.data?.items ?? []).map((d) => (
          <li key={d.id}>
            {codeOf(d.stationId)} · {d.approvedAt.slice(0, 10)} · claimed {dollars(d.claimedCents)} ·{' '}
            {d.recoveredCents === null ? 'awaiting outcome' : `recovered ${dollars(d.recoveredCents)}`} ·{' '}
            <a href={`/api/v1/money/disputes/${d.id}/packet?format=pdf`}>Packet (PDF)</a> ·{' '}
            <a href={`/api/v1/money/disputes/${d.id}/packet?format=csv`}>CSV</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
