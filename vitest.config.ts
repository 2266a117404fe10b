import { defineConfig } from 'vitest/config';

/**
 * `*.test.ts` are pure unit tests. `*.db.test.ts` run once per database: always on SQLite, and on
 * PostgreSQL when TEST_DATABASE_URL is set. With STATIONHAND_CI_STRICT=1 (set by .ci/run) a missing
 * PostgreSQL is a failure, never a silent skip.
 */
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (process.env.STATIONHAND_CI_STRICT === '1' && !withPostgres) {
  throw new Error('STATIONHAND_CI_STRICT=1 but TEST_DATABASE_URL is not set: the PostgreSQL suite must run.');
}

const dbProject = (name: 'sqlite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['src/**/*.db.test.ts'],
    env: { TEST_DB: name },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // Property tests write and read many files: a busy CI machine needs more than the default 5 s.
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts'],
          testTimeout: 30_000,
        },
      },
      dbProject('sqlite'),
      ...(withPostgres ? [dbProject('postgres')] : []),
    ],
  },
});
