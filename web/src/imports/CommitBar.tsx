import { plural } from '../app/format.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { RunningImport } from './ImportHistory.js';

/** Saves a previewed file, or says what to do first; shows the import's progress while it runs. */
export function CommitBar({
  kind,
  rows,
  errorCount,
  mappingChanged,
  canCommit,
  pending,
  error,
  onCommit,
}: {
  kind: string;
  rows: number;
  errorCount: number;
  mappingChanged: boolean;
  canCommit: boolean;
  pending: boolean;
  error: unknown;
  onCommit: () => void;
}) {
  return (
    <div className="commit-bar">
      <ErrorNotice error={error} />
      {pending ? <RunningImport kind={kind} /> : null}
      <div className="form-actions form-actions-start">
        <button type="button" className="button-primary" disabled={!canCommit} onClick={onCommit}>
          {pending ? 'Importing…' : `Commit ${plural(rows, 'row')}`}
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
  );
}
