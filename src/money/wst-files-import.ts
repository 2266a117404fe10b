import type { WstFactKind } from '../db/schema.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { isIssue, WST_FILES, type WstFact, weekOfName } from './domain/wst-files.js';
import { rowsFileKind } from './file-kind.js';
import { insertWstFacts } from './files-store.js';

/**
 * One import kind for each of WST's other weekly files (Delivered Packages, Training Weekly, Unplanned
 * Delay, Weekly Report), for the station picked: each file kept by its SHA-256, its rows as facts, and
 * the weeks they are about checked again once it commits.
 */
function wstFileImport(kind: WstFactKind): ImportKind {
  const spec = WST_FILES[kind];
  return rowsFileKind<Record<string, unknown>, WstFact>({
    kind,
    label: spec.label,
    fields: spec.fields,
    reader: () => cellsParser(spec.fields, spec.schemas),
    async prepare(_db, scope) {
      const nameWeek = weekOfName(scope.fileName);
      return (values, row) => {
        const fact = spec.fact(values, nameWeek);
        return isIssue(fact) ? { ok: false, issues: [fact] } : { ok: true, row: { row, ...fact } };
      };
    },
    store: (trx, orgId, fileId, rows) =>
      insertWstFacts(
        trx,
        rows.map((r) => ({
          org_id: orgId,
          file_id: fileId,
          row: r.row,
          date: r.date,
          week_start: r.weekStart,
          label: r.label,
          quantity: r.quantity,
          eligible: r.eligible === null ? null : r.eligible ? 1 : 0,
        })),
      ),
  }) as ImportKind;
}

export const wstFileImports: ImportKind[] = (Object.keys(WST_FILES) as WstFactKind[]).map(wstFileImport);
