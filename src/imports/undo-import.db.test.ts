import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { findSafetyEvents } from '../performance/store.js';
import {
  csv,
  givenPerformance,
  type PerformanceScenario,
  SAFETY_HEADER,
  safetyRow,
} from '../performance/testing.js';
import { CREATED_ROWS } from './domain/kind.js';
import { listImportChanges } from './store.js';

// A kind with undoCreated (safety events: a month of a station's is a million rows) keeps one undo
// record for every row an import created, and one a row for those it updated; undo still puts back
// exactly what was there before.

const ANA = 'A1B2C3D4E5F6G7';

describe('undo of an import whose created rows go in one record', () => {
  let s: PerformanceScenario;
  const events = async () =>
    (await findSafetyEvents(s.t.db.db, s.org.orgId, ['UNDO-1', 'UNDO-2', 'UNDO-3', 'UNDO-4', 'UNDO-5'])).sort(
      (a, b) => a.event_id.localeCompare(b.event_id),
    );
  const undo = async (id: string) => must(await s.manager.request('POST', `/api/v1/imports/${id}/undo`), 200);

  beforeAll(async () => {
    s = await givenPerformance();
    await s.addDa({ firstName: 'Ana', lastName: 'Garcia', transporterId: ANA });
  });
  afterAll(() => s.close());

  it('records one change for the rows created, one per row updated, and undoes newest first', async () => {
    const first = await s.importFile(
      'safety-events',
      'first.csv',
      csv(SAFETY_HEADER, [safetyRow('UNDO-1', ANA), safetyRow('UNDO-2', ANA), safetyRow('UNDO-3', ANA)]),
    );
    expect(first.body).toMatchObject({ status: 'committed', created: 3 });
    expect(await listImportChanges(s.t.db.db, s.org.orgId, first.body.id)).toEqual([
      expect.objectContaining({ entity: 'safety_event', entity_id: CREATED_ROWS, before: null }),
    ]);
    const afterFirst = await events();

    const second = await s.importFile(
      'safety-events',
      'second.csv',
      csv(SAFETY_HEADER, [
        safetyRow('UNDO-1', ANA, { 'Review Details': 'Reviewed, coach' }),
        safetyRow('UNDO-2', ANA),
        safetyRow('UNDO-4', ANA),
        safetyRow('UNDO-5', ANA),
      ]),
    );
    expect(second.body).toMatchObject({ status: 'committed', created: 2, updated: 1, unchanged: 1 });
    const changes = await listImportChanges(s.t.db.db, s.org.orgId, second.body.id);
    expect(changes).toHaveLength(2);
    expect(changes.filter((c) => c.entity_id === CREATED_ROWS)).toHaveLength(1);
    expect(changes.find((c) => c.entity_id !== CREATED_ROWS)?.entity_id).toBe(afterFirst[0]?.id);

    // The same file again changes nothing, and has nothing to undo.
    const again = await s.importFile(
      'safety-events',
      'second.csv',
      csv(SAFETY_HEADER, [
        safetyRow('UNDO-1', ANA, { 'Review Details': 'Reviewed, coach' }),
        safetyRow('UNDO-2', ANA),
        safetyRow('UNDO-4', ANA),
        safetyRow('UNDO-5', ANA),
      ]),
    );
    expect(again.body).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 4 });
    expect(await listImportChanges(s.t.db.db, s.org.orgId, again.body.id)).toEqual([]);

    await undo(again.body.id);
    expect((await events()).map((e) => e.event_id)).toEqual([
      'UNDO-1',
      'UNDO-2',
      'UNDO-3',
      'UNDO-4',
      'UNDO-5',
    ]);
    await undo(second.body.id);
    // The rows the second file created are gone; the one it updated is as the first file left it.
    expect(await events()).toEqual(afterFirst);
    await undo(first.body.id);
    expect(await events()).toEqual([]);
  });
});
