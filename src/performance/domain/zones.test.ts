import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantAt } from '../../shared/dates.js';
import { toUtcIn } from './zones.js';

const la = toUtcIn('America/Los_Angeles');
const at = (date: string, time: string, offsetMinutes: number | null = null) => ({
  date,
  time,
  offsetMinutes,
});

describe('a station’s wall-clock time as UTC', () => {
  it('follows daylight saving time (Cortex’s “Date Time (PDT/PST)”)', () => {
    expect(la(at('2026-02-03', '08:15:13'))).toBe('2026-02-03T16:15:13.000Z');
    expect(la(at('2026-07-03', '08:15:00'))).toBe('2026-07-03T15:15:00.000Z');
  });

  it('puts a time skipped by spring-forward an hour later, as clocks show it', () => {
    expect(la(at('2026-03-08', '02:30:00'))).toBe('2026-03-08T10:30:00.000Z'); // 03:30 PDT
    expect(la(at('2026-03-08', '03:30:00'))).toBe('2026-03-08T10:30:00.000Z');
  });

  it('takes a time with its own offset as it says, whatever the station', () => {
    expect(toUtcIn('America/Chicago')(at('2026-02-03', '08:15:13', -480))).toBe('2026-02-03T16:15:13.000Z');
    expect(la(at('2026-02-03', '16:15:13', 0))).toBe('2026-02-03T16:15:13.000Z');
  });

  it('agrees with the zone arithmetic used across the app, minute by minute (property)', () => {
    const chicago = toUtcIn('America/Chicago');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (d, h, m) => {
          const date = d.toISOString().slice(0, 10);
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          expect(chicago(at(date, `${time}:00`))).toBe(instantAt(date, time, 'America/Chicago'));
        },
      ),
    );
  });

  it('keeps a time’s seconds, the minute worked out once for all its times (property)', () => {
    const chicago = toUtcIn('America/Chicago');
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 4 }),
        (d, h, m, seconds) => {
          const date = d.toISOString().slice(0, 10);
          const minute = instantAt(date, `${pad(h)}:${pad(m)}`, 'America/Chicago');
          for (const s of seconds) {
            expect(chicago(at(date, `${pad(h)}:${pad(m)}:${pad(s)}`))).toBe(
              minute.replace(/:00\.000Z$/, `:${pad(s)}.000Z`),
            );
          }
        },
      ),
    );
  });
});
