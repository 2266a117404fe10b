/**
 * Rows an import kept although the id in them matches no DA (Amazon's files name DAs the DSP has not
 * entered yet by Transporter ID, payroll providers' timecards by employee number): counted per ID as
 * the rows are saved, and said in words with where the IDs are linked to DAs.
 */
export interface Unmatched {
  field: string;
  /** Rows kept with no DA. */
  rows: number;
  /** The distinct IDs, in the order first seen (the first 100). */
  ids: string[];
  idCount: number;
  message: string;
  /** The page where a manager links each ID to a DA; null until the product has one for this ID. */
  link: string | null;
}

const SHOWN = 10;
const LISTED = 100;
export const LINK_PAGE = '/performance?tab=unknown';

/** Which id a kind's rows name a DA by, and the page where an unknown one is linked. */
export interface UnmatchedField {
  field: string;
  link: string | null;
}

const TRANSPORTER_ID: UnmatchedField = { field: 'Transporter ID', link: LINK_PAGE };

export class UnmatchedIds {
  private readonly rows = new Map<string, number>();

  constructor(private readonly what: UnmatchedField = TRANSPORTER_ID) {}

  add(id: string): void {
    this.rows.set(id, (this.rows.get(id) ?? 0) + 1);
  }

  report(): Unmatched | null {
    if (this.rows.size === 0) return null;
    const ids = [...this.rows.keys()];
    const rows = [...this.rows.values()].reduce((a, b) => a + b, 0);
    return {
      field: this.what.field,
      rows,
      ids: ids.slice(0, LISTED),
      idCount: ids.length,
      message: unmatchedText(rows, ids, this.what.field),
      link: this.what.link,
    };
  }
}

/** "1 row's Transporter ID matches no DA: AZZZZZZZZZZZ9 — kept; link it" */
export function unmatchedText(rows: number, ids: readonly string[], field = 'Transporter ID'): string {
  const subject = rows === 1 ? `1 row's ${field} matches` : `${rows} rows' ${field}s match`;
  const more = ids.length > SHOWN ? ` and ${ids.length - SHOWN} more` : '';
  const them = ids.length === 1 ? 'it' : 'them';
  return `${subject} no DA: ${ids.slice(0, SHOWN).join(', ')}${more} — kept; link ${them}`;
}
