import { assignLicense } from './handlers/assign-license';
import { batch } from './handlers/batch';
import { getGroup } from './handlers/get-group';
import { listGroupMembers } from './handlers/list-group-members';
import { getManager } from './handlers/get-manager';
import { getOrganization } from './handlers/get-organization';
import { getUser } from './handlers/get-user';
import { listDirectReports } from './handlers/list-direct-reports';
import { listDirectoryRoleMembers } from './handlers/list-directory-role-members';
import { listDirectoryRoles } from './handlers/list-directory-roles';
import { listLicenseDetails } from './handlers/list-license-details';
import { listMemberOf } from './handlers/list-member-of';
import { listSubscribedSkus } from './handlers/list-subscribed-skus';
import { listSubscriptions } from './handlers/list-subscriptions';
import { listUsers } from './handlers/list-users';
import { usersDelta } from './handlers/users-delta';
import type { Route, RouteCost } from './sim-types';

const read = (resourceUnits: number): RouteCost => ({ resourceUnits, writes: 0 });
const write: RouteCost = { resourceUnits: 1, writes: 1 };

/**
 * The Graph v1.0 operations the simulator serves (paths below `/v1.0`). Costs follow Graph's
 * identity-and-access table: GET users 2, subscribedSkus 3, licenseDetails and memberOf 2
 * (as `me/…`, which applies to `users/{id}/…`), other reads 1, writes 1 RU + 1 write.
 * `$batch` itself is not metered: each of its items is.
 */
export const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: '/users', handler: listUsers, cost: read(2) },
  // Before `/users/{id}`: the first matching row wins, and `delta` is not a user id.
  { method: 'GET', pattern: '/users/delta', handler: usersDelta, cost: read(2) },
  { method: 'GET', pattern: '/users/{id}', handler: getUser, cost: read(1) },
  { method: 'GET', pattern: '/users/{id}/licenseDetails', handler: listLicenseDetails, cost: read(2) },
  { method: 'POST', pattern: '/users/{id}/assignLicense', handler: assignLicense, cost: write },
  { method: 'GET', pattern: '/users/{id}/manager', handler: getManager, cost: read(1) },
  { method: 'GET', pattern: '/users/{id}/directReports', handler: listDirectReports, cost: read(1) },
  { method: 'GET', pattern: '/users/{id}/memberOf', handler: listMemberOf, cost: read(2) },
  { method: 'GET', pattern: '/subscribedSkus', handler: listSubscribedSkus, cost: read(3) },
  { method: 'GET', pattern: '/directory/subscriptions', handler: listSubscriptions, cost: read(1) },
  { method: 'GET', pattern: '/groups/{id}', handler: getGroup, cost: read(1) },
  { method: 'GET', pattern: '/groups/{id}/members', handler: listGroupMembers, cost: read(1) },
  { method: 'GET', pattern: '/directoryRoles', handler: listDirectoryRoles, cost: read(1) },
  { method: 'GET', pattern: '/directoryRoles/{id}/members', handler: listDirectoryRoleMembers, cost: read(1) },
  { method: 'GET', pattern: '/organization', handler: getOrganization, cost: read(1) },
  { method: 'POST', pattern: '/$batch', handler: batch, cost: undefined },
];
