import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleSlices } from '../../app/slices.js';
import type { Role } from '../../db/schema.js';
import {
  assignableRoles,
  can,
  inStationScope,
  type Permission,
  permissionsOf,
  ROLES,
  roleNeedsMfaWhenRequired,
} from './permissions.js';

// The table is the platform's grants and every slice's, as the app assembles them.
assembleSlices();

/** The assembled grants written out by hand, so a change to any slice's grants has to change this test too. */
const EXPECTED: Record<Role, Permission[]> = {
  owner: [
    'org.settings',
    'stations.read',
    'stations.write',
    'users.read',
    'users.write',
    'tokens.manage',
    'audit.read',
    'imports.run',
    'people.read',
    'people.write',
    'attendance.write',
    'fleet.read',
    'fleet.write',
    'damage.write',
    'schedule.read',
    'schedule.write',
    'schedule.rules',
    'timeoff.decide',
    'dispatch.read',
    'dispatch.write',
    'messages.read',
    'messages.manage',
    'performance.read',
    'performance.write',
    'coaching.read',
    'coaching.write',
    'payroll.read',
    'payroll.write',
    'money.read',
    'money.write',
  ],
  manager: [
    'stations.read',
    'users.read',
    'users.write',
    'imports.run',
    'people.read',
    'people.write',
    'attendance.write',
    'fleet.read',
    'fleet.write',
    'damage.write',
    'schedule.read',
    'schedule.write',
    'schedule.rules',
    'timeoff.decide',
    'dispatch.read',
    'dispatch.write',
    'messages.read',
    'messages.manage',
    'performance.read',
    'performance.write',
    'coaching.read',
    'coaching.write',
    'payroll.read',
    'payroll.write',
    'money.read',
  ],
  dispatcher: [
    'stations.read',
    'users.read',
    'imports.run',
    'people.read',
    'attendance.write',
    'fleet.read',
    'damage.write',
    'schedule.read',
    'schedule.write',
    'dispatch.read',
    'dispatch.write',
    'messages.read',
    'performance.read',
    'coaching.read',
    'payroll.read',
  ],
  driver: [],
};
const ALL_PERMISSIONS = EXPECTED.owner;

describe('permissions: the grants table', () => {
  it('knows exactly the four roles', () => {
    expect([...ROLES]).toEqual(['owner', 'manager', 'dispatcher', 'driver']);
  });

  it.each(ROLES)('gives %s exactly its permissions', (role) => {
    expect(permissionsOf(role).sort()).toEqual([...EXPECTED[role]].sort());
  });

  const cells = ROLES.flatMap((role) =>
    ALL_PERMISSIONS.map((permission) => ({ role, permission, allowed: EXPECTED[role].includes(permission) })),
  );
  it.each(cells)('can($role, $permission) is $allowed', ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it('only owners change org settings, manage tokens and read the audit trail', () => {
    for (const p of ['org.settings', 'tokens.manage', 'audit.read', 'stations.write'] as const) {
      expect(ROLES.filter((r) => can(r, p))).toEqual(['owner']);
    }
  });

  it('asks owners and managers, not dispatchers or drivers, for 2FA when the org requires it', () => {
    expect(ROLES.filter(roleNeedsMfaWhenRequired)).toEqual(['owner', 'manager']);
  });
});

describe('assignableRoles', () => {
  it('lets an owner give any role, a manager only dispatcher and driver, others none', () => {
    expect(assignableRoles('owner')).toEqual(['owner', 'manager', 'dispatcher', 'driver']);
    expect(assignableRoles('manager')).toEqual(['dispatcher', 'driver']);
    expect(assignableRoles('dispatcher')).toEqual([]);
    expect(assignableRoles('driver')).toEqual([]);
  });

  it('never lets anyone give a role with a permission they lack (nobody grants more than they have)', () => {
    for (const granter of ROLES) {
      const own = new Set(permissionsOf(granter));
      for (const given of assignableRoles(granter)) {
        expect(permissionsOf(given).filter((p) => !own.has(p))).toEqual([]);
      }
    }
  });

  it('lets only roles that may write users assign anything at all', () => {
    for (const role of ROLES) {
      expect(assignableRoles(role).length > 0).toBe(can(role, 'users.write'));
    }
  });

  it('returns a fresh array, so a caller cannot change the next answer', () => {
    const roles = assignableRoles('owner');
    roles.pop();
    expect(assignableRoles('owner')).toHaveLength(4);
  });
});

describe('inStationScope', () => {
  it('lets an org-wide actor (stationIds null) reach any station', () => {
    fc.assert(fc.property(fc.string(), (id) => inStationScope({ stationIds: null }, id)));
  });

  it('limits a station-scoped actor to exactly their stations', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 5 }), fc.uuid(), (ids, other) => {
        for (const id of ids) expect(inStationScope({ stationIds: ids }, id)).toBe(true);
        expect(inStationScope({ stationIds: ids }, other)).toBe(ids.includes(other));
      }),
    );
  });

  it('lets an actor with an empty station list reach nothing', () => {
    expect(inStationScope({ stationIds: [] }, 'any')).toBe(false);
  });
});
