import { useId } from 'react';
import { Notice } from '../app/ui/notice.js';
import type { ImportKindInfo, ImportResult, Mapping } from './api.js';
import { ColumnMapping } from './ColumnMapping.js';
import { RowProblems } from './RowProblems.js';
import { UnmatchedNotice } from './UnmatchedNotice.js';

/** What a previewed file would do, its problems, and the column mapping used to read it. */
export function PreviewPanel({
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
        <RowProblems result={result} errorCount={errorCount} />
      )}

      <ColumnMapping
        kind={kind}
        result={result}
        mapping={mapping}
        onMapping={onMapping}
        mappingChanged={mappingChanged}
      />
    </section>
  );
}
