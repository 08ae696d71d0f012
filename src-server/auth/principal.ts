/**
 * Who is calling: resolved from the device token on every authenticated request, never taken
 * from the request body. Access rules (src-server/sync/access.ts) decide from this alone.
 */
import { serverRoles } from '../../src-shared/contracts/sync/account';

export { serverRoles };
export type ServerRole = (typeof serverRoles)[number];

export interface Principal {
  userId: string;
  deviceId: string;
  role: ServerRole;
  collegiumId: string;
  /** null only for collegium staff. */
  officeId: string | null;
}
