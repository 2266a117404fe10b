import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ME_KEY, useSession } from '../app/auth.js';
import { plural, todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { Field, fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton, whyNotReady } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import type { ImportKindInfo, ImportResult, Mapping } from './api.js';
import { importsApi } from './api.js';
import { CommitBar } from './CommitBar.js';
import { ExpectedColumns } from './ExpectedColumns.js';
import { PreviewPanel } from './PreviewPanel.js';
import { UnmatchedNotice } from './UnmatchedNotice.js';

/** A new import: pick the kind and the file, preview what it would change, fix the mapping, commit. */
export function ImportWizard({ kinds }: { kinds: ImportKindInfo[] }) {
  const queryClient = useQueryClient();
  const { me } = useSession();
  const { stationId: currentStation } = useStation();
  // The board links here for a day's routes: ?kind=routes&stationId=…&date=…
  const [params] = useSearchParams();
  const [kindName, setKindName] = useState(params.get('kind') ?? kinds[0]?.kind ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [pickedStation, setPickedStation] = useState(params.get('stationId') ?? '');
  const [pickedDate, setPickedDate] = useState(params.get('date') ?? '');
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [preview, setPreview] = useState<{ result: ImportResult; mapping: string } | null>(null);
  const [committed, setCommitted] = useState<ImportResult | null>(null);
  const kind = kinds.find((k) => k.kind === kindName) ?? kinds[0];
  const stationId = kind?.needsStation ? pickedStation || currentStation : undefined;
  const stationZone = me.stations.find((s) => s.id === stationId)?.timeZone;
  const date = kind?.needsDate ? pickedDate || todayIn(stationZone) : undefined;

  function restart() {
    setMapping(null);
    setPreview(null);
  }

  const runPreview = useMutation({
    mutationFn: (m: Mapping | null) => {
      if (!kind || !file) throw new Error('Choose a file first.');
      return importsApi.run(kind.kind, { file, stationId, date, dryRun: true, mapping: m ?? undefined });
    },
    onSuccess: (result) => {
      setCommitted(null);
      setMapping(result.mapping);
      setPreview({ result, mapping: JSON.stringify(result.mapping) });
      void queryClient.invalidateQueries({ queryKey: ['imports', 'history'] });
    },
  });

  const commit = useMutation({
    mutationFn: () => {
      if (!kind || !file) throw new Error('Choose a file first.');
      return importsApi.run(kind.kind, {
        file,
        stationId,
        date,
        dryRun: false,
        mapping: mapping ?? undefined,
      });
    },
    onSuccess: async (result) => {
      if (result.status === 'committed') {
        setCommitted(result);
        setPreview(null);
        setMapping(null);
        setFile(null);
        setFileKey((k) => k + 1);
      } else {
        setPreview({ result, mapping: JSON.stringify(result.mapping) });
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['imports', 'history'] }),
        queryClient.invalidateQueries({ queryKey: ['stations'] }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ME_KEY }),
      ]);
    },
  });

  if (!kind) return null;
  const mappingChanged = preview !== null && mapping !== null && JSON.stringify(mapping) !== preview.mapping;
  const result = preview?.result;
  const errorCount = result ? (result.errorCount ?? result.errors.length) : 0;
  const canCommit = Boolean(result && errorCount === 0 && !mappingChanged && file && !commit.isPending);

  function submitPreview() {
    commit.reset();
    runPreview.mutate(mapping);
  }

  return (
    <section className="card stack" aria-labelledby="new-import">
      <h2 id="new-import">New import</h2>
      {committed ? (
        <Notice kind="success">
          <strong>Import committed.</strong> {plural(committed.rows, 'row')}: {committed.created} created,{' '}
          {committed.updated} updated, {committed.unchanged} unchanged. You can undo it from the history
          below.
        </Notice>
      ) : null}
      {committed ? <UnmatchedNotice result={committed} /> : null}
      <Form onSubmit={submitPreview}>
        <div className="form-grid">
          <SelectField
            label="What is in the file"
            value={kind.kind}
            onValue={(k) => {
              setKindName(k);
              restart();
            }}
            options={kinds.map((k) => ({ value: k.kind, label: k.label }))}
          />
          {kind.needsStation ? (
            <StationSelect
              value={stationId ?? ''}
              onValue={(s) => {
                setPickedStation(s);
                restart();
              }}
              first={{ value: '', label: 'Choose a station' }}
              error={fieldError(runPreview.error ?? commit.error, 'stationId')}
            />
          ) : null}
          {kind.needsDate ? (
            <TextField
              label="Day"
              type="date"
              value={date ?? ''}
              onValue={(d) => {
                setPickedDate(d);
                restart();
              }}
              hint="The day these routes run (today at the station unless you pick another)."
              error={fieldError(runPreview.error ?? commit.error, 'date')}
            />
          ) : null}
          <Field
            label={
              kind.acceptsPdf
                ? 'File (PDF as Amazon sends it, CSV or Excel .xlsx)'
                : 'File (CSV or Excel .xlsx)'
            }
            error={fieldError(runPreview.error, 'file')}
            hint={
              file
                ? `${(file.size / 1024).toFixed(1)} KB`
                : kind.acceptsPdf
                  ? 'A PDF is read in Amazon’s layout; a sheet’s first row must hold the column headers.'
                  : 'The first row must hold the column headers.'
            }
          >
            {(props) => (
              <input
                key={fileKey}
                {...props}
                type="file"
                accept={`${kind.acceptsPdf ? '.pdf,application/pdf,' : ''}.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setCommitted(null);
                  restart();
                }}
              />
            )}
          </Field>
        </div>
        <ExpectedColumns kind={kind} />
        <ErrorNotice error={runPreview.error} />
        <div className="form-actions form-actions-start">
          <SubmitButton
            className={result ? 'button-secondary' : 'button-primary'}
            pending={runPreview.isPending}
            pendingLabel="Checking the file…"
            disabled={
              !file || commit.isPending || (kind.needsStation && !stationId) || (kind.needsDate && !date)
            }
            whyDisabled={
              commit.isPending
                ? 'The import is being saved.'
                : whyNotReady([
                    [file, 'Choose the file.'],
                    [!kind.needsStation || stationId, 'Choose the station.'],
                    [!kind.needsDate || date, 'Choose the day.'],
                  ])
            }
          >
            {result ? 'Re-run preview' : 'Preview'}
          </SubmitButton>
        </div>
      </Form>

      {result && mapping ? (
        <PreviewPanel
          kind={kind}
          result={result}
          mapping={mapping}
          onMapping={setMapping}
          mappingChanged={mappingChanged}
          errorCount={errorCount}
        />
      ) : null}

      {result ? (
        <CommitBar
          kind={kind.kind}
          rows={result.rows}
          errorCount={errorCount}
          mappingChanged={mappingChanged}
          canCommit={canCommit}
          pending={commit.isPending}
          error={commit.error}
          onCommit={() => commit.mutate()}
        />
      ) : null}
    </section>
  );
}
