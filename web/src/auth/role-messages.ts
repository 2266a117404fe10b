import { defineMessages } from 'react-intl';

/** Role names as a sentence uses them ("invited you to join as a driver"), in the reader's language. */
export const ROLE_MESSAGES = defineMessages({
  owner: { id: 'role.owner', defaultMessage: 'owner' },
  manager: { id: 'role.manager', defaultMessage: 'manager' },
  dispatcher: { id: 'role.dispatcher', defaultMessage: 'dispatcher' },
  driver: { id: 'role.driver', defaultMessage: 'driver' },
});
