import type { ReactNode } from 'react';

export interface Column<T> {
  /** The column heading; on a phone, where rows stack, it also labels the cell (`data-label`). */
  header: string;
  cell: (row: T) => ReactNode;
  /** Classes on the heading and the cells alike, e.g. `num hide-narrow`. */
  className?: string;
  /** Classes on the cells only. */
  cellClassName?: string;
  title?: (row: T) => string | undefined;
}

function classes(...names: (string | false | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

/**
 * A list as a table that stacks into cards on a phone (`stack-table`). The first column names the row
 * (on a phone it is the card's title, without a label); `actions` adds a last column of row buttons.
 * Shows nothing while there are no rows: the page says why (see `QueryStatus`).
 */
export function DataTable<T extends { id: string }>({
  caption,
  rows,
  columns,
  actions,
  rowClassName,
  card,
  wide,
  testId,
}: {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  actions?: ((row: T) => ReactNode) | undefined;
  rowClassName?: (row: T) => string | undefined;
  /** Stand alone on the page as a card (rather than inside one). */
  card?: boolean;
  /** Many columns: they sit closer, and past the page's width they scroll with the first column kept (`wide-table`). */
  wide?: boolean;
  testId?: string;
}) {
  if (rows.length === 0) return null;
  return (
    <div className={classes('table-wrap', card && 'card flush', wide && 'wide-table')}>
      <table className="stack-table" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row)}>
              {columns.map((c, i) => (
                <td
                  key={c.header}
                  data-label={i === 0 ? undefined : c.header}
                  className={classes(c.className, c.cellClassName)}
                  title={c.title?.(row)}
                >
                  {c.cell(row)}
                </td>
              ))}
              {actions ? <td className="actions">{actions(row)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A small button in a table row; screen readers also hear which row it acts on ("Edit DAU5"). */
export function RowButton({
  label,
  subject,
  danger,
  onClick,
}: {
  label: string;
  /** Who or what the row is, read after the label. */
  subject: string;
  danger?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`${danger ? 'button-danger-ghost' : 'button-secondary'} button-small`}
      onClick={onClick}
    >
      {label}
      <span className="sr-only"> {subject}</span>
    </button>
  );
}

/** A cell of two lines: what the row is, and a detail under it. */
export function CellLines({ main, sub }: { main: ReactNode; sub: ReactNode }) {
  return (
    <>
      <div className="cell-main">{main}</div>
      <div className="cell-sub">{sub}</div>
    </>
  );
}
