import type { Actor } from '../auth/domain/permissions.js';

/** Who did it, as the payroll tables keep it: the user, or the API token's label. */
export const byOf = (actor: Actor): string => actor.userId ?? actor.label;
