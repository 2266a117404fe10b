import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { preparedQuery } from './prepared.js';
import { freshDatabase, type TestDatabase } from './testing.js';

describe('preparedQuery', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
    await seedOrg(db, { slug: 'one', stations: ['DAU5', 'DAU7'] });
    await seedOrg(db, { slug: 'two', stations: ['DLA8'] });
  });
  afterAll(() => db.drop());

  const stationsOfOrgSlug = preparedQuery((k, slug: string, codeFrom: string) =>
    k
      .selectFrom('stations')
      .innerJoin('orgs', 'orgs.id', 'stations.org_id')
      .select('stations.code')
      .where('orgs.slug', '=', slug)
      .where('stations.code', '>=', codeFrom)
      .orderBy('stations.code'),
  );

  it('runs the once-compiled query with each call’s own values', async () => {
    expect(await stationsOfOrgSlug(db.db, 'one', 'A')).toEqual([{ code: 'DAU5' }, { code: 'DAU7' }]);
    expect(await stationsOfOrgSlug(db.db, 'one', 'DAU6')).toEqual([{ code: 'DAU7' }]);
    expect(await stationsOfOrgSlug(db.db, 'two', 'A')).toEqual([{ code: 'DLA8' }]);
    expect(await stationsOfOrgSlug(db.db, 'nobody', 'A')).toEqual([]);
  });

  it('refuses a builder that does not use every placeholder as a value', async () => {
    const careless = preparedQuery((k, _unused: string) => k.selectFrom('orgs').select('slug'));
    await expect(careless(db.db, 'x')).rejects.toThrow(/every placeholder/);
  });
});
