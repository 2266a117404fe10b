import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatShort } from '../app/format.js';
import { Modal } from '../app/ui/dialog.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { useDirectory } from '../tenancy/directory.js';
import { type PayPeriod, PERIODS_KEY, type Provider, periodsApi, SETTINGS_KEY } from './periods-api.js';

/** Export a closed period to each provider (the file downloads at once) and every export made so far. */
export function ExportsDialog({
  period,
  name,
  onClose,
}: {
  period: PayPeriod;
  name: string;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const { nameOf } = useDirectory();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: periodsApi.settings });
  const id = period.record?.id ?? '';
  const make = useMutation({
    mutationFn: (provider: Provider) => periodsApi.export(id, provider),
    onSuccess: async (made) => {
      window.location.assign(periodsApi.fileUrl(made.id));
      await queryClient.invalidateQueries({ queryKey: PERIODS_KEY });
    },
  });
  const labelOf = (p: Provider) => settings.data?.providers.find((x) => x.id === p)?.label ?? p;
  return (
    <Modal title={`Export ${name}`} onClose={onClose} wide>
      <div className="stack">
        <p className="muted">
          Files are written from the totals frozen when the period closed, with your pay codes from Payroll
          settings. The same period gives the same file every time.
        </p>
        <ErrorNotice error={make.error} title="This file could not be made" />
        <div className="button-row">
          {(settings.data?.providers ?? []).map((p) => (
            <button
              key={p.id}
              type="button"
              className="button-secondary"
              disabled={make.isPending}
              onClick={() => make.mutate(p.id)}
            >
              {p.label}
            </button>
          ))}
        </div>
        <h3 className="section-title">Export history</h3>
        {period.exports.length === 0 ? (
          <p className="muted">No exports of this period yet.</p>
        ) : (
          <ul className="plain-list" aria-label="Export history">
            {period.exports.map((e) => (
              <li key={e.id}>
                <a href={periodsApi.fileUrl(e.id)}>{e.fileName}</a> · {labelOf(e.provider)} ·{' '}
                {formatShort(e.createdAt)} by {nameOf(e.createdBy) ?? 'someone'} · {e.bytes} bytes ·{' '}
                <span className="mono" title={e.sha256}>
                  SHA-256 {e.sha256.slice(0, 12)}…
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}
