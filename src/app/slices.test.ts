import { describe, expect, it } from 'vitest';
import { PLATFORM_GRANTS } from '../auth/domain/permissions.js';
import { referencesTo } from '../db/references.js';
import { importKinds } from '../imports/kinds.js';
import { messageTemplates } from '../messaging/catalog.js';
import { assembleSlices, SLICES } from './slices.js';

describe('assembling the slices', () => {
  assembleSlices();

  it('registers every slice’s import kinds, coaching running after the weekly figures arrive', () => {
    expect([...importKinds.keys()].sort()).toEqual([
      'afs',
      'capacity-reliability',
      'customer-feedback',
      'da-weekly',
      'deposit',
      'drivers',
      'fixed-monthly',
      'fleet-invoice',
      'incentive-invoice',
      'rate-card',
      'routes',
      'safety-events',
      'stations',
      'timecards',
      'variable-invoice',
      'vehicles',
      'wst-delivered-packages',
      'wst-service-details',
      'wst-training',
      'wst-unplanned-delay',
      'wst-weekly-report',
    ]);
    // Payroll rebuilds the exceptions of the workdays a timecard file brought.
    expect(importKinds.get('timecards')?.afterCommit).toBeTypeOf('function');
    for (const kind of ['da-weekly', 'safety-events', 'customer-feedback'])
      expect(importKinds.get(kind)?.afterCommit, kind).toBeTypeOf('function');
    expect(importKinds.get('drivers')?.afterCommit).toBeUndefined();
    // Undoing a fleet file or a Capacity & Reliability report checks again what it showed.
    for (const kind of ['fixed-monthly', 'afs', 'fleet-invoice', 'capacity-reliability'])
      expect(importKinds.get(kind)?.afterUndo, kind).toBeTypeOf('function');
    expect(importKinds.get('fixed-monthly')?.readPdf).toBeTypeOf('function');
  });

  it('tells people and fleet what other slices keep that points at a DA or a van', () => {
    const nouns = (target: 'driver' | 'van') =>
      referencesTo(target)
        .map(([, noun]) => noun)
        .sort();
    expect(nouns('driver')).toEqual(['inspection', 'message', 'punch', 'route', 'scorecard row', 'shift']);
    expect(nouns('van')).toEqual(['damage record', 'inspection', 'route']);
  });

  it('registers the texts of every slice that sends them, once each, however often it runs', () => {
    const before = messageTemplates().length;
    assembleSlices();
    const keys = messageTemplates().map((t) => t.key);
    expect(keys).toHaveLength(before);
    expect(keys).toContain('coaching_message');
    expect(keys).toContain('week_published');
  });

  it('gives every permission one owner: no slice declares the platform’s or another slice’s', () => {
    const names = [PLATFORM_GRANTS, ...SLICES.map((s) => s.permissions ?? {})].flatMap(Object.keys);
    expect(names.length).toBeGreaterThan(Object.keys(PLATFORM_GRANTS).length);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
