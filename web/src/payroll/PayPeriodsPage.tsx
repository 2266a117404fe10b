import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDate, formatShort, plural } from '../app/format.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog, FormDialog } from '../app/ui/dialog.js';
import { TextAreaField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { ExportsDialog } from './ExportsDialog.js';
import { PayrollSettingsDialog } from './PayrollSettingsDialog.js';
import { hours, type PayPeriod, PERIODS_KEY, periodsApi, SETTINGS_KEY } from './periods-api.js';

type Asking = { kind: 'close' | 'override' | 'reopen' | 'export'; period: PayPeriod };

const STATUS = {
  open: <StatusBadge tone="neutral">Open</StatusBadge>,
  closed: <StatusBadge tone="good">Closed</StatusBadge>,
  reopened: <StatusBadge tone="warn">Reopened</StatusBadge>,
};

/** Pay periods (issue 15 item 8): close once exceptions are settled, export to the payroll provider. */
export function PayPeriodsPage() {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const periods = useQuery({ queryKey: PERIODS_KEY, queryFn: periodsApi.list });
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: periodsApi.settings });
  const [asking, setAsking] = useState<Asking | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const owner = can('org.settings');
  const items = (periods.data?.items ?? []).map((p) => ({ ...p, id: p.start }));
  const done = async (text: string) => {
    setMessage(text);
    setAsking(null);
    await queryClient.invalidateQueries({ queryKey: PERIODS_KEY });
  };
  const name = (p: PayPeriod) => `${formatDate(p.start)} – ${formatDate(p.end)}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Pay periods"
        description={`${periods.data?.frequency === 'biweekly' ? 'Every two weeks' : 'Weekly'}: close a period once its exceptions are settled, then export it to your payroll provider.`}
        actions={
          owner && settings.data ? (
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              Payroll settings
            </button>
          ) : null
        }
      />
      {message ? <Notice kind="success">{message}</Notice> : null}
      <QueryStatus query={periods} isEmpty={items.length === 0} empty="No pay periods yet." />
      <DataTable
        caption="Pay periods"
        card
        rows={items}
        columns={[
          {
            header: 'Period',
            cell: (p) => (
              <CellLines
                main={name(p)}
                sub={
                  p.record
                    ? p.record.status === 'closed'
                      ? `Closed ${formatShort(p.record.closedAt)}${p.record.overrideReason ? ` over ${plural(p.record.openExceptionsAtClose, 'open exception')}: ${p.record.overrideReason}` : ''}`
                      : `Reopened ${formatShort(p.record.reopenedAt)}: ${p.record.reopenReason ?? ''}`
                    : p.canClose
                      ? 'Over: ready to close'
                      : 'In progress'
                }
              />
            ),
          },
          { header: 'Status', cell: (p) => STATUS[p.status] },
          {
            header: 'Open exceptions',
            className: 'num',
            cell: (p) =>
              p.openExceptions > 0 ? <StatusBadge tone="bad">{p.openExceptions} open</StatusBadge> : '0',
          },
          { header: 'DAs', className: 'num', cell: (p) => p.das },
          { header: 'REG h', className: 'num', cell: (p) => hours(p.minutes.REG) },
          { header: 'OT h', className: 'num', cell: (p) => hours(p.minutes.OT) },
          { header: 'DT h', className: 'num', cell: (p) => hours(p.minutes.DT) },
          {
            header: 'Premiums h',
            className: 'num',
            title: () => 'Meal + rest premium hours',
            cell: (p) => hours(p.minutes.MEAL + p.minutes.REST),
          },
        ]}
        actions={(p) => (
          <PeriodActions period={p} owner={owner} canWrite={can('payroll.write')} ask={setAsking} />
        )}
      />
      {asking?.kind === 'close' ? (
        <ConfirmDialog
          title={`Close ${name(asking.period)}?`}
          confirmLabel="Close period"
          run={() => periodsApi.close(asking.period.start)}
          onDone={() => done(`Closed ${name(asking.period)}: its totals are frozen and its premiums paid.`)}
          onCancel={() => setAsking(null)}
        >
          <p>
            Each DA’s hours by pay code and the premiums owed are frozen as they are now, and the premiums are
            marked paid by this period.
          </p>
        </ConfirmDialog>
      ) : null}
      {asking?.kind === 'override' || asking?.kind === 'reopen' ? (
        <ReasonDialog
          asking={asking}
          name={name(asking.period)}
          onDone={done}
          onClose={() => setAsking(null)}
        />
      ) : null}
      {asking?.kind === 'export' ? (
        <ExportsDialog period={asking.period} name={name(asking.period)} onClose={() => setAsking(null)} />
      ) : null}
      {editing && settings.data ? (
        <PayrollSettingsDialog current={settings.data} onClose={() => setEditing(false)} />
      ) : null}
    </div>
  );
}

function PeriodActions({
  period: p,
  owner,
  canWrite,
  ask,
}: {
  period: PayPeriod;
  owner: boolean;
  canWrite: boolean;
  ask: (a: Asking) => void;
}) {
  const subject = `${p.start} – ${p.end}`;
  if (p.status === 'closed')
    return (
      <>
        <RowButton label="Export" subject={subject} onClick={() => ask({ kind: 'export', period: p })} />
        {owner ? (
          <RowButton
            label="Reopen"
            subject={subject}
            danger
            onClick={() => ask({ kind: 'reopen', period: p })}
          />
        ) : null}
      </>
    );
  if (!canWrite || !p.canClose) return null;
  if (p.openExceptions > 0)
    return owner ? (
      <RowButton
        label="Close over exceptions"
        subject={subject}
        onClick={() => ask({ kind: 'override', period: p })}
      />
    ) : (
      <span className="muted">Settle the exceptions to close</span>
    );
  return <RowButton label="Close" subject={subject} onClick={() => ask({ kind: 'close', period: p })} />;
}

/** An owner's reason: closing over open exceptions, or reopening a closed period. */
function ReasonDialog({
  asking,
  name,
  onDone,
  onClose,
}: {
  asking: Asking;
  name: string;
  onDone: (text: string) => Promise<void>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const override = asking.kind === 'override';
  const run = useMutation({
    mutationFn: () =>
      override
        ? periodsApi.close(asking.period.start, reason.trim())
        : periodsApi.reopen(asking.period.record?.id ?? '', reason.trim()),
    onSuccess: () =>
      onDone(
        override
          ? `Closed ${name} over its open exceptions.`
          : `Reopened ${name}: its premiums are owed again.`,
      ),
  });
  return (
    <FormDialog
      title={override ? `Close ${name} over open exceptions?` : `Reopen ${name}?`}
      onClose={onClose}
      submission={run}
      ready={Boolean(reason.trim())}
      submitLabel={override ? 'Close over exceptions' : 'Reopen period'}
      pendingLabel="Working…"
      intro={
        <p>
          {override
            ? `${plural(asking.period.openExceptions, 'exception')} of this period ${asking.period.openExceptions === 1 ? 'is' : 'are'} still open. As the owner you may close it anyway; your reason is kept with the period and in the audit log.`
            : 'Its frozen totals are dropped and its premiums are owed again until it closes again. Files already exported stay in the history.'}
        </p>
      }
    >
      <TextAreaField label="Reason" value={reason} onValue={setReason} maxLength={500} />
    </FormDialog>
  );
}
