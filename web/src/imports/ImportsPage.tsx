import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ME_KEY, useSession } from '../app/auth.js';
import { plural, todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { Field, fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { Form, SubmitButton, whyNotReady } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import type { ImportKindInfo, ImportResult, Mapping } from './api.js';
import { importsApi } from './api.js';
import { ImportHistory, RunningImport } from './ImportHistory.js';
import { UnmatchedNotice } from './UnmatchedNotice.js';

export function ImportsPage() {
  const kinds = useQuery({ queryKey: ['imports', 'kinds'], queryFn: importsApi.kinds, staleTime: 300_000 });
  return (
    <div className="stack-lg">
      <PageHeader
        title="Imports"
        description="Bring in a spreadsheet (CSV or Excel). You see exactly what would change before anything is saved, and a committed import can be undone."
      />
      <QueryStatus query={kinds} />
      {kinds.data && kinds.data.items.length === 0 ? (
        <Notice>Your role cannot import any kind of file.</Notice>
      ) : null}
      {kinds.data && kinds.data.items.length > 0 ? <ImportWizard kinds={kinds.data.items} /> : null}
      <ImportHistory kinds={kinds.data?.items ?? []} />
    </div>
  );
}

const NOT_IN_FILE = '';
const MAX_ERRORS_SHOWN = 200;

function ImportWizard({ kinds }: { kinds: ImportKindInfo[] }) {
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
            <SelectField
              label="Station"
              value={stationId ?? ''}
              onValue={(s) => {
                setPickedStation(s);
                restart();
              }}
              options={[
                { value: '', label: 'Choose a station' },
                ...me.stations.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` })),
              ]}
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
        <div className="commit-bar">
          <ErrorNotice error={commit.error} />
          {commit.isPending ? <RunningImport kind={kind.kind} /> : null}
          <div className="form-actions form-actions-start">
            <button
              type="button"
              className="button-primary"
              disabled={!canCommit}
              onClick={() => commit.mutate()}
            >
              {commit.isPending ? 'Importing…' : `Commit ${plural(result.rows, 'row')}`}
            </button>
            <p className="hint" id="commit-hint">
              {errorCount > 0
                ? 'Fix the rows listed above in your file (or correct the column mapping), then preview again.'
                : mappingChanged
                  ? 'You changed the column mapping: re-run the preview before committing.'
                  : 'Nothing is saved until you commit. All rows are saved together, or none.'}
            </p>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function ExpectedColumns({ kind }: { kind: ImportKindInfo }) {
  return (
    <details className="expected">
      <summary>Columns a {kind.label.toLowerCase()} file should have</summary>
      <table className="compact">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Needed</th>
            <th scope="col">What it holds</th>
          </tr>
        </thead>
        <tbody>
          {kind.fields.map((f) => (
            <tr key={f.name}>
              <td>{f.label}</td>
              <td>{f.required ? 'Required' : 'Optional'}</td>
              <td>{f.description ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function PreviewPanel({
  kind,
  result,
  mapping,
  onMapping,
  mappingChanged,
  errorCount,
}: {
  kind: ImportKindInfo;
  result: ImportResult;
  mapping: Mapping;
  onMapping: (m: Mapping) => void;
  mappingChanged: boolean;
  errorCount: number;
}) {
  const headingId = useId();
  return (
    <section className="preview stack" aria-labelledby={headingId} data-testid="import-preview">
      <h3 id={headingId}>Preview</h3>
      <dl className="counts" aria-label="What the import would do">
        <div>
          <dt>Rows</dt>
          <dd>{result.rows}</dd>
        </div>
        <div>
          <dt>New</dt>
          <dd>{result.created}</dd>
        </div>
        <div>
          <dt>Changed</dt>
          <dd>{result.updated}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{result.unchanged}</dd>
        </div>
        <div className={errorCount ? 'count-bad' : undefined}>
          <dt>Problems</dt>
          <dd>{errorCount}</dd>
        </div>
      </dl>
      <UnmatchedNotice result={result} />
      {errorCount === 0 ? (
        <Notice kind="success">The file is good: commit it to save these changes.</Notice>
      ) : (
        <div className="stack">
          <div className="notice notice-error" role="alert">
            {plural(errorCount, 'problem')} found. Nothing will be saved while any row has a problem.
          </div>
          <div className="table-wrap">
            <table className="compact">
              <caption>Rows with problems</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
                  <tr key={`${e.row}:${e.column}:${e.message}`}>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {errorCount > Math.min(result.errors.length, MAX_ERRORS_SHOWN) ? (
            <p className="hint">
              Showing the first {Math.min(result.errors.length, MAX_ERRORS_SHOWN)} of {errorCount} problems.
            </p>
          ) : null}
        </div>
      )}

      <fieldset className="mapping">
        <legend>Column mapping</legend>
        <p className="hint">
          Which column of your file holds each field. Detected automatically; correct it if a column was
          missed or matched wrongly.
        </p>
        <div className="mapping-grid">
          {kind.fields.map((f) => (
            <SelectField
              key={f.name}
              label={`${f.label}${f.required ? ' (required)' : ''}`}
              value={mapping[f.name] ?? NOT_IN_FILE}
              onValue={(header) =>
                onMapping({ ...mapping, [f.name]: header === NOT_IN_FILE ? null : header })
              }
              options={[
                { value: NOT_IN_FILE, label: '— Not in the file —' },
                ...result.headers.map((h) => ({ value: h, label: h })),
              ]}
              error={f.required && !mapping[f.name] ? 'Required: pick the column that holds it.' : undefined}
            />
          ))}
        </div>
        {mappingChanged ? (
          <p className="notice notice-warning">
            Mapping changed: re-run the preview to check the file with it.
          </p>
        ) : null}
      </fieldset>
    </section>
  );
}
