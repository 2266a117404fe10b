import { plural } from '../app/format.js';
import type { ImportResult } from './api.js';

const MAX_ERRORS_SHOWN = 200;

/** The rows of a previewed file that have problems (the first MAX_ERRORS_SHOWN), and that nothing will be saved. */
export function RowProblems({ result, errorCount }: { result: ImportResult; errorCount: number }) {
  return (
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
  );
}
