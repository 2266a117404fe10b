import type { WstFactKind } from '../db/schema.js';
import type { ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { isIssue, WST_FILES, weekOfName } from './domain/wst-files.js';
import { rowsFileKind } from './file-kind.js';

/**
 * One import kind for each of WST's other weekly files (Delivered Packages, Training Weekly, Unplanned
 * Delay, Weekly Report), for the station picked: each file kept by its SHA-256, its rows as facts, and
 * the weeks they are about checked again once it commits.
 */
function wstFileImport(kind: WstFactKind): ImportKind {
  const spec = WST_FILES[kind];
  return rowsFileKind<Record<string, unknown>, 'money_wst_facts'>({
    kind,
    label: spec.label,
    table: 'money_wst_facts',
    fields: spec.fields,
    reader: () => cellsParser(spec.fields, spec.schemas),
    async prepare(_db, scope) {
      const nameWeek = weekOfName(scope.fileName);
      return (values, row) => {
        const fact = spec.fact(values, nameWeek);
        if (isIssue(fact)) return { ok: false, issues: [fact] };
        const columns = {
          row,
          date: fact.date,
          week_start: fact.weekStart,
          label: fact.label,
          quantity: fact.quantity,
          eligible: fact.eligible === null ? null : fact.eligible ? 1 : 0,
        };
        return { ok: true, row: { weekStart: fact.weekStart, columns } };
      };
    },
  }) as ImportKind;
}

export const wstFileImports: ImportKind[] = (Object.keys(WST_FILES) as WstFactKind[]).map(wstFileImport);
