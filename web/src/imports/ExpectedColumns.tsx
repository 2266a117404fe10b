import type { ImportKindInfo } from './api.js';

/** The columns a kind of file should have, folded away until asked for. */
export function ExpectedColumns({ kind }: { kind: ImportKindInfo }) {
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
