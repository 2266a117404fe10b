import { type Column, DataTable } from '../table.js';

/** A record's reason for a change, or a muted dash where none was given. */
export const reasonCell = (h: { reason: string | null }) => h.reason ?? <span className="muted">—</span>;

/**
 * The status changes of one record (a DA, a van) as a titled table, with a line saying so when there
 * are none. Each record keeps its own columns: its statuses, dates and who changed them differ.
 */
export function StatusHistory<H extends { at: string }>({
  titleId,
  history,
  columns,
}: {
  titleId: string;
  history: readonly H[];
  columns: Column<H & { id: string }>[];
}) {
  const rows = history.map((h, i) => ({ ...h, id: `${h.at}-${i}` }));
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        Status history
      </h2>
      <DataTable caption="Status history" card rows={rows} columns={columns} />
      {rows.length === 0 ? <p className="muted">No changes recorded.</p> : null}
    </section>
  );
}
